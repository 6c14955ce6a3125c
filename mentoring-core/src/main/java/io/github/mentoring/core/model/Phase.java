package io.github.mentoring.core.model;

/** The phases a mentoring relationship goes through, in order. */
public enum Phase {
  /** Each partner prepares: what they want, bring and expect. */
  PREPARING,
  /** The partners agree on objective, goals and how they will work. */
  ESTABLISHING,
  /** Meetings happen at the agreed rhythm. */
  ACTIVE,
  /** The formal end is reached (or the relationship ends early) and closure is under way. */
  CLOSING,
  /** The formal relationship has ended. */
  CLOSED,
  /** After the formal end the partners keep in touch, less often and informally. */
  CONTINUING_INFORMALLY;

  /** Whether the relationship has reached closing or a later phase. */
  public boolean isEnding() {
    return this == CLOSING || this == CLOSED || this == CONTINUING_INFORMALLY;
  }

  /** Whether the relationship is past establishing (active or later). */
  public boolean isPastEstablishing() {
    return compareTo(ACTIVE) >= 0;
  }
}
