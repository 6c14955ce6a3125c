package io.github.mentoring.core.model;

/** Where a goal stands. */
public enum GoalStatus {
  ACTIVE,
  ACHIEVED,
  DROPPED
}
