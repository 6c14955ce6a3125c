package io.github.mentoring.streams;

import io.github.mentoring.json.JsonInput;
import io.github.mentoring.json.Problem;
import io.github.mentoring.json.ProgramFormatException;
import io.github.mentoring.rules.HealthCheck;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads the envelope of a relationship change event (format in the module's README and
 * {@code schemas/relationship-event.schema.json}): one JSON object with {@code type},
 * {@code relationshipId} equal to the record key, {@code eventDate}, and the members of its type.
 * The parts it carries are checked when they are applied ({@link EventApplier}), with the
 * relationship they change. Every problem is reported, each with its JSON path; no message
 * repeats a string value of the event. Thread-safe.
 */
public final class EventReader {

  /** The most bytes an event may have: a snapshot of a long relationship fits many times over. */
  public static final int MAX_EVENT_BYTES = 1 << 20;

  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  private static final Pattern ID = Pattern.compile("[^\\p{Cntrl}]{1,200}");
  private static final Set<String> ENVELOPE = Set.of("type", "relationshipId", "eventDate");

  private EventReader() {}

  /**
   * Reads one event.
   *
   * @param key the record's key: the relationship id, or null when the record has none
   * @param value the record's value, UTF-8 JSON, or null (a tombstone, which is no event)
   * @throws EventFormatException listing every problem of the envelope
   */
  public static RelationshipEvent read(String key, byte[] value) {
    if (value == null) {
      throw new EventFormatException(List.of(new Problem("$",
          "is empty (a record without a value); an event is a JSON object")));
    }
    if (value.length > MAX_EVENT_BYTES) {
      throw new EventFormatException(List.of(new Problem("$", "has " + value.length
          + " bytes, more than the " + MAX_EVENT_BYTES + " an event may have")));
    }
    ObjectNode event;
    try {
      event = JsonInput.parseObject(value, "event", "an event is a JSON object");
    } catch (ProgramFormatException e) {
      throw new EventFormatException(e.problems());
    }
    List<Problem> problems = new ArrayList<>();
    EventType type = type(event, problems);
    String relationshipId = text(event, "relationshipId", problems);
    if (relationshipId != null && !ID.matcher(relationshipId).matches()) {
      problems.add(new Problem("$.relationshipId",
          "must be 1 to 200 characters without control characters"));
      relationshipId = null;
    }
    if (key == null) {
      problems.add(new Problem("$.relationshipId",
          "the record has no key; events are keyed by relationship id"));
    } else if (relationshipId != null && !relationshipId.equals(key)) {
      // The key decides the partition and so the store: an event filed under another key would
      // change a relationship that the partition does not hold.
      problems.add(new Problem("$.relationshipId", "is not the record's key"));
    }
    LocalDate eventDate = date(event, "eventDate", true, problems).orElse(null);
    if (type != null) {
      for (String member : type.required()) {
        if (!event.has(member)) {
          problems.add(new Problem(JsonInput.memberPath("$", member),
              "is missing; a " + type.jsonName() + " event needs it"));
        }
      }
      Set<String> allowed = new HashSet<>(ENVELOPE);
      allowed.addAll(type.required());
      allowed.addAll(type.optional());
      for (String name : event.propertyNames()) {
        if (!allowed.contains(name)) {
          problems.add(new Problem(JsonInput.memberPath("$", name), "is not a member of a "
              + type.jsonName() + " event (allowed: " + allowed.stream().sorted()
                  .collect(Collectors.joining(", ")) + ")"));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new EventFormatException(problems);
    }
    return new RelationshipEvent(type, relationshipId, eventDate, event);
  }

  private static EventType type(ObjectNode event, List<Problem> problems) {
    String name = text(event, "type", problems);
    if (name == null) {
      return null;
    }
    Optional<EventType> type = EventType.byJsonName(name);
    if (type.isEmpty()) {
      problems.add(new Problem("$.type", "is not a known event type (one of: "
          + java.util.Arrays.stream(EventType.values()).map(EventType::jsonName)
              .collect(Collectors.joining(", ")) + ")"));
    }
    return type.orElse(null);
  }

  /** A string member that must be present; null (with a problem) when it is not a string. */
  static String text(ObjectNode object, String name, List<Problem> problems) {
    JsonNode value = object.get(name);
    String path = JsonInput.memberPath("$", name);
    if (value == null) {
      problems.add(new Problem(path, "is missing"));
      return null;
    }
    if (!value.isString()) {
      problems.add(new Problem(path, "must be a string, found " + JsonInput.describe(value)));
      return null;
    }
    return value.stringValue();
  }

  /** A date member, yyyy-mm-dd within the dates a health check accepts. */
  static Optional<LocalDate> date(ObjectNode object, String name, boolean required,
      List<Problem> problems) {
    if (!object.has(name) && !required) {
      return Optional.empty();
    }
    String text = text(object, name, problems);
    if (text == null) {
      return Optional.empty();
    }
    String path = JsonInput.memberPath("$", name);
    try {
      if (DATE.matcher(text).matches()) {
        LocalDate date = LocalDate.parse(text);
        if (HealthCheck.isCheckDateInRange(date)) {
          return Optional.of(date);
        }
        problems.add(new Problem(path, "must lie between " + HealthCheck.EARLIEST_CHECK_DATE
            + " and " + HealthCheck.LATEST_CHECK_DATE));
        return Optional.empty();
      }
    } catch (DateTimeParseException e) {
      // reported below
    }
    problems.add(new Problem(path, "must be a date yyyy-mm-dd"));
    return Optional.empty();
  }
}
