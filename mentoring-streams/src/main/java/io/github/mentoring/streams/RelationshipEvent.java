package io.github.mentoring.streams;

import java.time.LocalDate;
import java.util.Objects;
import tools.jackson.databind.node.ObjectNode;

/**
 * One relationship change event as read by {@link EventReader}: its envelope checked, its parts
 * still JSON in the program format, to be checked with the relationship they change (a follow-up
 * owner must be a partner, a meeting's id unique, ...) by {@link EventApplier}.
 */
public final class RelationshipEvent {

  private final EventType type;
  private final String relationshipId;
  private final LocalDate eventDate;
  /** The whole event object; never handed out, so never changed after reading. */
  private final ObjectNode body;

  RelationshipEvent(EventType type, String relationshipId, LocalDate eventDate, ObjectNode body) {
    this.type = Objects.requireNonNull(type, "type");
    this.relationshipId = Objects.requireNonNull(relationshipId, "relationshipId");
    this.eventDate = Objects.requireNonNull(eventDate, "eventDate");
    this.body = Objects.requireNonNull(body, "body");
  }

  /** What happened. */
  public EventType type() {
    return type;
  }

  /** The relationship it happened to (the record key). */
  public String relationshipId() {
    return relationshipId;
  }

  /** The day it happened. */
  public LocalDate eventDate() {
    return eventDate;
  }

  /** The event object, for the applier, which copies what it takes. */
  ObjectNode body() {
    return body;
  }

  @Override
  public String toString() {
    // never the body: it may hold notes or feedback
    return type.jsonName() + " of " + relationshipId + " on " + eventDate;
  }
}
