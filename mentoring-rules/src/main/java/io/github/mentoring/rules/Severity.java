package io.github.mentoring.rules;

/** How serious a finding is, from least to most. */
public enum Severity {
  /** Worth knowing; the relationship is still healthy. */
  INFO,
  /** Needs attention soon. */
  WARNING,
  /** The relationship is at risk unless someone acts. */
  CRITICAL
}
