package io.github.mentoring.streams;

import io.github.mentoring.core.model.Relationship;
import io.github.mentoring.json.Problem;
import io.github.mentoring.json.ProgramFormatException;
import io.github.mentoring.json.ProgramJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Applies an event to a relationship. The change is made to the relationship's JSON in the
 * program format ({@link ProgramJson#writeRelationship}) and the result is read back with
 * {@link ProgramJson#readRelationship}, so that a part carried by an event is checked exactly as a
 * program file's part is (the schema, then the model's rules, with the rest of the relationship:
 * an owner who is no partner, a goal achieved before it was set, ...), and there is one JSON
 * format of a relationship, not two. Problems come back at their path in the event
 * ({@code $.meeting.status}); a rule broken elsewhere in the relationship is reported at
 * {@code $} with the path in the relationship.
 *
 * <p>Parts are identified by id: logging a meeting or adding a follow-up with a known id replaces
 * it, so that an event delivered twice (Kafka delivers at least once) changes nothing the second
 * time. Thread-safe.
 */
public final class EventApplier {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private EventApplier() {}

  /**
   * The relationship after the event.
   *
   * @param current the relationship before it, or null when none is known yet
   * @throws EventFormatException listing every problem, if the event cannot be applied
   */
  public static Relationship apply(Relationship current, RelationshipEvent event) {
    ObjectNode body = event.body();
    if (event.type() == EventType.RELATIONSHIP_SNAPSHOT) {
      JsonNode relationship = body.get("relationship");
      if (relationship.isObject() && relationship.get("id") != null
          && relationship.get("id").isString()
          && !relationship.get("id").stringValue().equals(event.relationshipId())) {
        throw new EventFormatException(List.of(new Problem("$.relationship.id",
            "is not the event's relationshipId")));
      }
      return read(relationship, Map.of("$", "$.relationship"));
    }
    if (current == null) {
      throw new EventFormatException(List.of(new Problem("$.relationshipId",
          "names no relationship known yet; the first event of a relationship is a "
              + EventType.RELATIONSHIP_SNAPSHOT.jsonName())));
    }
    ObjectNode tree = (ObjectNode) MAPPER.readTree(ProgramJson.writeRelationship(current));
    String date = event.eventDate().toString();
    return switch (event.type()) {
      case MEETING_LOGGED -> upsert(tree, "meetings", body.get("meeting"), "$.meeting", false);
      case FOLLOW_UP_ADDED -> upsert(tree, "followUps", body.get("followUp"), "$.followUp", false);
      case GOAL_SET -> upsert(tree, "goals", body.get("goal"), "$.goal", false);
      case GOAL_CHANGED -> upsert(tree, "goals", body.get("goal"), "$.goal", true);
      case MEETING_CANCELLED -> {
        int index = find(tree, "meetings", body, "meetingId", "meeting");
        ObjectNode meeting = (ObjectNode) tree.get("meetings").get(index);
        meeting.put("status", "cancelled");
        copy(body, meeting, "cancelledBy");
        copy(body, meeting, "cancelledAt");
        String at = "$.meetings[" + index + "]";
        yield read(tree, Map.of(at + ".cancelledBy", "$.cancelledBy",
            at + ".cancelledAt", "$.cancelledAt"));
      }
      case FOLLOW_UP_DONE -> {
        int index = find(tree, "followUps", body, "followUpId", "follow-up");
        ObjectNode followUp = (ObjectNode) tree.get("followUps").get(index);
        followUp.put("status", "done");
        followUp.remove("droppedOn");
        if (body.has("doneOn")) {
          copy(body, followUp, "doneOn");
        } else {
          followUp.put("doneOn", date);
        }
        yield read(tree, Map.of("$.followUps[" + index + "].doneOn",
            body.has("doneOn") ? "$.doneOn" : "$.eventDate"));
      }
      case PROGRESS_UPDATE -> {
        ArrayNode updates = array(tree, "progressUpdates");
        JsonNode update = body.get("update");
        int index = indexOf(updates, update);
        if (index < 0) {
          updates.add(update.deepCopy());
          index = updates.size() - 1;
        }
        yield read(tree, Map.of("$.progressUpdates[" + index + "]", "$.update"));
      }
      case CLOSURE_STEP -> {
        tree.set("closure", body.get("closure").deepCopy());
        copy(body, tree, "phase");
        copy(body, tree, "actualEnd");
        yield read(tree, Map.of("$.closure", "$.closure", "$.phase", "$.phase",
            "$.actualEnd", "$.actualEnd"));
      }
      case AGREEMENT_CHANGED -> {
        tree.set("agreement", body.get("agreement").deepCopy());
        yield read(tree, Map.of("$.agreement", "$.agreement"));
      }
      case RELATIONSHIP_SNAPSHOT -> throw new IllegalStateException("handled above");
    };
  }

  /** Adds a part, or replaces the part of the same id; a changed part must exist. */
  private static Relationship upsert(ObjectNode tree, String list, JsonNode part,
      String eventPath, boolean mustExist) {
    ArrayNode parts = array(tree, list);
    int index = -1;
    JsonNode id = part.isObject() ? part.get("id") : null;
    if (id != null && id.isString()) {
      for (int i = 0; i < parts.size(); i++) {
        if (id.equals(parts.get(i).get("id"))) {
          index = i;
        }
      }
    }
    if (index < 0 && mustExist) {
      throw new EventFormatException(List.of(new Problem(eventPath + ".id",
          "names no part of the relationship that could change; a new one is set, not changed")));
    }
    if (index < 0) {
      parts.add(part.deepCopy());
      index = parts.size() - 1;
    } else {
      parts.set(index, part.deepCopy());
    }
    return read(tree, Map.of("$." + list + "[" + index + "]", eventPath));
  }

  /** The index of the part an event names by id; a problem when there is none. */
  private static int find(ObjectNode tree, String list, ObjectNode body, String idMember,
      String what) {
    JsonNode id = body.get(idMember);
    String path = "$." + idMember;
    if (!id.isString()) {
      throw new EventFormatException(List.of(new Problem(path, "must be a string, found "
          + io.github.mentoring.json.JsonInput.describe(id))));
    }
    JsonNode parts = tree.path(list);
    for (int i = 0; i < parts.size(); i++) {
      if (id.equals(parts.get(i).get("id"))) {
        return i;
      }
    }
    throw new EventFormatException(List.of(new Problem(path,
        "names no " + what + " of the relationship")));
  }

  private static ArrayNode array(ObjectNode tree, String name) {
    JsonNode existing = tree.get(name);
    return existing instanceof ArrayNode array ? array : tree.putArray(name);
  }

  private static int indexOf(ArrayNode array, JsonNode value) {
    for (int i = 0; i < array.size(); i++) {
      if (array.get(i).equals(value)) {
        return i;
      }
    }
    return -1;
  }

  private static void copy(ObjectNode from, ObjectNode to, String name) {
    if (from.has(name)) {
      to.set(name, from.get(name).deepCopy());
    }
  }

  /**
   * Reads the changed relationship back; problems under a path the event supplied are put at
   * their place in the event, the others at {@code $} with their place in the relationship.
   */
  private static Relationship read(JsonNode relationship, Map<String, String> eventPaths) {
    try {
      return ProgramJson.readRelationship(MAPPER.writeValueAsBytes(relationship));
    } catch (ProgramFormatException e) {
      List<Problem> problems = new ArrayList<>();
      for (Problem problem : e.problems()) {
        problems.add(inEvent(problem, eventPaths));
      }
      throw new EventFormatException(problems);
    }
  }

  private static Problem inEvent(Problem problem, Map<String, String> eventPaths) {
    String path = problem.path();
    for (Map.Entry<String, String> mapped : eventPaths.entrySet()) {
      String prefix = mapped.getKey();
      if (prefix.equals("$")) {
        return new Problem(path.equals("$") ? mapped.getValue()
            : mapped.getValue() + path.substring(1), problem.message());
      }
      if (path.equals(prefix) || path.startsWith(prefix + ".")
          || path.startsWith(prefix + "[")) {
        return new Problem(mapped.getValue() + path.substring(prefix.length()),
            problem.message());
      }
    }
    return new Problem("$", "would leave the relationship invalid at " + path + ": "
        + problem.message());
  }
}
