package io.github.mentoring.examples.report.html;

import io.github.mentoring.core.model.Relationship;
import io.github.mentoring.rules.Category;
import io.github.mentoring.rules.Finding;
import io.github.mentoring.rules.FindingSpan;
import io.github.mentoring.rules.HealthCheck;
import io.github.mentoring.rules.ProgramHistory;
import io.github.mentoring.rules.RelationshipHistory;
import io.github.mentoring.rules.Status;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A program's health week by week up to the check date, from {@link HealthCheck#history}: each
 * week judged with what was known on its day, a relationship not judged before it began. Limited
 * to the same categories as the report, so that the trend and the report agree: a status is
 * worked out again from the findings of the kept categories at each step.
 */
final class WeeklyHistory {

  private final ProgramHistory history;
  private final Set<Category> kept;
  private final boolean all;
  private final Map<String, RelationshipHistory> byId = new HashMap<>();

  private WeeklyHistory(ProgramHistory history, Collection<Category> only) {
    this.history = history;
    this.all = only.isEmpty();
    this.kept = all ? EnumSet.allOf(Category.class) : EnumSet.copyOf(only);
    history.histories().forEach(h -> byId.putIfAbsent(h.relationshipId(), h));
  }

  /**
   * Replays the check weekly.
   *
   * @param healthCheck the rules
   * @param relationships the program's relationships
   * @param asOf the check date, the last step
   * @param weeks how many steps, the check date's included; days before the earliest check date
   *     are left out
   * @param only the categories kept; empty for all
   */
  static WeeklyHistory replay(HealthCheck healthCheck, Collection<Relationship> relationships,
      LocalDate asOf, int weeks, Collection<Category> only) {
    LocalDate from = asOf.minusWeeks(weeks - 1L);
    while (!HealthCheck.isCheckDateInRange(from)) {
      from = from.plusWeeks(1);
    }
    return new WeeklyHistory(healthCheck.history(relationships, from, asOf), only);
  }

  /** What the rules answered, every category included. */
  ProgramHistory history() {
    return history;
  }

  /** The days of the steps, oldest first; the last is the check date. */
  List<LocalDate> steps() {
    return history.dates();
  }

  /** A relationship's status at each step, oldest first; null where it had not begun. */
  List<Status> statuses(String relationshipId) {
    List<Status> statuses = new ArrayList<>();
    for (int i = 0; i < steps().size(); i++) {
      statuses.add(status(relationshipId, i).orElse(null));
    }
    return statuses;
  }

  /** The status of a relationship at a step, if it was judged then. */
  Optional<Status> status(String relationshipId, int step) {
    RelationshipHistory relationship = byId.get(relationshipId);
    if (relationship == null) {
      return Optional.empty();
    }
    LocalDate day = steps().get(step);
    return all ? relationship.statusOn(day) : relationship.statusOn(day, kept);
  }

  /** The first step a relationship was judged at, if any. */
  Optional<LocalDate> firstJudged(String relationshipId) {
    RelationshipHistory relationship = byId.get(relationshipId);
    return relationship == null || relationship.dates().isEmpty() ? Optional.empty()
        : Optional.of(relationship.dates().get(0));
  }

  /**
   * The step from which a finding of the check date has been raised without a break, if the
   * history holds it.
   */
  Optional<LocalDate> raised(String relationshipId, Finding finding) {
    RelationshipHistory relationship = byId.get(relationshipId);
    if (relationship == null) {
      return Optional.empty();
    }
    return relationship.spansOf(finding.ruleId()).stream()
        .filter(s -> s.subject().equals(finding.subject()) && s.isOpen())
        .map(FindingSpan::raised).findFirst();
  }
}
