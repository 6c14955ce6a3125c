package io.github.mentoring.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mentoring.json.Schemas;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The events' JSON Schema ({@code schemas/relationship-event.schema.json}) and the reader agree:
 * what a platform validates against the schema before producing is what the stream applies, and
 * what the schema refuses the stream sends to the dead letters.
 */
class EventSchemaTest {

  private static final String SCHEMA = "relationship-event";

  @Test
  void theSchemaNamesEveryEventTypeWithTheMembersTheReaderAsksFor() {
    JsonNode defs = Schemas.document(SCHEMA).get("$defs");
    List<String> described = new ArrayList<>();
    for (JsonNode def : defs) {
      described.add(def.get("properties").get("type").get("const").stringValue());
    }
    assertThat(described).containsExactlyInAnyOrderElementsOf(
        java.util.Arrays.stream(EventType.values()).map(EventType::jsonName).toList());
    for (EventType type : EventType.values()) {
      JsonNode def = null;
      for (JsonNode candidate : defs) {
        if (candidate.get("properties").get("type").get("const").stringValue()
            .equals(type.jsonName())) {
          def = candidate;
        }
      }
      List<String> required = new ArrayList<>();
      def.get("required").forEach(r -> required.add(r.stringValue()));
      List<String> members = new ArrayList<>(def.get("properties").propertyNames());
      assertThat(required).as(type.jsonName()).containsExactlyInAnyOrderElementsOf(
          concat(List.of("type", "relationshipId", "eventDate"), type.required()));
      assertThat(members).as(type.jsonName()).containsExactlyInAnyOrderElementsOf(
          concat(concat(List.of("type", "relationshipId", "eventDate"), type.required()),
              type.optional()));
    }
  }

  @Test
  void theEventsOfThePlatformAreValidAndRead() {
    for (String event : List.of(
        Events.snapshot("r-ada-ben", "2026-03-02", "2026-03-02"),
        Events.meetingHeld("r-ada-ben", "2026-03-16", "m3", "2026-03-16"),
        Events.meetingBooked("r-ada-ben", "2026-03-16", "m4", "2026-03-30"),
        Events.meetingCancelled("r-ada-ben", "2026-03-29", "m4"),
        Events.followUpAdded("r-ada-ben", "2026-03-16", "f1", "2026-03-23"),
        Events.followUpDone("r-ada-ben", "2026-03-20", "f1"))) {
      JsonNode tree = StreamsTestSupport.MAPPER.readTree(event);
      assertThat(Schemas.validate(SCHEMA, tree)).as(event).isEmpty();
      assertThat(EventReader.read("r-ada-ben", event.getBytes(StandardCharsets.UTF_8)).type())
          .isNotNull();
    }
  }

  @Test
  void whatTheSchemaRefusesTheReaderRefuses() {
    for (String event : List.of(
        "{\"type\": \"meeting-logged\", \"relationshipId\": \"r-ada-ben\"}",
        "{\"type\": \"meeting-rescheduled\", \"relationshipId\": \"r-ada-ben\","
            + " \"eventDate\": \"2026-03-02\"}",
        "{\"type\": \"follow-up-done\", \"relationshipId\": \"r-ada-ben\","
            + " \"eventDate\": \"2 March 2026\", \"followUpId\": \"f1\"}",
        "{\"type\": \"follow-up-done\", \"relationshipId\": \"r-ada-ben\","
            + " \"eventDate\": \"2026-03-02\", \"followUpId\": \"f1\", \"note\": \"x\"}",
        "{\"type\": \"follow-up-done\", \"relationshipId\": \"\","
            + " \"eventDate\": \"2026-03-02\", \"followUpId\": \"f1\"}")) {
      JsonNode tree = StreamsTestSupport.MAPPER.readTree(event);
      assertThat(Schemas.validate(SCHEMA, tree)).as(event).isNotEmpty();
      assertThatThrownBy(() -> EventReader.read("r-ada-ben",
          event.getBytes(StandardCharsets.UTF_8))).as(event)
          .isInstanceOf(EventFormatException.class);
    }
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
