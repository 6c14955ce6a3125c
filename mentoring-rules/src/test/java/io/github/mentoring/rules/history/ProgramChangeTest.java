package io.github.mentoring.rules.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mentoring.rules.Category;
import io.github.mentoring.rules.Finding;
import io.github.mentoring.rules.FindingSpan;
import io.github.mentoring.rules.HealthReport;
import io.github.mentoring.rules.ProgramChange;
import io.github.mentoring.rules.ProgramReport;
import io.github.mentoring.rules.RelationshipHistory;
import io.github.mentoring.rules.Severity;
import io.github.mentoring.rules.Status;
import io.github.mentoring.rules.Subject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a coordinator reads on Monday: the change between last week's check and this week's. */
class ProgramChangeTest {

  static final LocalDate LAST_WEEK = LocalDate.of(2026, 11, 20);
  static final LocalDate THIS_WEEK = LocalDate.of(2026, 11, 27);

  static Finding quiet(String relationshipId, Severity severity) {
    return new Finding(severity == Severity.CRITICAL ? "fizzling.no-recent-meeting.critical"
        : "fizzling.no-recent-meeting", Category.FIZZLING, severity,
        new Subject(Subject.Kind.RELATIONSHIP, relationshipId), "Quiet.", Map.of(), "Meet.");
  }

  static HealthReport report(String id, LocalDate day, Severity... severities) {
    return HealthReport.of(id, day, java.util.Arrays.stream(severities)
        .map(s -> quiet(id, s)).toList());
  }

  @Test
  void aPairThatFellQuietIsNewlyAtRiskOneThatMetAgainRecoveredAndOneStillQuietStillAtRisk() {
    ProgramReport before = ProgramReport.of(LAST_WEEK, List.of(
        report("falling", LAST_WEEK, Severity.WARNING),
        report("met-again", LAST_WEEK, Severity.CRITICAL),
        report("still-quiet", LAST_WEEK, Severity.CRITICAL),
        report("fine", LAST_WEEK)));
    ProgramReport after = ProgramReport.of(THIS_WEEK, List.of(
        report("falling", THIS_WEEK, Severity.CRITICAL),
        report("met-again", THIS_WEEK),
        report("still-quiet", THIS_WEEK, Severity.CRITICAL),
        report("fine", THIS_WEEK)));

    ProgramChange change = ProgramChange.between(before, after);
    assertThat(change.newlyAtRisk()).containsExactly("falling");
    assertThat(change.recovered()).containsExactly("met-again");
    assertThat(change.stillAtRisk()).containsExactly("still-quiet");
    assertThat(change.worsened()).containsExactly("falling");
    assertThat(change.improved()).containsExactly("met-again");
    assertThat(change.rules()).containsExactly(
        new ProgramChange.RuleCount("fizzling.no-recent-meeting.critical", 2, 2),
        new ProgramChange.RuleCount("fizzling.no-recent-meeting", 1, 0));
    assertThat(change.rules().get(1).delta()).isEqualTo(-1);
  }

  @Test
  void aRelationshipNewThisWeekAndAtRiskIsNewlyAtRiskButNeitherWorseNorBetter() {
    ProgramReport before = ProgramReport.of(LAST_WEEK, List.of());
    ProgramReport after = ProgramReport.of(THIS_WEEK,
        List.of(report("new", THIS_WEEK, Severity.CRITICAL)));

    ProgramChange change = ProgramChange.between(before, after);
    assertThat(change.newlyAtRisk()).containsExactly("new");
    assertThat(change.worsened()).isEmpty();
    assertThat(change.improved()).isEmpty();
  }

  @Test
  void aRelationshipAtRiskLastWeekAndMissingThisWeekCountsAsRecovered() {
    ProgramReport before = ProgramReport.of(LAST_WEEK,
        List.of(report("gone", LAST_WEEK, Severity.CRITICAL)));
    ProgramReport after = ProgramReport.of(THIS_WEEK, List.of());

    assertThat(ProgramChange.between(before, after).recovered()).containsExactly("gone");
  }

  @Test
  void aChangeBackwardsInTimeIsRefused() {
    ProgramReport before = ProgramReport.of(LAST_WEEK, List.of());
    ProgramReport after = ProgramReport.of(THIS_WEEK, List.of());
    assertThatThrownBy(() -> ProgramChange.between(after, before))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("before 2026-11-27 is after 2026-11-20");
  }

  @Test
  void aHistoryWithAStatusMissingForAStepIsRefused() {
    assertThatThrownBy(() -> new RelationshipHistory("r1", List.of(LAST_WEEK, THIS_WEEK),
        List.of(Status.HEALTHY), List.of(), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2 steps, 1 statuses");
  }

  @Test
  void aSpanResolvedBeforeItWasRaisedOrWhoseFirstLevelIsNotItsFirstDayIsRefused() {
    Finding finding = quiet("r1", Severity.WARNING);
    List<FindingSpan.Level> levels = List.of(
        new FindingSpan.Level(LAST_WEEK, finding.ruleId(), Severity.WARNING));
    Subject subject = finding.subject();
    assertThatThrownBy(() -> new FindingSpan(finding.ruleId(), subject, Category.FIZZLING,
        LAST_WEEK, Optional.of(LAST_WEEK), levels, finding))
        .hasMessageContaining("resolved after it was raised");
    assertThatThrownBy(() -> new FindingSpan(finding.ruleId(), subject, Category.FIZZLING,
        THIS_WEEK, Optional.empty(), levels, finding))
        .hasMessageContaining("first level begins the day it was raised");
  }

  @Test
  void aSpanKnowsItsLevelOnAnyDayItCovers() {
    Finding finding = quiet("r1", Severity.CRITICAL);
    FindingSpan span = new FindingSpan("fizzling.no-recent-meeting", finding.subject(),
        Category.FIZZLING, LAST_WEEK, Optional.of(THIS_WEEK.plusWeeks(1)), List.of(
            new FindingSpan.Level(LAST_WEEK, "fizzling.no-recent-meeting", Severity.WARNING),
            new FindingSpan.Level(THIS_WEEK, finding.ruleId(), Severity.CRITICAL)), finding);

    assertThat(span.levelOn(LAST_WEEK.minusDays(1))).isEmpty();
    assertThat(span.levelOn(THIS_WEEK.minusDays(1)).orElseThrow().severity())
        .isEqualTo(Severity.WARNING);
    assertThat(span.levelOn(THIS_WEEK).orElseThrow().severity()).isEqualTo(Severity.CRITICAL);
    assertThat(span.levelOn(THIS_WEEK.plusWeeks(1))).isEmpty();
    assertThat(span.isOpen()).isFalse();
    assertThat(span.lastLevel().ruleId()).isEqualTo("fizzling.no-recent-meeting.critical");
  }
}
