package io.github.mentoring.json.internal;

import io.github.mentoring.core.validation.Violation;
import io.github.mentoring.core.model.CheckDates;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;

/**
 * Reads the members of one JSON object, each at its own path. Every accessor returns null (or
 * false, or an empty list) for a value that is absent or cannot be read, having reported the
 * problem; nothing here throws on odd input. The names read are the object's known fields: any
 * other member is reported as unknown when the object is {@linkplain #build built}.
 */
public final class ObjectReader {

  /** Reads one JSON value at a path, or reports why not and returns null. */
  @FunctionalInterface
  interface ValueReader<T> {
    T read(ReadContext context, JsonNode value, Where path);
  }

  /**
   * The longest period or duration accepted, in years: more is a typo, and the rules' date
   * arithmetic on it could overflow.
   */
  public static final int MAX_SPAN_YEARS = 1000;

  /** {@link #MAX_SPAN_YEARS} in days, with the leap days of a thousand years. */
  private static final long MAX_SPAN_DAYS = MAX_SPAN_YEARS * 365L + 250;

  private final ReadContext context;
  private final JsonNode node;
  private final Where path;
  // The names asked for, in order, perhaps twice: a list, not a set, because a reader is made for
  // every object of a document and asks for a dozen names, and a set's entries cost more.
  private final List<String> known = new ArrayList<>(16);
  private Map<String, int[]> indexes = Map.of();

  private ObjectReader(ReadContext context, JsonNode node, Where path) {
    this.context = context;
    this.node = node;
    this.path = path;
  }

  /** A reader for the object at {@code path}, or null (problem reported) if the value is no object. */
  static ObjectReader of(ReadContext context, JsonNode value, Where path) {
    if (value == null || !value.isObject()) {
      context.problem(path, "must be an object, found " + JsonValues.describe(value));
      return null;
    }
    return new ObjectReader(context, value, path);
  }

  /** Reads an object with a mapper, as an element or member value. */
  public static <T> ValueReader<T> objects(Function<ObjectReader, T> mapper) {
    return (context, value, path) -> {
      ObjectReader reader = of(context, value, path);
      return reader == null ? null : mapper.apply(reader);
    };
  }

  String path() {
    return path.path();
  }

  /** A member as it is in the document, or null; for cross-checks only, reports nothing. */
  JsonNode peek(String name) {
    return node.get(name);
  }

  /** An optional member: null when absent or unreadable. */
  <T> T optional(String name, ValueReader<T> reader) {
    JsonNode value = member(name);
    return value == null ? null : reader.read(context, value, path.member(name));
  }

  /** A required member: null, with a problem, when absent or unreadable. */
  <T> T required(String name, ValueReader<T> reader) {
    JsonNode value = member(name);
    if (value == null) {
      if (!node.has(name)) {
        context.problem(path.member(name), "is required but missing");
      }
      return null;
    }
    return reader.read(context, value, path.member(name));
  }

  /** A boolean member that defaults to false. */
  boolean flag(String name) {
    Boolean value = optional(name, ObjectReader::bool);
    return value != null && value;
  }

  /** A required array member; reported when absent, and then empty. */
  <T> List<T> requiredList(String name, ValueReader<T> reader) {
    if (!node.has(name)) {
      known.add(name);
      context.problem(path.member(name), "is required but missing");
      return List.of();
    }
    return list(name, reader);
  }

  /** An array member; an absent array is empty. Elements that cannot be read are left out. */
  <T> List<T> list(String name, ValueReader<T> reader) {
    JsonNode value = member(name);
    if (value == null) {
      return List.of();
    }
    Where at = path.member(name);
    if (!value.isArray()) {
      context.problem(at, "must be an array, found " + JsonValues.describe(value));
      return List.of();
    }
    List<T> out = new ArrayList<>(value.size());
    int[] documentIndex = new int[value.size()];
    for (int i = 0; i < value.size(); i++) {
      JsonNode element = value.get(i);
      Where elementPath = at.element(i);
      T read = element.isNull() ? nullValue(elementPath) : reader.read(context, element, elementPath);
      if (read != null) {
        documentIndex[out.size()] = i;
        out.add(read);
      }
    }
    if (indexes.isEmpty()) {
      indexes = new HashMap<>();
    }
    indexes.put(name, out.size() == documentIndex.length ? documentIndex
        : Arrays.copyOf(documentIndex, out.size()));
    return out;
  }

