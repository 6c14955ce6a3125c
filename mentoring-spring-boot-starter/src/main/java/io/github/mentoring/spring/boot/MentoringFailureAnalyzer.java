package io.github.mentoring.spring.boot;

import io.github.mentoring.rules.PolicyException;
import io.github.mentoring.rules.RuleBuildException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/**
 * Turns a health check that could not be built at start-up into Spring Boot's "APPLICATION
 * FAILED TO START" report: the library's message (every problem, with file and line) as the
 * description, and the {@code mentoring.*} property to look at as the action, instead of a
 * stack trace of bean creation. Registered in {@code META-INF/spring.factories}.
 */
public class MentoringFailureAnalyzer implements FailureAnalyzer {

  /** Created by Spring Boot when an application fails to start. */
  public MentoringFailureAnalyzer() {}

  @Override
  public FailureAnalysis analyze(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof RuleBuildException rules) {
        return new FailureAnalysis(rules.getMessage(), "Correct the rule files named above, "
            + "or the entries of mentoring.rules.locations and mentoring.rules.disabled.", rules);
      }
      if (cause instanceof PolicyException policy) {
        return new FailureAnalysis(policy.getMessage(), "Correct the mentoring.policy.* "
            + "properties named above; mentoring-rules/RULES.md lists every key with its "
            + "default.", policy);
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return null;
  }
}
