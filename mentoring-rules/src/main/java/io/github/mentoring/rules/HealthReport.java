package io.github.mentoring.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The health of one relationship as of a date.
 *
 * @param relationshipId the relationship's id
 * @param asOf the date the rules judged it on
 * @param status derived from the findings by {@link Status#of}
 * @param findings in {@link Finding#ORDER}; empty for a relationship with nothing to flag
 */
public record HealthReport(
    String relationshipId, LocalDate asOf, Status status, List<Finding> findings) {

  public HealthReport {
    Objects.requireNonNull(relationshipId, "relationshipId");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(status, "status");
    findings = List.copyOf(findings);
  }

  /** A report whose status follows from its findings, which are put in {@link Finding#ORDER}. */
  public static HealthReport of(String relationshipId, LocalDate asOf, List<Finding> findings) {
    List<Finding> ordered = new java.util.ArrayList<>(findings);
    ordered.sort(Finding.ORDER); // the constructor makes the one immutable copy
    return new HealthReport(relationshipId, asOf, Status.of(ordered), ordered);
  }

  /** Whether a rule found something. */
  public boolean has(String ruleId) {
    return findings.stream().anyMatch(f -> f.ruleId().equals(ruleId));
  }

  /** The findings of one rule. */
  public List<Finding> findingsOf(String ruleId) {
    return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
  }
}
