package io.github.mentoring.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The health of a whole program as of a date: one report per relationship, in input order, and a
 * summary.
 */
public record ProgramReport(LocalDate asOf, List<HealthReport> reports, ProgramSummary summary) {

  public ProgramReport {
    Objects.requireNonNull(asOf, "asOf");
    reports = List.copyOf(reports);
    Objects.requireNonNull(summary, "summary");
  }

  /** A program report whose summary is counted from the reports. */
  public static ProgramReport of(LocalDate asOf, List<HealthReport> reports) {
    ProgramSummary.Builder summary = new ProgramSummary.Builder();
    reports.forEach(summary::add);
    return new ProgramReport(asOf, reports, summary.build());
  }
}
