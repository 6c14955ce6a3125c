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
    private long relationships;
    private final Map<Status, Long> byStatus = new EnumMap<>(Status.class);
    private final Map<Category, Long> byCategory = new EnumMap<>(Category.class);
    private final Map<Severity, Long> bySeverity = new EnumMap<>(Severity.class);
    private final Map<String, Long> byRule = new java.util.HashMap<>(); // sorted once, in build()

    public Builder() {
      for (Status s : Status.values()) {
        byStatus.put(s, 0L);
      }
      for (Category c : Category.values()) {
        byCategory.put(c, 0L);
      }
      for (Severity s : Severity.values()) {
        bySeverity.put(s, 0L);
      }
    }

    /** Counts one report. */
    public Builder add(HealthReport report) {
      relationships++;
      byStatus.merge(report.status(), 1L, Long::sum);
      for (Finding f : report.findings()) {
        byCategory.merge(f.category(), 1L, Long::sum);
        bySeverity.merge(f.severity(), 1L, Long::sum);
        byRule.merge(f.ruleId(), 1L, Long::sum);
      }
      return this;
    }

    public ProgramSummary build() {
      return new ProgramSummary(relationships, byStatus, byCategory, bySeverity, byRule);
    }
  }
}
