package io.github.mentoring.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The health of a whole program as of a date: one report per relationship judged, in input order,
 * a summary of those reports, and the relationships whose check failed (empty when every rule ran
 * to the end; see {@link CheckFailure}).
 */
public record ProgramReport(LocalDate asOf, List<HealthReport> reports, ProgramSummary summary,
    List<CheckFailure> failures) {

  public ProgramReport {
    Objects.requireNonNull(asOf, "asOf");
    reports = List.copyOf(reports);
    Objects.requireNonNull(summary, "summary");
    failures = List.copyOf(failures);
  }

  /** A program report without failures. */
  public ProgramReport(LocalDate asOf, List<HealthReport> reports, ProgramSummary summary) {
    this(asOf, reports, summary, List.of());
  }

  /** Whether every relationship was judged. */
  public boolean isComplete() {
    return failures.isEmpty();
  }

  /** A program report whose summary is counted from the reports. */
  public static ProgramReport of(LocalDate asOf, List<HealthReport> reports) {
    ProgramSummary.Builder summary = new ProgramSummary.Builder();
    reports.forEach(summary::add);
    return new ProgramReport(asOf, reports, summary.build());
  }
}
