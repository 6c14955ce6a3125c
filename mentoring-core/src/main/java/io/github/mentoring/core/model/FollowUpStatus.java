package io.github.mentoring.core.model;

/** Where a follow-up stands. */
public enum FollowUpStatus {
  OPEN,
  DONE,
  DROPPED
}
