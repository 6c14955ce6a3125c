package io.github.mentoring.rules;

import java.util.Collection;

/**
 * The overall health of one relationship, derived from its findings: {@link #AT_RISK} if any
 * finding is critical, {@link #NEEDS_ATTENTION} if any is a warning, else {@link #HEALTHY}
 * (informational findings alone leave a relationship healthy).
 */
public enum Status {
  HEALTHY,
  NEEDS_ATTENTION,
  AT_RISK;

  /** The status that a set of findings gives, by the rule above. */
  public static Status of(Collection<Finding> findings) {
    Status status = HEALTHY;
    for (Finding finding : findings) {
      if (finding.severity() == Severity.CRITICAL) {
        return AT_RISK;
      }
      if (finding.severity() == Severity.WARNING) {
        status = NEEDS_ATTENTION;
      }
    }
    return status;
  }
}
