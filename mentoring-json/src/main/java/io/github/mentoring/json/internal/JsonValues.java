package io.github.mentoring.json.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * How model values are spelt in JSON: enumeration constants as lowercase words joined by hyphens
 * ({@code NO_SHOW} is {@code "no-show"}), periods with weeks where they fit, and how a JSON value
 * is named in a message.
 */
public final class JsonValues {

  private JsonValues() {}

  /** The JSON spelling of an enumeration constant: {@code CONTINUING_INFORMALLY} is {@code continuing-informally}. */
  public static String enumName(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The constant spelt this way in JSON, or null if there is none (upper case is not accepted). */
  public static <E extends Enum<E>> E enumValue(Class<E> type, String json) {
    return type.cast(SPELLINGS.get(type).get(json));
  }

  // Each enumeration's constants by JSON spelling, made once per type: a read looks up every
  // status, channel and kind of a document.
  private static final ClassValue<Map<String, Enum<?>>> SPELLINGS = new ClassValue<>() {
    @Override
    protected Map<String, Enum<?>> computeValue(Class<?> type) {
      Map<String, Enum<?>> byName = new HashMap<>();
      for (Object constant : type.getEnumConstants()) {
        Enum<?> value = (Enum<?>) constant;
        byName.put(enumName(value), value);
      }
      return Map.copyOf(byName);
    }
  };

  /**
   * {@link LocalDate#parse} of {@code yyyy-mm-dd}, quicker. A document holds a date or a date and
   * time for nearly every meeting, follow-up and update, and the formatter's general parser was a
   * seventh of a read. The common shape is taken apart here; anything else, and any date the shape
   * holds but the calendar does not (a 30th of February), goes to the formatter, so that results
   * and messages are the formatter's own.
   */
  public static LocalDate parseDate(String text) {
    LocalDate date = text.length() == 10 ? quickDate(text) : null;
    return date != null ? date : LocalDate.parse(text);
  }

  /**
   * {@link LocalDateTime#parse} of {@code yyyy-mm-ddThh:mm} or {@code yyyy-mm-ddThh:mm:ss},
   * quicker; any other text goes to the formatter, as in {@link #parseDate}.
   */
  public static LocalDateTime parseDateTime(String text) {
    int length = text.length();
    if ((length == 16 || length == 19 && text.charAt(16) == ':') && text.charAt(10) == 'T'
        && text.charAt(13) == ':') {
      int hour = digits(text, 11, 13);
      int minute = digits(text, 14, 16);
      int second = length == 19 ? digits(text, 17, 19) : 0;
      if (hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59 && second >= 0
          && second <= 59) {
        LocalDate date = quickDate(text);
        if (date != null) {
          return LocalDateTime.of(date, LocalTime.of(hour, minute, second));
        }
      }
    }
    return LocalDateTime.parse(text);
  }

  /** The date of {@code yyyy-mm-dd} in the first ten characters, up to the 28th, else null. */
  private static LocalDate quickDate(String text) {
    if (text.charAt(4) == '-' && text.charAt(7) == '-') {
      int year = digits(text, 0, 4);
      int month = digits(text, 5, 7);
      int day = digits(text, 8, 10);
      if (year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= 28) {
        return LocalDate.of(year, month, day);
      }
    }
    return null;
  }

  /** The number written in ASCII digits from {@code from} to {@code to}, or -1. */
  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /** Every JSON spelling of an enumeration, in declaration order. */
  public static List<String> enumNames(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(JsonValues::enumName).toList();
  }

  /** A list of values for a message: {@code "a", "b", "c"}. */
  public static String quotedList(List<String> values) {
    return values.stream().map(v -> '"' + v + '"').collect(Collectors.joining(", "));
  }

  /**
   * A period in ISO 8601, with whole weeks written as weeks: 14 days are {@code P2W}, one month
   * and 14 days {@code P1M2W}, 10 days {@code P10D}. {@link Period#parse} reads all of them back
   * to an equal period.
   */
  public static String period(Period p) {
    if (p.isZero()) {
      return "P0D";
    }
    StringBuilder out = new StringBuilder("P");
    if (p.getYears() != 0) {
      out.append(p.getYears()).append('Y');
    }
    if (p.getMonths() != 0) {
      out.append(p.getMonths()).append('M');
    }
    int days = p.getDays();
    if (days != 0 && days % 7 == 0) {
      out.append(days / 7).append('W');
    } else if (days != 0) {
      out.append(days).append('D');
    }
    return out.toString();
  }

  /**
   * How a JSON value is named in a message: "a string", "an array", "null", "the number 3", ...
   *
   * <p>A string is never quoted: a value in the wrong place may be confidential text (meeting
   * notes pasted into a status, say), and messages reach logs and other people. Numbers and
   * booleans are named, since they carry no such text.
   */
  public static String describe(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "nothing";
    }
    if (node.isNull()) {
      return "null";
    }
    if (node.isString()) {
      return node.stringValue().isEmpty() ? "an empty string"
          : node.stringValue().isBlank() ? "a blank string" : "a string";
    }
    if (node.isBoolean()) {
      return "the boolean " + node.booleanValue();
    }
    if (node.isNumber()) {
      if (node.isFloatingPointNumber() && node.isDouble()
          && !Double.isFinite(node.doubleValue())) {
        return "a number too large to be read";
      }
      return "the number " + shorten(node.toString());
    }
    if (node.isArray()) {
      return "an array";
    }
    if (node.isObject()) {
      return "an object";
    }
    return node.getNodeType().toString().toLowerCase(Locale.ROOT);
  }

  /**
   * What to add to "must be one of ..." when a string is not one of the values: the value it was
   * probably meant to be (a constant in another case, a small typo), without repeating the
   * string.
   */
  public static String suggestion(JsonNode node, List<String> values) {
    if (node == null || !node.isString()) {
      return "";
    }
    String closest = JsonPaths.closest(node.stringValue().replace('_', '-'), values);
    return closest == null ? "" : "; did you mean \"" + closest + "\"?";
  }

  /** The JSON Schema name of a value's type, with an article: "an object", "a string", "null". */
  public static String typeName(String schemaType) {
    return switch (schemaType) {
      case "object", "array", "integer" -> "an " + schemaType;
      case "null" -> "null";
      default -> "a " + schemaType;
    };
  }

  private static String shorten(String text) {
    return text.length() <= 60 ? text : text.substring(0, 57) + "...";
  }
}
