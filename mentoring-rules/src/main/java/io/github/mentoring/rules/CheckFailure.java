package io.github.mentoring.rules;

import java.util.Objects;

/**
 * A relationship whose check failed in a bulk check: a rule threw, a runaway rule spent its
 * firing or time budget, or the JVM ran out of stack or memory while judging it. The other
 * relationships of the check still have their reports.
 *
 * @param relationshipId the relationship that could not be judged
 * @param ruleId the rule that failed, or {@code "(unknown rule)"}
 * @param reason what went wrong, without a stack trace
 */
public record CheckFailure(String relationshipId, String ruleId, String reason) {

  /** Checks that no part is null. */
  public CheckFailure {
    Objects.requireNonNull(relationshipId, "relationshipId");
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(reason, "reason");
  }

  static CheckFailure of(RuleExecutionException e) {
    return new CheckFailure(Objects.requireNonNullElse(e.relationshipId(), ""), e.ruleId(),
        e.getMessage());
  }

  @Override
  public String toString() {
    return reason;
  }
}
