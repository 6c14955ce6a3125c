package io.github.mentoring.streams;

import java.util.Objects;

/**
 * The topics of the health stream.
 *
 * @param events relationship change events, keyed by relationship id (input)
 * @param changes findings raised and resolved and status changes, keyed by relationship id
 * @param deadLetters events that could not be applied, with every problem and its JSON path
 */
public record Topics(String events, String changes, String deadLetters) {

  public Topics {
    Objects.requireNonNull(events, "events");
    Objects.requireNonNull(changes, "changes");
    Objects.requireNonNull(deadLetters, "deadLetters");
  }

  /**
   * {@code mentoring.relationship-events}, {@code mentoring.health-changes},
   * {@code mentoring.dead-letters}.
   */
  public static Topics defaults() {
    return new Topics("mentoring.relationship-events", "mentoring.health-changes",
        "mentoring.dead-letters");
  }
}
