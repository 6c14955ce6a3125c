package io.github.mentoring.core.model;

/** The verdict of a progress check on a goal. */
public enum CheckOutcome {
  ON_TRACK,
  BEHIND,
  DONE
}
