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

  InputException(String summary, List<String> problems) {
    super(summary);
    this.problems = List.copyOf(problems);
  }

  List<String> problems() {
    return problems;
  }
}
