package io.github.mentoring.rules.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/** Dates as ISO-8601 text, the way evidence shows them. */
public final class IsoDates {

  private IsoDates() {}

  /** As {@link LocalDate#toString()}, without its general case: dates are most of the evidence. */
  public static String format(LocalDate date) {
    int year = date.getYear();
    if (year < 1000 || year > 9999) {
      return date.toString();
    }
    int month = date.getMonthValue();
    int day = date.getDayOfMonth();
    byte[] text = {
        (byte) ('0' + year / 1000), (byte) ('0' + year / 100 % 10), (byte) ('0' + year / 10 % 10),
        (byte) ('0' + year % 10), '-', (byte) ('0' + month / 10), (byte) ('0' + month % 10), '-',
        (byte) ('0' + day / 10), (byte) ('0' + day % 10)};
    return new String(text, StandardCharsets.ISO_8859_1);
  }
}