  /**
   * An array member that lists each value at most once (a set of channels, say); an absent array
   * is empty. A repeated value is a problem, as the schema's {@code uniqueItems} makes it.
   */
  <T> List<T> distinctList(String name, ValueReader<T> reader) {
    List<T> values = list(name, reader);
    if (new HashSet<>(values).size() < values.size()) {
      context.problem(path.member(name), "must not list the same value twice");
    }
    return values;
  }

  /**
   * Reports elements of an array member whose {@code id} repeats an earlier element's, as the
   * model does, but from the document: so a duplicate is found even when one of the elements
   * cannot be built.
   */
  void uniqueIds(String list) {
    JsonNode array = node.get(list);
    if (array == null || !array.isArray()) {
      return;
    }
    Map<String, Integer> first = new HashMap<>();
    Where at = path.member(list);
    for (int i = 0; i < array.size(); i++) {
      JsonNode id = array.get(i).path("id");
      if (id.isString() && !id.stringValue().isBlank()) {
        Integer earlier = first.putIfAbsent(id.stringValue(), i);
        if (earlier != null) {
          context.problem(at.element(i).member("id"), "duplicates the id of "
              + list + "[" + earlier + "]: '" + id.stringValue() + "'");
        }
      }
    }
  }

  /** Gives a value to a builder method when there is one. */
  public static <T> void set(T value, Consumer<T> setter) {
    if (value != null) {
      setter.accept(value);
    }
  }

  /**
   * Reports the members this reader did not ask for as unknown fields, then builds the model
   * object, reporting its violations under this object's path.
   */
  <T> T build(Supplier<T> builder) {
    return build(builder, v -> false);
  }

  /** As {@link #build(Supplier)}, skipping violations that only follow from elements left out. */
  <T> T build(Supplier<T> builder, Predicate<Violation> ignore) {
    List<String> allowed = null; // made for the first unknown member only
    for (String name : node.propertyNames()) {
      if (!known.contains(name)) {
        allowed = allowed == null ? List.copyOf(new LinkedHashSet<>(known)) : allowed;
        context.problem(path.member(name), JsonPaths.unknownField(name, allowed));
      }
    }
    return context.build(path, builder, indexes, ignore);
  }

  /** For each list read, the document index of each element kept. */
  int[] documentIndexes(String list) {
    return indexes.getOrDefault(list, new int[0]);
  }

  /** Marks a member as known without reading it (e.g. {@code $schema}). */
  void ignore(String name) {
    known.add(name);
  }

  private JsonNode member(String name) {
    known.add(name);
    JsonNode value = node.get(name);
    if (value == null || value.isMissingNode()) {
      return null;
    }
    if (value.isNull()) {
      return nullValue(path.member(name));
    }
    return value;
  }

  private <T> T nullValue(Where at) {
    context.problem(at, at.isElement() ? "must not be null (a list holds no nulls)"
        : "must not be null (leave out a field that has no value)");
    return null;
  }

  // ---- value readers -------------------------------------------------------------------------

  public static String text(ReadContext context, JsonNode value, Where path) {
    if (!value.isString()) {
      context.problem(path, "must be a string, found " + JsonValues.describe(value));
      return null;
    }
    return value.stringValue();
  }

  public static Boolean bool(ReadContext context, JsonNode value, Where path) {
    if (!value.isBoolean()) {
      context.problem(path, "must be true or false, found " + JsonValues.describe(value));
      return null;
    }
    return value.booleanValue();
  }

