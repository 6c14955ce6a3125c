package io.github.mentoring.rules;

import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The health of a whole program over time: a {@link RelationshipHistory} per relationship, all
 * judged at the same steps, with a summary and a change ("this week versus last") for any step.
 * Made by {@link HealthCheck#history(java.util.Collection, LocalDate, LocalDate, java.time.Period)}.
 *
 * <p>A relationship whose check failed at some step has no history here and is named in {@link
 * #failures()} (with the first failure), as a bulk check names it. Immutable and thread-safe.
 *
 * <pre>{@code
 * ProgramHistory year = healthCheck.history(relationships,
 *     LocalDate.of(2025, 12, 1), LocalDate.of(2026, 11, 30), Period.ofWeeks(1));
 * ProgramChange week = year.latestChange();
 * System.out.println(week.newlyAtRisk().size() + " newly at risk, "
 *     + week.recovered().size() + " recovered");
 * }</pre>
 *
 * @param dates every step, oldest first; the last is the period's end
 * @param histories one per relationship judged at every step it had begun by, in input order
 * @param failures the relationships whose check failed at some step (and people whose rules
 *     failed at the last step)
 * @param people every mentor and mentee at the last step, judged by the rules about people as
 *     {@link HealthCheck#checkAll} judges them on that day (see {@link ProgramReport#people()})
 * @param personSpans each stretch during which a rule about people flagged a person (subject
 *     {@link Subject.Kind#PERSON}), the people judged at every step from how their relationships
 *     stood on that day: "over-committed since"; in the order they began, then by rule and
 *     person
 */
public record ProgramHistory(List<LocalDate> dates, List<RelationshipHistory> histories,
    List<CheckFailure> failures, List<PersonReport> people, List<FindingSpan> personSpans) {

  /** Checks the parts: no nulls, at least one step. */
  public ProgramHistory {
    dates = List.copyOf(dates);
    histories = List.copyOf(histories);
    failures = List.copyOf(failures);
    people = List.copyOf(people);
    personSpans = List.copyOf(personSpans);
    if (dates.isEmpty()) {
      throw new IllegalArgumentException("a program history has at least one step");
    }
  }

  /** Whether every relationship was judged at every step. */
  public boolean isComplete() {
    return failures.isEmpty();
  }

  /** The last step: the day the history ends. */
  public LocalDate lastDate() {
    return dates.get(dates.size() - 1);
  }

  /** The spans of the findings about one person, by partner id. */
  public List<FindingSpan> personSpansOf(String personId) {
    return personSpans.stream().filter(s -> s.subject().id().equals(personId)).toList();
  }

  /** One person at the last step, by partner id. */
  public Optional<PersonReport> person(String personId) {
    return people.stream().filter(p -> p.personId().equals(personId)).findFirst();
  }

  /**
   * The history of one relationship, by id: a search through the histories (for many look-ups,
   * index {@link #histories()} by id once).
   */
  public Optional<RelationshipHistory> history(String relationshipId) {
    return histories.stream().filter(h -> h.relationshipId().equals(relationshipId)).findFirst();
  }

  /**
   * The program's summary at one step, as a bulk check on that day would count it (over the
   * relationships begun by then, without those whose check failed at any step).
   *
   * @throws IllegalArgumentException if {@code day} is not one of the steps
   */
  public ProgramSummary summaryOn(LocalDate day) {
    requireStep(day);
    ProgramSummary.Builder summary = new ProgramSummary.Builder();
    for (RelationshipHistory history : histories) {
      Optional<Status> status = history.statusOn(day);
      if (status.isEmpty()) {
        continue;
      }
      summary.count(status.get());
      for (FindingSpan span : history.spans()) {
        span.levelOn(day).ifPresent(level ->
            summary.count(span.category(), level.severity(), level.ruleId()));
      }
    }
    return summary.build();
  }

  /**
   * The summary at every step, in the order of {@link #dates()}: the program's trend. Each equals
   * {@link #summaryOn} of its day; counted in one pass over the spans.
   */
  public List<ProgramSummary> summaries() {
    ProgramSummary.Builder[] steps = new ProgramSummary.Builder[dates.size()];
    for (int i = 0; i < steps.length; i++) {
      steps[i] = new ProgramSummary.Builder();
    }
    for (RelationshipHistory history : histories) {
      for (int k = 0; k < history.dates().size(); k++) {
        int step = Collections.binarySearch(dates, history.dates().get(k));
        if (step >= 0) {
          steps[step].count(history.statuses().get(k));
        }
      }
      for (FindingSpan span : history.spans()) {
        int step = Collections.binarySearch(dates, span.raised());
        if (step < 0) {
          continue; // not a step of this history: cannot happen for a history it made
        }
        int level = 0;
        for (; step < steps.length && span.coversDay(dates.get(step)); step++) {
          while (level + 1 < span.levels().size()
              && !span.levels().get(level + 1).since().isAfter(dates.get(step))) {
            level++;
          }
          FindingSpan.Level at = span.levels().get(level);
          steps[step].count(span.category(), at.severity(), at.ruleId());
        }
      }
    }
    return java.util.Arrays.stream(steps).map(ProgramSummary.Builder::build).toList();
  }

  /**
   * What changed between two steps.
   *
   * @throws IllegalArgumentException if either day is not a step, or {@code before} is after
   *     {@code after}
   */
  public ProgramChange change(LocalDate before, LocalDate after) {
    requireStep(before);
    requireStep(after);
    return ProgramChange.of(before, after, statuses(before), statuses(after), rules(before),
        rules(after));
  }

  /** What changed between the last two steps (the last step against itself if it is the only one). */
  public ProgramChange latestChange() {
    LocalDate last = dates.get(dates.size() - 1);
    return change(dates.size() > 1 ? dates.get(dates.size() - 2) : last, last);
  }

  private Map<String, Status> statuses(LocalDate day) {
    Map<String, Status> byId = new LinkedHashMap<>();
    for (RelationshipHistory history : histories) {
      history.statusOn(day).ifPresent(s -> byId.put(history.relationshipId(), s));
    }
    return byId;
  }

  private Map<String, Long> rules(LocalDate day) {
    Map<String, Long> counts = new HashMap<>();
    for (RelationshipHistory history : histories) {
      for (FindingSpan span : history.spans()) {
        span.levelOn(day).ifPresent(level -> counts.merge(level.ruleId(), 1L, Long::sum));
      }
    }
    return counts;
  }

  private void requireStep(LocalDate day) {
    Objects.requireNonNull(day, "day");
    if (Collections.binarySearch(dates, day) < 0) {
      throw new IllegalArgumentException(day + " is not a step of this history (steps from "
          + dates.get(0) + " to " + dates.get(dates.size() - 1) + ")");
    }
  }
}
