package io.github.mentoring.streams;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The kinds of relationship change event, each with its name in the JSON ({@code "type"}) and
 * the members it carries beside {@code type}, {@code relationshipId} and {@code eventDate}.
 * Parts (a meeting, a follow-up, a goal, ...) are written as a program file holds them (see
 * {@code FORMAT.md} of mentoring-examples and {@code schemas/program.schema.json}).
 */
public enum EventType {
  /** The whole relationship as it now stands ({@code relationship}); replaces what was known. */
  RELATIONSHIP_SNAPSHOT("relationship-snapshot", List.of("relationship"), List.of()),
  /** A meeting booked, held, or recorded late ({@code meeting}); replaces one of the same id. */
  MEETING_LOGGED("meeting-logged", List.of("meeting"), List.of()),
  /** A known meeting called off ({@code meetingId}, optional {@code cancelledBy}, {@code cancelledAt}). */
  MEETING_CANCELLED("meeting-cancelled", List.of("meetingId"), List.of("cancelledBy", "cancelledAt")),
  /** A follow-up agreed ({@code followUp}); replaces one of the same id. */
  FOLLOW_UP_ADDED("follow-up-added", List.of("followUp"), List.of()),
  /** A known follow-up done ({@code followUpId}, optional {@code doneOn}, else the event date). */
  FOLLOW_UP_DONE("follow-up-done", List.of("followUpId"), List.of("doneOn")),
  /** A goal set ({@code goal}): a new one, or one that replaces the goal of the same id. */
  GOAL_SET("goal-set", List.of("goal"), List.of()),
  /** A known goal reworded, re-dated, achieved or dropped ({@code goal}, of an existing id). */
  GOAL_CHANGED("goal-changed", List.of("goal"), List.of()),
  /** A progress update ({@code update}); one equal to a known update is not added twice. */
  PROGRESS_UPDATE("progress-update", List.of("update"), List.of()),
  /**
   * A step of the closure ({@code closure}, as it now stands), optionally with the relationship's
   * new {@code phase} and its {@code actualEnd}.
   */
  CLOSURE_STEP("closure-step", List.of("closure"), List.of("phase", "actualEnd")),
  /** The mentoring agreement as it now stands ({@code agreement}). */
  AGREEMENT_CHANGED("agreement-changed", List.of("agreement"), List.of());

  private final String jsonName;
  private final List<String> required;
  private final List<String> optional;

  EventType(String jsonName, List<String> required, List<String> optional) {
    this.jsonName = jsonName;
    this.required = required;
    this.optional = optional;
  }

  /** The name in the JSON, e.g. {@code meeting-logged}. */
  public String jsonName() {
    return jsonName;
  }

  /** The members an event of this type must carry besides the envelope's. */
  public List<String> required() {
    return List.copyOf(required);
  }

  /** The members an event of this type may carry besides the envelope's and the required. */
  public List<String> optional() {
    return List.copyOf(optional);
  }

  /** The type of a JSON name, if there is one. */
  public static Optional<EventType> byJsonName(String name) {
    return Arrays.stream(values()).filter(t -> t.jsonName.equals(name)).findFirst();
  }
}
