package io.github.mentoring.rules;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts over a program's reports: relationships by status, findings by category, severity and
 * rule. Maps hold every status, category and severity (zero included), rules sorted by id.
 *
 * @param relationships how many relationships were checked
 * @param byStatus relationships per status
 * @param byCategory findings per category
 * @param bySeverity findings per severity
 * @param byRule findings per rule id
 */
public record ProgramSummary(
    long relationships,
    Map<Status, Long> byStatus,
    Map<Category, Long> byCategory,
    Map<Severity, Long> bySeverity,
    Map<String, Long> byRule) {

  public ProgramSummary {
    byStatus = Collections.unmodifiableMap(new EnumMap<>(byStatus));
    byCategory = Collections.unmodifiableMap(new EnumMap<>(byCategory));
    bySeverity = Collections.unmodifiableMap(new EnumMap<>(bySeverity));
    byRule = Collections.unmodifiableMap(new TreeMap<>(byRule));
  }

  /** The total number of findings. */
  public long findings() {
    return bySeverity.values().stream().mapToLong(Long::longValue).sum();
  }

  /** Adds reports one at a time; for summaries of streams too large to keep. Not thread-safe. */
  public static final class Builder {
    // Plain counters: this runs once per finding of every relationship checked.
    private long relationships;
    private final long[] byStatus = new long[Status.values().length];
    private final long[] byCategory = new long[Category.values().length];
    private final long[] bySeverity = new long[Severity.values().length];
    private final Map<String, long[]> byRule = new java.util.HashMap<>();

    /** An empty summary builder. */
    public Builder() {}

    /** Counts one report. */
    public Builder add(HealthReport report) {
      relationships++;
      byStatus[report.status().ordinal()]++;
      for (Finding f : report.findings()) {
        byCategory[f.category().ordinal()]++;
        bySeverity[f.severity().ordinal()]++;
        byRule.computeIfAbsent(f.ruleId(), id -> new long[1])[0]++;
      }
      return this;
    }

    /** Counts one relationship of this status (for summaries made from histories). */
    Builder count(Status status) {
      relationships++;
      byStatus[status.ordinal()]++;
      return this;
    }

    /** Counts one finding (for summaries made from histories). */
    Builder count(Category category, Severity severity, String ruleId) {
      byCategory[category.ordinal()]++;
      bySeverity[severity.ordinal()]++;
      byRule.computeIfAbsent(ruleId, id -> new long[1])[0]++;
      return this;
    }

    /** Adds the counts of another builder, e.g. one that counted another part of a program. */
    public Builder addAll(Builder other) {
      relationships += other.relationships;
      for (int i = 0; i < byStatus.length; i++) {
        byStatus[i] += other.byStatus[i];
      }
      for (int i = 0; i < byCategory.length; i++) {
        byCategory[i] += other.byCategory[i];
      }
      for (int i = 0; i < bySeverity.length; i++) {
        bySeverity[i] += other.bySeverity[i];
      }
      other.byRule.forEach((id, count) -> byRule.computeIfAbsent(id, k -> new long[1])[0]
          += count[0]);
      return this;
    }

    public ProgramSummary build() {
      Map<Status, Long> statuses = new EnumMap<>(Status.class);
      for (Status s : Status.values()) {
        statuses.put(s, byStatus[s.ordinal()]);
      }
      Map<Category, Long> categories = new EnumMap<>(Category.class);
      for (Category c : Category.values()) {
        categories.put(c, byCategory[c.ordinal()]);
      }
      Map<Severity, Long> severities = new EnumMap<>(Severity.class);
      for (Severity s : Severity.values()) {
        severities.put(s, bySeverity[s.ordinal()]);
      }
      Map<String, Long> rules = new TreeMap<>();
      byRule.forEach((id, count) -> rules.put(id, count[0]));
      return new ProgramSummary(relationships, statuses, categories, severities, rules);
    }
  }
}
