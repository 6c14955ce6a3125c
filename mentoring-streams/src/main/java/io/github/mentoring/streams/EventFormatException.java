package io.github.mentoring.streams;

import io.github.mentoring.json.Problem;
import java.util.List;

/**
 * An event that cannot be applied: malformed JSON, an unknown type, a missing or wrong member, a
 * part the model refuses, or a change to something the relationship does not have. Lists every
 * problem found with its JSON path in the event ({@code $.meeting.status}); no message repeats
 * the text of a string value, which may be confidential (notes, feedback).
 */
public class EventFormatException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** A list that is never changed after construction. */
  private final transient List<Problem> problems;

  /** An exception with at least one problem. */
  public EventFormatException(List<Problem> problems) {
    super(describe(problems));
    this.problems = List.copyOf(problems);
  }

  /** Every problem, with its JSON path in the event. */
  public List<Problem> problems() {
    return problems;
  }

  private static String describe(List<Problem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an event format exception needs a problem");
    }
    StringBuilder text = new StringBuilder("Invalid event (").append(problems.size())
        .append(problems.size() == 1 ? " problem):" : " problems):");
    problems.forEach(p -> text.append("\n  - ").append(p));
    return text.toString();
  }
}