  public static Integer integer(ReadContext context, JsonNode value, Where path) {
    if (!value.isNumber()) {
      context.problem(path, "must be a whole number, found " + JsonValues.describe(value));
      return null;
    }
    if (!value.isIntegralNumber()) {
      // 2.0, 1E2 and 1e19 are read as floating-point numbers: refused rather than rounded, so
      // that no value is changed on the way in.
      context.problem(path, "must be a whole number written without a fraction or exponent, "
          + "found " + JsonValues.describe(value));
      return null;
    }
    if (!value.canConvertToInt()) {
      context.problem(path, "is out of range (" + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE
          + "), found " + JsonValues.describe(value));
      return null;
    }
    return value.asInt();
  }

  public static LocalDate date(ReadContext context, JsonNode value, Where path) {
    LocalDate date = parse(context, value, path, "a date such as 2026-03-01",
        JsonValues::parseDate);
    return date == null || inRange(context, path, date) ? date : null;
  }

  public static LocalDateTime dateTime(ReadContext context, JsonNode value, Where path) {
    LocalDateTime dateTime = parse(context, value, path,
        "a date and time such as 2026-03-01T10:00", JsonValues::parseDateTime);
    return dateTime == null || inRange(context, path, dateTime.toLocalDate()) ? dateTime : null;
  }

  public static LocalTime time(ReadContext context, JsonNode value, Where path) {
    return parse(context, value, path, "a time of day such as 09:30", LocalTime::parse);
  }

  public static Period period(ReadContext context, JsonNode value, Where path) {
    Period period = parse(context, value, path, "a period such as P2W or P1M", Period::parse);
    if (period != null && Math.abs(period.getYears() * 365L + period.getMonths() * 30L
        + period.getDays()) > MAX_SPAN_DAYS) {
      context.problem(path, "must be at most " + MAX_SPAN_YEARS + " years long");
      return null;
    }
    return period;
  }

  public static Duration duration(ReadContext context, JsonNode value, Where path) {
    Duration duration = parse(context, value, path, "a duration such as PT24H or PT30M",
        Duration::parse);
    if (duration != null && Math.abs(duration.toDays()) > MAX_SPAN_DAYS) {
      context.problem(path, "must be at most " + MAX_SPAN_YEARS + " years long");
      return null;
    }
    return duration;
  }

  /**
   * Whether a date lies in the range a health check accepts; reports it if not. A date far out
   * (year 0001 or +999999999) is a typo, and date arithmetic on it could overflow in the rules.
   */
  private static boolean inRange(ReadContext context, Where path, LocalDate date) {
    if (CheckDates.isInRange(date)) {
      return true;
    }
    context.problem(path, "must lie between " + CheckDates.EARLIEST + " and "
        + CheckDates.LATEST + ", found " + date);
    return false;
  }

  /** Reads an enumeration constant spelt in lowercase words joined by hyphens. */
  public static <E extends Enum<E>> ValueReader<E> constant(Class<E> type) {
    return (context, value, path) -> {
      E constant = value.isString() ? JsonValues.enumValue(type, value.stringValue()) : null;
      if (constant == null) {
        List<String> names = JsonValues.enumNames(type);
        context.problem(path, "must be one of " + JsonValues.quotedList(names) + ", found "
            + JsonValues.describe(value) + JsonValues.suggestion(value, names));
      }
      return constant;
    };
  }

  private static <T> T parse(ReadContext context, JsonNode value, Where path, String expected,
      Function<String, T> parser) {
    if (!value.isString()) {
      context.problem(path, "must be " + expected + ", found " + JsonValues.describe(value));
      return null;
    }
    try {
      return parser.apply(value.stringValue());
    } catch (DateTimeParseException | ArithmeticException e) {
      context.problem(path, "must be " + expected + ", found " + JsonValues.describe(value)
          + detail(e));
      return null;
    }
  }

  private static String detail(RuntimeException e) {
    // java.time says e.g. "Invalid date 'FEBRUARY 30'"; a pattern mismatch adds nothing useful.
    Throwable cause = e.getCause();
    return cause != null && cause.getMessage() != null ? " (" + cause.getMessage() + ")" : "";
  }
}
