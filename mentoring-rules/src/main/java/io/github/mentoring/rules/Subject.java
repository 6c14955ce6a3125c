package io.github.mentoring.rules;

import java.util.Objects;

/**
 * What a finding is about: the relationship as a whole, or one of its parts, named by id (a
 * partner is named by role, e.g. {@code mentee}); or, for a rule that judges people across a
 * program, a person named by their partner id ({@link Kind#PERSON}).
 *
 * @param kind the kind of part
 * @param id the part's id; the relationship's own id for {@link Kind#RELATIONSHIP}
 */
public record Subject(Kind kind, String id) implements Comparable<Subject> {

  /** The parts of a relationship a finding can be about. */
  public enum Kind {
    RELATIONSHIP,
    PARTNER,
    AGREEMENT,
    GOAL,
    MEETING,
    FOLLOW_UP,
    CLOSURE,
    /** A person across the relationships of a program (see {@link PersonReport}). */
    PERSON
  }

  public Subject {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
  }

  @Override
  public int compareTo(Subject other) {
    int byKind = kind.compareTo(other.kind);
    return byKind != 0 ? byKind : id.compareTo(other.id);
  }

  @Override
  public String toString() {
    return kind.name().toLowerCase().replace('_', '-') + " " + id;
  }
}
