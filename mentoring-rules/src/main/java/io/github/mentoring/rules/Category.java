package io.github.mentoring.rules;

/** The family a rule belongs to; each built-in family lives in its own DRL file. */
public enum Category {
  /** Meetings drift apart or stop, cancellations pile up, follow-through lapses. */
  FIZZLING,
  /** A goal fails one of the SMART letters, or goals are missing or never revisited. */
  VAGUE_GOAL,
  /** Promised action items past due, unowned or undated; conversations without next steps. */
  MISSED_FOLLOW_UP,
  /** A relationship at or past its end whose closure lacks a step. */
  PENDING_CLOSURE,
  /** A formal relationship without an agreement, or an agreement missing an element. */
  AGREEMENT_GAP,
  /** A program's own rule, written by its designers. */
  PROGRAM
}
