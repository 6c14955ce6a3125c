package io.github.mentoring.examples.cli;

import java.util.List;

/**
 * Bad input (a program, policy, rule or scenario file) that ends a command with exit code 2. Each
 * line names where the problem is ({@code file: $.json.path: message} or
 * {@code file:line: message}), so that all of them can be fixed at once.
 */
final class InputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<String> problems;
  private final int problemCount;

  InputException(String summary, List<String> problems) {
    this(summary, problems, problems.size());
  }

  /**
   * @param problems the problems listed
   * @param problemCount how many problems there are, listed or not (a program file's reader
   *     keeps only the first ones)
   */
  InputException(String summary, List<String> problems, int problemCount) {
    super(summary);
    this.problems = List.copyOf(problems);
    this.problemCount = Math.max(problemCount, problems.size());
  }

  List<String> problems() {
    return problems;
  }

  /** How many problems there are, at least as many as {@link #problems()} lists. */
  int problemCount() {
    return problemCount;
  }
}
