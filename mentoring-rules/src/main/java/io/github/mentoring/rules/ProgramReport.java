package io.github.mentoring.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The health of a whole program as of a date: one report per relationship judged, in input order,
 * a summary of those reports, the relationships whose check failed (empty when every rule ran
 * to the end; see {@link CheckFailure}), and each person across their relationships.
 *
 * <p>The summary counts the relationships' findings only; findings about people are in {@link
 * #people()}.
 *
 * @param asOf the check date
 * @param reports one per relationship judged, in input order
 * @param summary counts over {@code reports}
 * @param failures the relationships whose check failed
 * @param people every mentor and mentee of the judged relationships, by person id, with what the
 *     rules that judge people found; empty for a report made without them ({@link #of}, or the
 *     constructors without people)
 */
public record ProgramReport(LocalDate asOf, List<HealthReport> reports, ProgramSummary summary,
    List<CheckFailure> failures, List<PersonReport> people) {

  /** Checks the parts and makes the lists unmodifiable. */
  public ProgramReport {
    Objects.requireNonNull(asOf, "asOf");
    reports = List.copyOf(reports);
    Objects.requireNonNull(summary, "summary");
    failures = List.copyOf(failures);
    people = List.copyOf(people);
  }

  /** A program report without people. */
  public ProgramReport(LocalDate asOf, List<HealthReport> reports, ProgramSummary summary,
      List<CheckFailure> failures) {
    this(asOf, reports, summary, failures, List.of());
  }

  /** A program report without failures or people. */
  public ProgramReport(LocalDate asOf, List<HealthReport> reports, ProgramSummary summary) {
    this(asOf, reports, summary, List.of(), List.of());
  }

  /** Whether every relationship was judged. */
  public boolean isComplete() {
    return failures.isEmpty();
  }

  /** One person's report, by partner id. */
  public Optional<PersonReport> person(String personId) {
    return people.stream().filter(p -> p.personId().equals(personId)).findFirst();
  }

  /** The people the rules found something about, most serious first, then by id. */
  public List<PersonReport> flaggedPeople() {
    return people.stream().filter(p -> !p.findings().isEmpty())
        .sorted((a, b) -> {
          int c = b.status().compareTo(a.status());
          return c != 0 ? c : a.personId().compareTo(b.personId());
        })
        .toList();
  }

  /** A program report whose summary is counted from the reports (without people). */
  public static ProgramReport of(LocalDate asOf, List<HealthReport> reports) {
    ProgramSummary.Builder summary = new ProgramSummary.Builder();
    reports.forEach(summary::add);
    return new ProgramReport(asOf, reports, summary.build());
  }
}
