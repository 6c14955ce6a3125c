package io.github.mentoring.examples.cli;

import io.github.mentoring.rules.CheckFailure;
import java.util.List;

/**
 * Some relationships could not be judged: a rule threw, or a runaway rule was stopped by its
 * budget, or the JVM ran out of stack or memory while judging. Ends a command with exit code 3,
 * one line per failure naming the rule and the relationship, and no report: a report that
 * silently lacks relationships would read as complete.
 */
final class RuleFailureException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<CheckFailure> failures;

  RuleFailureException(List<CheckFailure> failures) {
    super(failures.size() + (failures.size() == 1 ? " relationship" : " relationships")
        + " could not be judged");
    this.failures = List.copyOf(failures);
  }

  List<CheckFailure> failures() {
    return failures;
  }
}
