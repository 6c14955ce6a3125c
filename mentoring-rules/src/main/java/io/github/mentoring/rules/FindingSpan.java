package io.github.mentoring.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One stretch of a relationship's history during which a finding stayed raised: the same rule
 * about the same subject at consecutive steps. A finding that goes away and comes back later
 * makes a second span.
 *
 * <p>A rule with a critical level ({@code @critical}) keeps one span when its finding escalates
 * from warning to critical or calms down again: {@link #ruleId()} is the rule's own (warning)
 * id, and {@link #levels()} says from which step each level held. Immutable.
 *
 * @param ruleId the id of the rule's own level (for an escalating rule, not the critical id)
 * @param subject what the finding is about
 * @param category the rule's family
 * @param raised the first step at which the finding was raised
 * @param resolved the first step at which it was raised no more (it went away between the step
 *     before and this one); empty when it was still raised at the history's last step
 * @param levels the severity from each step on where it changed, oldest first; the first is
 *     dated {@code raised}
 * @param lastSeen the finding as judged at the last step it was raised, with its evidence and
 *     advice
 */
public record FindingSpan(String ruleId, Subject subject, Category category, LocalDate raised,
    Optional<LocalDate> resolved, List<Level> levels, Finding lastSeen) {

  /**
   * The severity a finding had from one step on.
   *
   * @param since the first step at this level
   * @param ruleId the id the finding had at this level (the critical id once escalated)
   * @param severity the level's severity
   */
  public record Level(LocalDate since, String ruleId, Severity severity) {

    /** Checks that no part is null. */
    public Level {
      Objects.requireNonNull(since, "since");
      Objects.requireNonNull(ruleId, "ruleId");
      Objects.requireNonNull(severity, "severity");
    }
  }

  /** Checks the parts: no nulls, at least one level, the first dated {@code raised}. */
  public FindingSpan {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(raised, "raised");
    Objects.requireNonNull(resolved, "resolved");
    levels = List.copyOf(levels);
    Objects.requireNonNull(lastSeen, "lastSeen");
    if (levels.isEmpty() || !levels.get(0).since().equals(raised)) {
      throw new IllegalArgumentException("a span's first level begins the day it was raised, "
          + raised + "; levels were " + levels);
    }
    if (resolved.isPresent() && !resolved.get().isAfter(raised)) {
      throw new IllegalArgumentException("a span is resolved after it was raised: raised "
          + raised + ", resolved " + resolved.get());
    }
  }

  /** Whether the finding was still raised at the history's last step. */
  public boolean isOpen() {
    return resolved.isEmpty();
  }

  /** Whether it was raised on {@code day}: on or after {@code raised} and before {@code resolved}. */
  public boolean coversDay(LocalDate day) {
    return !day.isBefore(raised) && resolved.map(day::isBefore).orElse(true);
  }

  /** The most severe level it reached. */
  public Severity peakSeverity() {
    Severity peak = Severity.INFO;
    for (Level level : levels) {
      if (level.severity().compareTo(peak) > 0) {
        peak = level.severity();
      }
    }
    return peak;
  }

  /** The level it had at its last step. */
  public Level lastLevel() {
    return levels.get(levels.size() - 1);
  }

  /**
   * The level it had on {@code day}, or empty if it was not raised then (between steps, the
   * level of the step before).
   */
  public Optional<Level> levelOn(LocalDate day) {
    if (!coversDay(day)) {
      return Optional.empty();
    }
    Level found = levels.get(0);
    for (Level level : levels) {
      if (level.since().isAfter(day)) {
        break;
      }
      found = level;
    }
    return Optional.of(found);
  }
}
