package io.github.mentoring.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The quick date readers give what java.time's parsers give, values and failures alike. */
class JsonValuesTest {

  @Test
  void datesAreReadAsLocalDateParseReadsThem() {
    List<String> texts = new ArrayList<>(List.of("2026-03-01", "2026-02-28", "2026-02-29",
        "2024-02-29", "2026-02-30", "2026-04-31", "2026-12-31", "2026-13-01", "2026-00-10",
        "2026-01-00", "0000-01-01", "9999-12-31", "+10000-01-01", "2026-3-01", "2026/03/01",
        "2026-03-01 ", " 2026-03-01", "２０２６-03-01", "", "x"));
    Random random = new Random(20261204);
    String alphabet = "0123456789-+T: ";
    for (int n = 0; n < 20_000; n++) {
      texts.add(mutated("2026-03-15", alphabet, random));
    }
    assertAgree(texts, JsonValues::parseDate, LocalDate::parse);
  }

  @Test
  void datesAndTimesAreReadAsLocalDateTimeParseReadsThem() {
    List<String> texts = new ArrayList<>(List.of("2026-03-01T10:00", "2026-03-01T10:00:30",
        "2026-03-01T23:59:59", "2026-03-01T24:00", "2026-03-01T10:60", "2026-03-01T10:00:60",
        "2026-02-30T10:00", "2026-03-01T10:00:00.5", "2026-03-01 10:00", "2026-03-01T1:00",
        "2026-03-01T10:00Z", "2026-03-01", ""));
    Random random = new Random(1204);
    String alphabet = "0123456789-+T:. ";
    for (int n = 0; n < 20_000; n++) {
      texts.add(mutated(random.nextBoolean() ? "2026-03-15T09:30" : "2026-03-15T09:30:45",
          alphabet, random));
    }
    assertAgree(texts, JsonValues::parseDateTime, LocalDateTime::parse);
  }

  /** The text with one to three characters replaced, inserted or removed. */
  private static String mutated(String text, String alphabet, Random random) {
    StringBuilder out = new StringBuilder(text);
    if (random.nextBoolean()) {
      // a digit changed for another: mostly still a date, sometimes not a day of the calendar
      int at = random.nextInt(out.length());
      if (Character.isDigit(out.charAt(at))) {
        out.setCharAt(at, (char) ('0' + random.nextInt(10)));
      }
      return out.toString();
    }
    for (int changes = 1 + random.nextInt(3); changes > 0; changes--) {
      int at = random.nextInt(out.length() + 1);
      char c = alphabet.charAt(random.nextInt(alphabet.length()));
      switch (random.nextInt(3)) {
        case 0 -> out.insert(at, c);
        case 1 -> { if (at < out.length()) { out.setCharAt(at, c); } }
        default -> { if (at < out.length()) { out.deleteCharAt(at); } }
      }
    }
    return out.toString();
  }

  private static <T> void assertAgree(List<String> texts, Function<String, T> quick,
      Function<String, T> reference) {
    int valid = 0;
    for (String text : texts) {
      String expected = outcome(reference, text);
      assertThat(outcome(quick, text)).as("'%s'", text).isEqualTo(expected);
      valid += expected.startsWith("value ") ? 1 : 0;
    }
    assertThat(valid).as("texts that are dates").isGreaterThan(texts.size() / 10);
  }

  private static <T> String outcome(Function<String, T> parser, String text) {
    try {
      return "value " + parser.apply(text);
    } catch (RuntimeException e) {
      return e.getClass().getName() + ": " + e.getMessage()
          + (e.getCause() == null ? "" : " / " + e.getCause().getMessage());
    }
  }
}
