package io.github.mentoring.core.validation;

import java.util.Objects;

/**
 * One broken constraint: where it is (a property path such as {@code meetings[2].actualMinutes},
 * relative to the object being built) and what is wrong, in plain words.
 *
 * @param path the property path; empty for the object as a whole
 * @param message what is wrong
 */
public record Violation(String path, String message) implements Comparable<Violation> {

  public Violation {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }

  /** This violation with its path placed under a parent path, e.g. {@code relationships[3]}. */
  public Violation under(String parent) {
    if (parent.isEmpty()) {
      return this;
    }
    if (path.isEmpty()) {
      return new Violation(parent, message);
    }
    return new Violation(path.startsWith("[") ? parent + path : parent + "." + path, message);
  }

  @Override
  public int compareTo(Violation other) {
    int byPath = path.compareTo(other.path);
    return byPath != 0 ? byPath : message.compareTo(other.message);
  }

  @Override
  public String toString() {
    return (path.isEmpty() ? "(object)" : path) + ": " + message;
  }
}
