package io.github.mentoring.examples.json;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Thrown when a program file cannot be read: it lists every {@link Problem} found, each with its
 * JSON path, in the order of the document (a missing field right after the object that lacks
 * it). No program was returned.
 */
public class ProgramFormatException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String source;
  private final transient List<Problem> problems;

  /**
   * Creates the exception.
   *
   * @param source what was read, e.g. a file name; used in the message only
   * @param problems every problem found; must not be empty
   */
  public ProgramFormatException(String source, List<Problem> problems) {
    super(describe(source, problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a format exception needs at least one problem");
    }
    this.source = Objects.requireNonNull(source, "source");
    this.problems = List.copyOf(problems);
  }

  /** What was read, e.g. a file name, or {@code "JSON text"}. */
  public String source() {
    return source;
  }

  /** Every problem, never empty. */
  public List<Problem> problems() {
    return problems;
  }

  private static String describe(String source, List<Problem> problems) {
    return "Cannot read the program from " + source + " (" + problems.size()
        + (problems.size() == 1 ? " problem" : " problems") + "):"
        + problems.stream().map(p -> "\n  - " + p).collect(Collectors.joining());
  }
}
