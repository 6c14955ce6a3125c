package io.github.mentoring.core.model;

import java.time.LocalDate;

/**
 * The days a relationship may be judged "as of", and so the days a program file may name: dates
 * far from today are a sign of bad input, and day counts between far-apart dates do not fit the
 * rules' whole numbers. The health check and the program format hold dates to the same range.
 */
public final class CheckDates {

  /** The earliest day accepted. */
  public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

  /** The latest day accepted. */
  public static final LocalDate LATEST = LocalDate.of(2999, 12, 31);

  private CheckDates() {}

  /** Whether a day lies between {@link #EARLIEST} and {@link #LATEST}, both included. */
  public static boolean isInRange(LocalDate date) {
    return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
  }
}
