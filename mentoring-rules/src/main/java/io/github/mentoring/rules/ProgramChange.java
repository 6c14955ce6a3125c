package io.github.mentoring.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How a program changed between two check dates, "this week versus last": which relationships
 * became at risk, which recovered, which stayed at risk, and which rules fire most. Made from two
 * program reports ({@link #between}) or from two steps of a {@link ProgramHistory}.
 *
 * <p>A relationship judged on only one of the two dates (it started in between, or its check
 * failed on one of them) counts as not at risk on the other. Lists of ids are in the order of the
 * later report (the earlier one's for {@code recovered}). Immutable.
 *
 * @param before the earlier date
 * @param after the later date
 * @param newlyAtRisk at risk on {@code after}, not on {@code before}
 * @param recovered at risk on {@code before}, not on {@code after}
 * @param stillAtRisk at risk on both dates
 * @param worsened a worse status on {@code after} than on {@code before} (healthy to needs
 *     attention, or either to at risk), among relationships judged on both dates
 * @param improved a better status on {@code after}, among relationships judged on both dates
 * @param rules every rule with a finding on either date, by its count of findings on {@code
 *     after} (most first), then by id
 */
public record ProgramChange(LocalDate before, LocalDate after, List<String> newlyAtRisk,
    List<String> recovered, List<String> stillAtRisk, List<String> worsened,
    List<String> improved, List<RuleCount> rules) {

  /**
   * How often a rule fired on each date.
   *
   * @param ruleId the rule's id (the critical level's id counts its critical findings)
   * @param before findings on the earlier date
   * @param after findings on the later date
   */
  public record RuleCount(String ruleId, long before, long after) {

    /** Checks the id. */
    public RuleCount {
      Objects.requireNonNull(ruleId, "ruleId");
    }

    /** The change in findings, later minus earlier. */
    public long delta() {
      return after - before;
    }
  }

  /** Checks the parts: no nulls, {@code before} not after {@code after}. */
  public ProgramChange {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    if (before.isAfter(after)) {
      throw new IllegalArgumentException("a change goes forward in time: before " + before
          + " is after " + after);
    }
    newlyAtRisk = List.copyOf(newlyAtRisk);
    recovered = List.copyOf(recovered);
    stillAtRisk = List.copyOf(stillAtRisk);
    worsened = List.copyOf(worsened);
    improved = List.copyOf(improved);
    rules = List.copyOf(rules);
  }

  /**
   * The change between two program reports of the same program.
   *
   * @throws IllegalArgumentException if {@code before}'s date is after {@code after}'s
   */
  public static ProgramChange between(ProgramReport before, ProgramReport after) {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    return of(before.asOf(), after.asOf(), statuses(before), statuses(after),
        before.summary().byRule(), after.summary().byRule());
  }

  private static Map<String, Status> statuses(ProgramReport report) {
    Map<String, Status> byId = new LinkedHashMap<>();
    for (HealthReport r : report.reports()) {
      byId.put(r.relationshipId(), r.status());
    }
    return byId;
  }

  /** The change from each relationship's status and each rule's count on the two dates. */
  static ProgramChange of(LocalDate before, LocalDate after, Map<String, Status> statusBefore,
      Map<String, Status> statusAfter, Map<String, Long> rulesBefore,
      Map<String, Long> rulesAfter) {
    List<String> newlyAtRisk = new ArrayList<>();
    List<String> stillAtRisk = new ArrayList<>();
    List<String> worsened = new ArrayList<>();
    List<String> improved = new ArrayList<>();
    statusAfter.forEach((id, now) -> {
      Status then = statusBefore.get(id);
      if (now == Status.AT_RISK) {
        (then == Status.AT_RISK ? stillAtRisk : newlyAtRisk).add(id);
      }
      if (then != null && now.compareTo(then) > 0) {
        worsened.add(id);
      } else if (then != null && now.compareTo(then) < 0) {
        improved.add(id);
      }
    });
    List<String> recovered = new ArrayList<>();
    statusBefore.forEach((id, then) -> {
      if (then == Status.AT_RISK && statusAfter.get(id) != Status.AT_RISK) {
        recovered.add(id);
      }
    });
    Set<String> ids = new HashSet<>(rulesBefore.keySet());
    ids.addAll(rulesAfter.keySet());
    List<RuleCount> rules = new ArrayList<>(ids.size());
    for (String id : ids) {
      long was = rulesBefore.getOrDefault(id, 0L);
      long is = rulesAfter.getOrDefault(id, 0L);
      if (was > 0 || is > 0) {
        rules.add(new RuleCount(id, was, is));
      }
    }
    rules.sort(Comparator.comparingLong(RuleCount::after).reversed()
        .thenComparing(RuleCount::ruleId));
    return new ProgramChange(before, after, newlyAtRisk, recovered, stillAtRisk, worsened,
        improved, rules);
  }
}
