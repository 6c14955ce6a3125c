package io.github.mentoring.rules.internal;

import io.github.mentoring.rules.Finding;
import io.github.mentoring.rules.HealthReport;
import io.github.mentoring.rules.Status;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The findings gathered for one relationship during one check. Confined to one thread. */
public final class Judgement {

  private final String relationshipId;
  private final LocalDate asOf;
  private List<Finding> findings; // made on the first finding: many relationships have none

  public Judgement(String relationshipId, LocalDate asOf) {
    this.relationshipId = relationshipId;
    this.asOf = asOf;
  }

  public String relationshipId() {
    return relationshipId;
  }

  public void add(Finding finding) {
    if (findings == null) {
      findings = new ArrayList<>(8);
    }
    findings.add(finding);
  }

  /** The report, findings in their documented order. */
  public HealthReport report() {
    // Sorted here, where the list is private, so the report makes its one copy only.
    if (findings == null) {
      return new HealthReport(relationshipId, asOf, Status.HEALTHY, List.of());
    }
    findings.sort(Finding.ORDER);
    return new HealthReport(relationshipId, asOf, Status.of(findings), findings);
  }
}
