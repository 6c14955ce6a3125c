package io.github.mentoring.json;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Thrown when a program file cannot be read: it lists the {@link Problem}s found, each with its
 * JSON path, in the order of the document (a missing field right after the object that lacks
 * it). No program was returned.
 *
 * <p>At most {@value #MAX_PROBLEMS} problems are kept: a document of thousands of bad values
 * must not become a problem list larger than itself. {@link #problemCount()} tells how many were
 * found in all, so that a caller can say "the first 100 of 5123 problems".
 *
 * <p>No message repeats the text of a string value of the document: a client who sends
 * confidential text (meeting notes, feedback) in the wrong place must not see it echoed in an
 * error, nor find it in a log. Numbers, booleans, ids and field names may be named.
 */
public class ProgramFormatException extends IllegalArgumentException {

  /** The most problems one exception keeps; the count of all of them is {@link #problemCount()}. */
  public static final int MAX_PROBLEMS = 100;

  private static final long serialVersionUID = 1L;

  private final String source;
  private final transient List<Problem> problems;
  private final int problemCount;

  /**
   * Creates the exception.
   *
   * @param source what was read, e.g. a file name; used in the message only
   * @param problems the problems found; must not be empty; only the first {@value #MAX_PROBLEMS}
   *     are kept
   */
  public ProgramFormatException(String source, List<Problem> problems) {
    this(source, problems, problems.size());
  }

  /**
   * Creates the exception for a read that found more problems than it kept.
   *
   * @param source what was read, e.g. a file name; used in the message only
   * @param problems the first problems found; must not be empty; only the first
   *     {@value #MAX_PROBLEMS} are kept
   * @param problemCount how many problems were found in all; raised to the number of problems
   *     given if it is less
   */
  public ProgramFormatException(String source, List<Problem> problems, int problemCount) {
    super(describe(source, first(problems), Math.max(problemCount, problems.size())));
    this.source = Objects.requireNonNull(source, "source");
    this.problems = first(problems);
    this.problemCount = Math.max(problemCount, problems.size());
  }

  /** What was read, e.g. a file name, or {@code "JSON text"}. */
  public String source() {
    return source;
  }

  /** The first problems found, at most {@value #MAX_PROBLEMS}; never empty. */
  public List<Problem> problems() {
    return problems;
  }

  /** How many problems were found in all; at least {@code problems().size()}. */
  public int problemCount() {
    return problemCount;
  }

  /** Whether more problems were found than {@link #problems()} holds. */
  public boolean isTruncated() {
    return problemCount > problems.size();
  }

  private static List<Problem> first(List<Problem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a format exception needs at least one problem");
    }
    return List.copyOf(problems.size() <= MAX_PROBLEMS ? problems
        : problems.subList(0, MAX_PROBLEMS));
  }

  private static String describe(String source, List<Problem> problems, int count) {
    return "Cannot read the program from " + source + " (" + count
        + (count == 1 ? " problem" : " problems")
        + (count > problems.size() ? ", the first " + problems.size() + " listed" : "") + "):"
        + problems.stream().map(p -> "\n  - " + p).collect(Collectors.joining());
  }
}
