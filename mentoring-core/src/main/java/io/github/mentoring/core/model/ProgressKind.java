package io.github.mentoring.core.model;

/** What a progress update from the mentee reports. */
public enum ProgressKind {
  PROGRESS,
  SETBACK,
  ACCOMPLISHMENT,
  PROMOTION_OR_MOVE,
  /** The mentee shares a resource or an article, e.g. one found while working on a goal. */
  RESOURCE_SHARED
}
