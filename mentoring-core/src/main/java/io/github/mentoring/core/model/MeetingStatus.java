package io.github.mentoring.core.model;

/** What became of a meeting. */
public enum MeetingStatus {
  SCHEDULED,
  HELD,
  CANCELLED,
  NO_SHOW
}
