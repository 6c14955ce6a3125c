package io.github.mentoring.rules.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mentoring.core.model.Agreement;
import io.github.mentoring.core.model.Meeting;
import io.github.mentoring.core.model.MeetingStatus;
import io.github.mentoring.core.model.Partner;
import io.github.mentoring.core.model.Phase;
import io.github.mentoring.core.model.Relationship;
import io.github.mentoring.core.model.RelationshipKind;
import io.github.mentoring.core.testing.RelationshipGenerator;
import io.github.mentoring.rules.Category;
import io.github.mentoring.rules.FindingSpan;
import io.github.mentoring.rules.HealthCheck;
import io.github.mentoring.rules.ProgramChange;
import io.github.mentoring.rules.ProgramHistory;
import io.github.mentoring.rules.ProgramReport;
import io.github.mentoring.rules.RelationshipHistory;
import io.github.mentoring.rules.Severity;
import io.github.mentoring.rules.Status;
import io.github.mentoring.rules.Subject;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class HistoryTest {

  private static final HealthCheck HEALTH_CHECK =
      HealthCheck.builder().parallelism(2).batchSize(7).build();
  private static final LocalDate START = LocalDate.of(2026, 6, 1); // a Monday

  @AfterAll
  static void close() {
    HEALTH_CHECK.close();
  }

  /**
   * Fortnightly partners who met on 1, 15 and 29 June, then not again until 7 September; the
   * later meetings are in the record from the start, as a platform would hold them afterwards.
   */
  static Relationship quietSummer(String id) {
    var builder = Relationship.builder().id(id).mentor(Partner.of("ada")).mentee(Partner.of("ben"))
        .kind(RelationshipKind.FORMAL).phase(Phase.ACTIVE).startDate(START)
        .agreement(Agreement.builder().meetingFrequency(Period.ofWeeks(2)).build());
    List<LocalDate> held = List.of(START, START.plusWeeks(2), START.plusWeeks(4),
        LocalDate.of(2026, 9, 7), LocalDate.of(2026, 9, 21));
    for (int i = 0; i < held.size(); i++) {
      builder.addMeetings(Meeting.builder().id("m" + i).scheduledAt(held.get(i).atTime(10, 0))
          .status(MeetingStatus.HELD).build());
    }
    return builder.build();
  }

  @Test
  void aSummerWithoutMeetingsIsRaisedAWarningTurnsCriticalAndIsResolvedByTheNextMeeting() {
    RelationshipHistory history = HEALTH_CHECK.history(quietSummer("r1"), START,
        LocalDate.of(2026, 9, 14));

    List<FindingSpan> quiet = history.spansOf("fizzling.no-recent-meeting");
    assertThat(quiet).hasSize(1);
    FindingSpan span = quiet.get(0);
    // 29 June + 28 days: more than one and a half fortnights without a meeting.
    assertThat(span.raised()).isEqualTo(LocalDate.of(2026, 7, 27));
    assertThat(span.levels()).containsExactly(
        new FindingSpan.Level(LocalDate.of(2026, 7, 27), "fizzling.no-recent-meeting",
            Severity.WARNING),
        new FindingSpan.Level(LocalDate.of(2026, 8, 17), "fizzling.no-recent-meeting.critical",
            Severity.CRITICAL));
    assertThat(span.resolved()).contains(LocalDate.of(2026, 9, 7));
    assertThat(span.subject()).isEqualTo(new Subject(Subject.Kind.RELATIONSHIP, "r1"));
    assertThat(span.peakSeverity()).isEqualTo(Severity.CRITICAL);
    assertThat(span.lastSeen().evidence()).containsEntry("daysWithoutMeeting", 63);
    assertThat(history.statusOn(LocalDate.of(2026, 8, 17))).contains(Status.AT_RISK);
    assertThat(history.spansOf("fizzling.no-recent-meeting.critical")).containsExactly(span);
  }

  @Test
  void aStatusCountedFromSomeCategoriesSeesOnlyTheirFindings() {
    RelationshipHistory history = HEALTH_CHECK.history(quietSummer("r1"), START,
        LocalDate.of(2026, 9, 14));
    LocalDate critical = LocalDate.of(2026, 8, 17);
    LocalDate warning = LocalDate.of(2026, 7, 27);

    // The quiet summer is a fizzling matter: at risk for fizzling, whatever the other categories.
    assertThat(history.statusOn(critical, java.util.Set.of(Category.FIZZLING)))
        .contains(Status.AT_RISK);
    assertThat(history.statusOn(warning, java.util.Set.of(Category.FIZZLING)))
        .contains(Status.NEEDS_ATTENTION);
    // Limited to categories with nothing then, the day reads healthy.
    java.util.Set<Category> others = java.util.EnumSet.allOf(Category.class);
    others.remove(Category.FIZZLING);
    java.util.Set<Category> raisedOthers = new java.util.HashSet<>();
    history.spans().stream().filter(s -> s.coversDay(critical))
        .forEach(s -> raisedOthers.add(s.category()));
    raisedOthers.remove(Category.FIZZLING);
    others.removeAll(raisedOthers);
    assertThat(history.statusOn(critical, others)).contains(Status.HEALTHY);
    // Every category counts as the history's own status; a day that is no step has none.
    assertThat(history.statusOn(critical, java.util.EnumSet.allOf(Category.class)))
        .isEqualTo(history.statusOn(critical));
    assertThat(history.statusOn(critical.plusDays(1), java.util.Set.of(Category.FIZZLING)))
        .isEmpty();
  }

  @Test
  void aMeetingHeldAfterAStepIsUnknownAtThatStep() {
    RelationshipHistory history = HEALTH_CHECK.history(quietSummer("r1"), START,
        LocalDate.of(2026, 9, 14));

    // The meeting of 7 September is in the record, but on 31 August nobody knew it would happen.
    assertThat(history.statusOn(LocalDate.of(2026, 8, 31))).contains(Status.AT_RISK);
  }

  @Test
  void eachStepOfAHistoryJudgesAsACheckOnThatDayWould() {
    Relationship relationship = quietSummer("r1");
    RelationshipHistory history = HEALTH_CHECK.history(relationship, START,
        LocalDate.of(2026, 10, 1), Period.ofDays(5));

    for (int i = 0; i < history.dates().size(); i++) {
      LocalDate day = history.dates().get(i);
      assertThat(history.statuses().get(i)).as("status on %s", day)
          .isEqualTo(HEALTH_CHECK.check(relationship, day).status());
    }
    assertThat(history.latest().orElseThrow())
        .isEqualTo(HEALTH_CHECK.check(relationship, LocalDate.of(2026, 10, 1)));
  }

  @Test
  void aFindingStillRaisedAtTheEndHasNoResolvedDay() {
    RelationshipHistory history = HEALTH_CHECK.history(quietSummer("r1"), START,
        LocalDate.of(2026, 8, 31));

    FindingSpan span = history.spansOf("fizzling.no-recent-meeting").get(0);
    assertThat(span.resolved()).isEmpty();
    assertThat(history.openSpans()).contains(span);
    assertThat(history.lastStatusSince()).contains(LocalDate.of(2026, 8, 17));
  }

  @Test
  void theStepsEndOnTheLastDayEvenWhenTheStrideDoesNotLandOnIt() {
    assertThat(HealthCheck.historySteps(START, START.plusDays(10), Period.ofWeeks(1)))
        .containsExactly(START, START.plusWeeks(1), START.plusDays(10));
    assertThat(HealthCheck.historySteps(START, START, Period.ofWeeks(1))).containsExactly(START);
  }

  @Test
  void monthlyStepsAreCountedFromTheFirstDaySoTheyDoNotDrift() {
    assertThat(HealthCheck.historySteps(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 3, 31),
        Period.ofMonths(1))).containsExactly(LocalDate.of(2026, 1, 31),
        LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 31));
  }

  @Test
  void stepsBeforeTheRelationshipBeganAreNotJudged() {
    RelationshipHistory history = HEALTH_CHECK.history(quietSummer("r1"),
        START.minusWeeks(3), START.plusWeeks(1));

    assertThat(history.dates()).containsExactly(START, START.plusWeeks(1));
    assertThat(history.statusOn(START.minusWeeks(1))).isEmpty();
  }

  @Test
  void aRelationshipThatBeginsAfterThePeriodHasAnEmptyHistory() {
    RelationshipHistory history = HEALTH_CHECK.history(quietSummer("r1"),
        START.minusWeeks(3), START.minusDays(1));

    assertThat(history.dates()).isEmpty();
    assertThat(history.spans()).isEmpty();
    assertThat(history.latest()).isEmpty();
    assertThat(history.lastStatusSince()).isEmpty();
  }

  @Test
  void aHistoryThatRunsBackwardsWithANegativeStepIsRefusedNamingBothMistakes() {
    assertThatThrownBy(() -> HEALTH_CHECK.history(quietSummer("r1"), START, START.minusDays(1),
        Period.ofDays(-7)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("from 2026-06-01 is after to 2026-05-31")
        .hasMessageContaining("must be positive (no part negative), was P-7D");
  }

  @Test
  void aZeroStepOrAStepWithANegativePartIsRefused() {
    assertThatThrownBy(() -> HealthCheck.historySteps(START, START, Period.ZERO))
        .hasMessageContaining("must be positive");
    assertThatThrownBy(() -> HealthCheck.historySteps(START, START, Period.of(0, 1, -1)))
        .hasMessageContaining("was P1M-1D");
  }

  @Test
  void datesOutsideTheCheckRangeAreRefused() {
    assertThatThrownBy(() -> HealthCheck.historySteps(LocalDate.of(1899, 12, 31), START,
        Period.ofWeeks(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("between 1900-01-01 and 2999-12-31");
    assertThatThrownBy(() -> HealthCheck.historySteps(START, LocalDate.MAX, Period.ofWeeks(1)))
        .hasMessageContaining("between 1900-01-01 and 2999-12-31");
  }

  @Test
  void aDailyHistoryOverCenturiesIsRefusedBeforeAnythingIsJudged() {
    assertThatThrownBy(() -> HEALTH_CHECK.history(quietSummer("r1"),
        HealthCheck.EARLIEST_CHECK_DATE, HealthCheck.LATEST_CHECK_DATE, Period.ofDays(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at most 10000 steps");
    assertThat(HealthCheck.historySteps(HealthCheck.EARLIEST_CHECK_DATE,
        HealthCheck.LATEST_CHECK_DATE, Period.ofYears(1000)))
        .containsExactly(HealthCheck.EARLIEST_CHECK_DATE, LocalDate.of(2900, 1, 1),
            HealthCheck.LATEST_CHECK_DATE);
  }

  @Test
  void aHugeStepLeavesOnlyTheFirstAndLastDay() {
    assertThat(HealthCheck.historySteps(START, START.plusDays(1),
        Period.of(Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE)))
        .containsExactly(START, START.plusDays(1));
  }

  @Test
  void aProgramHistorySummarisesEachStepAsABulkCheckOnThatDayWould() {
    List<Relationship> program = new ArrayList<>(new RelationshipGenerator(14, START).list(40));
    program.add(quietSummer("quiet"));
    ProgramHistory history = HEALTH_CHECK.history(program, START.minusWeeks(4),
        START.plusWeeks(12), Period.ofWeeks(2));

    assertThat(history.isComplete()).isTrue();
    assertThat(history.histories()).hasSize(program.size());
    assertThat(history.people()).isEqualTo(HEALTH_CHECK.checkAll(program, history.lastDate())
        .people());
    List<io.github.mentoring.rules.ProgramSummary> trend = history.summaries();
    for (int i = 0; i < history.dates().size(); i++) {
      LocalDate day = history.dates().get(i);
      List<Relationship> begun = program.stream()
          .filter(r -> !r.getStartDate().isAfter(day)).toList();
      assertThat(history.summaryOn(day)).as("summary on %s", day)
          .isEqualTo(HEALTH_CHECK.checkAll(begun, day).summary())
          .isEqualTo(trend.get(i));
    }
  }

  @Test
  void theLatestChangeOfAProgramIsTheChangeBetweenItsLastTwoBulkChecks() {
    List<Relationship> program = new ArrayList<>(new RelationshipGenerator(15, START).list(30));
    program.add(quietSummer("quiet"));
    LocalDate last = LocalDate.of(2026, 8, 17);
    ProgramHistory history = HEALTH_CHECK.history(program, START, last);

    ProgramReport before = HEALTH_CHECK.checkAll(begunBy(program, last.minusWeeks(1)),
        last.minusWeeks(1));
    ProgramReport after = HEALTH_CHECK.checkAll(begunBy(program, last), last);
    ProgramChange change = history.latestChange();
    assertThat(change).isEqualTo(ProgramChange.between(before, after));
    // The quiet pair crossed three fortnights without a meeting between those two Mondays.
    assertThat(change.newlyAtRisk()).contains("quiet");
    assertThat(change.rules()).anySatisfy(rule -> {
      assertThat(rule.ruleId()).isEqualTo("fizzling.no-recent-meeting.critical");
      assertThat(rule.after()).isGreaterThan(rule.before());
    });
  }

  @Test
  void aRelationshipAtRiskOnBothDaysIsStillAtRiskAndOneNoLongerAtRiskRecovered() {
    Relationship quiet = quietSummer("quiet");
    ProgramHistory history = HEALTH_CHECK.history(List.of(quiet), START,
        LocalDate.of(2026, 9, 7));

    ProgramChange summerEnd = history.change(LocalDate.of(2026, 8, 24), LocalDate.of(2026, 8, 31));
    assertThat(summerEnd.stillAtRisk()).containsExactly("quiet");
    assertThat(summerEnd.newlyAtRisk()).isEmpty();
    ProgramChange backToMeeting = history.latestChange();
    assertThat(backToMeeting.recovered()).containsExactly("quiet");
    assertThat(backToMeeting.improved()).containsExactly("quiet");
    assertThat(backToMeeting.stillAtRisk()).isEmpty();
  }

  @Test
  void aMentorWhoseTwoPairsFellQuietIsFlaggedFromTheDayBothFizzledOnEachDayAsACheckWouldSay() {
    Relationship withBen = quietSummer("r-ben");
    Relationship withCy = quietSummer("r-cy").withMentee(Partner.of("cy"));
    List<Relationship> program = List.of(withBen, withCy);
    ProgramHistory history = HEALTH_CHECK.history(program, START, LocalDate.of(2026, 9, 28));

    List<FindingSpan> ada = history.personSpansOf("ada");
    assertThat(ada).isNotEmpty().allSatisfy(span -> {
      assertThat(span.ruleId()).isEqualTo("fizzling.over-committed-mentor");
      assertThat(span.subject()).isEqualTo(new Subject(Subject.Kind.PERSON, "ada"));
    });
    assertThat(ada.get(0).raised()).isAfter(START);
    for (LocalDate day : history.dates()) {
      boolean flagged = HEALTH_CHECK.checkAll(program, day).person("ada").orElseThrow()
          .has("fizzling.over-committed-mentor");
      assertThat(ada.stream().anyMatch(span -> span.coversDay(day))).as("ada on %s", day)
          .isEqualTo(flagged);
    }
    assertThat(history.personSpansOf("ben")).isEmpty();
  }

  @Test
  void aChangeBetweenDaysThatAreNotStepsIsRefused() {
    ProgramHistory history = HEALTH_CHECK.history(List.of(quietSummer("quiet")), START,
        START.plusWeeks(3));

    assertThatThrownBy(() -> history.change(START, START.plusDays(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2026-06-02 is not a step of this history");
    assertThat(history.history("quiet")).isPresent();
    assertThat(history.history("nobody")).isEqualTo(Optional.empty());
  }

  @Test
  void aClosedHealthCheckRefusesAHistory() {
    HealthCheck closed = HealthCheck.builder().parallelism(1).build();
    closed.close();
    assertThatThrownBy(() -> closed.history(quietSummer("r1"), START, START.plusWeeks(1)))
        .isInstanceOf(IllegalStateException.class);
  }

  private static List<Relationship> begunBy(List<Relationship> program, LocalDate day) {
    return program.stream().filter(r -> !r.getStartDate().isAfter(day)).toList();
  }
}
