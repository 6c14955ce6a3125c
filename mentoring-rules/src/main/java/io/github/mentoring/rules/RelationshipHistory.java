package io.github.mentoring.rules;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The health of one relationship over time: the check replayed at each step of a period, each
 * step judged with what was known on its day (a meeting, update or closure dated later is
 * unknown at that step, as in any check). Made by {@link HealthCheck#history}.
 *
 * <p>Steps before the relationship's start date are not judged: nothing was known about it then.
 * So {@link #dates()} may begin later than the period asked for, and is empty for a relationship
 * that starts after it. The relationship's phase is judged as recorded at every step (the model
 * keeps the phase it is in now, not the phases it went through).
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * RelationshipHistory history = healthCheck.history(relationship,
 *     LocalDate.of(2026, 1, 5), LocalDate.of(2026, 11, 30));       // weekly steps
 * for (FindingSpan span : history.spans()) {
 *   System.out.println(span.ruleId() + " raised " + span.raised()
 *       + span.resolved().map(d -> ", resolved " + d).orElse(", still open"));
 * }
 * }</pre>
 *
 * @param relationshipId the relationship's id
 * @param dates the judged steps, oldest first
 * @param statuses the status at each judged step, in the order of {@code dates}
 * @param spans each stretch during which a finding stayed raised, in the order they began (then
 *     by rule id and subject)
 * @param latest the report at the last judged step, with every finding's evidence and advice;
 *     empty when no step was judged
 */
public record RelationshipHistory(String relationshipId, List<LocalDate> dates,
    List<Status> statuses, List<FindingSpan> spans, Optional<HealthReport> latest) {

  /** Checks the parts: no nulls, a status per date. */
  public RelationshipHistory {
    Objects.requireNonNull(relationshipId, "relationshipId");
    dates = List.copyOf(dates);
    statuses = List.copyOf(statuses);
    spans = List.copyOf(spans);
    Objects.requireNonNull(latest, "latest");
    if (dates.size() != statuses.size()) {
      throw new IllegalArgumentException("a status per step: " + dates.size() + " steps, "
          + statuses.size() + " statuses");
    }
  }

  /** The status judged at {@code day}, if it is one of the steps. */
  public Optional<Status> statusOn(LocalDate day) {
    int at = Collections.binarySearch(dates, day);
    return at >= 0 ? Optional.of(statuses.get(at)) : Optional.empty();
  }

  /**
   * The status at {@code day}, if it is one of the steps, counted from the findings of some
   * categories only (as {@code mentoring check --only} counts it): at risk with a critical
   * finding of theirs, needing attention with a warning, else healthy. All categories give
   * {@link #statusOn(LocalDate)}.
   */
  public Optional<Status> statusOn(LocalDate day, Set<Category> categories) {
    Optional<Status> judged = statusOn(day);
    if (judged.isEmpty() || categories.containsAll(EnumSet.allOf(Category.class))) {
      return judged;
    }
    Status status = Status.HEALTHY;
    for (FindingSpan span : spans) {
      if (categories.contains(span.category())) {
        Optional<Severity> severity = span.levelOn(day).map(FindingSpan.Level::severity);
        if (severity.isPresent() && severity.get() == Severity.CRITICAL) {
          return Optional.of(Status.AT_RISK);
        }
        if (severity.isPresent() && severity.get() == Severity.WARNING) {
          status = Status.NEEDS_ATTENTION;
        }
      }
    }
    return Optional.of(status);
  }

  /** The spans of one rule (by its own id; an escalating rule's critical id finds them too). */
  public List<FindingSpan> spansOf(String ruleId) {
    return spans.stream().filter(s -> s.ruleId().equals(ruleId)
        || s.levels().stream().anyMatch(l -> l.ruleId().equals(ruleId))).toList();
  }

  /** The spans still open at the last step: what is raised now, and since when. */
  public List<FindingSpan> openSpans() {
    return spans.stream().filter(FindingSpan::isOpen).toList();
  }

  /**
   * The first step at which a rule raised a finding about a subject, over all its spans; empty
   * if it never did.
   */
  public Optional<LocalDate> firstRaised(String ruleId, Subject subject) {
    return spansOf(ruleId).stream().filter(s -> s.subject().equals(subject))
        .map(FindingSpan::raised).findFirst();
  }

  /**
   * The first step of the run of steps, ending at the last one, at which the relationship had
   * its last status: "at risk since". Empty when no step was judged.
   */
  public Optional<LocalDate> lastStatusSince() {
    if (statuses.isEmpty()) {
      return Optional.empty();
    }
    int i = statuses.size() - 1;
    Status now = statuses.get(i);
    while (i > 0 && statuses.get(i - 1) == now) {
      i--;
    }
    return Optional.of(dates.get(i));
  }
}
