package io.github.mentoring.rules.families;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mentoring.core.model.*;
import io.github.mentoring.rules.Category;
import io.github.mentoring.rules.HealthCheck;
import io.github.mentoring.rules.Policy;
import io.github.mentoring.rules.Subject;
import io.github.mentoring.rules.testkit.RuleVerifier;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AgreementRulesTest {
  static final LocalDate AS_OF = LocalDate.of(2026, 11, 27);

  final RuleVerifier rules = RuleVerifier.builtIn();

  /** The same rules with a longer preparation lead and a later roadmap. */
  static final RuleVerifier PATIENT = RuleVerifier.of(HealthCheck.builder()
      .policy(Policy.defaults()
          .with("agreement.preparation-lead-days", "14")
          .with("agreement.roadmap-after-days", "60"))
      .build());

  // ---- helpers ------------------------------------------------------------------------------

  /** An agreement with every element. */
  static Agreement full() {
    return Agreement.builder()
        .objective("move into a team lead role within a year")
        .addMeetingFormats(Channel.VIDEO, Channel.IN_PERSON)
        .meetingFrequency(Period.ofWeeks(2))
        .plannedLength(Period.ofMonths(6))
        .earlyEndingPlan("either partner may ask for a closing talk at any time")
        .addAvailability(Availability.builder().partner(PartnerRole.MENTOR)
            .day(DayOfWeek.TUESDAY).from(LocalTime.of(9, 0)).until(LocalTime.of(11, 0)).build())
        .meetingMinutes(45)
        .cancellation(CancellationPolicy.builder().channel(Channel.CHAT)
            .minimumNotice(Duration.ofHours(24)).build())
        .agenda(AgendaPolicy.builder().sentAhead(true).mentorAddsInput(true).build())
        .confidentiality("what is said stays between us")
        .boundaries(Boundaries.builder().addContactChannels(Channel.EMAIL)
            .contactHours("weekdays").build())
        .addActivities("role-play an interview")
        .addTopics("time management")
        .build();
  }

  static Roadmap roadmap() {
    return Roadmap.builder().addEntries(RoadmapEntry.builder().meetingNumber(2)
        .topic("industry trends").build()).build();
  }

  static Relationship.Builder formal(Phase phase, LocalDate start) {
    return Relationship.builder().id("r-1").mentor(Partner.of("ada")).mentee(Partner.of("ben"))
        .kind(RelationshipKind.FORMAL).phase(phase).startDate(start);
  }

  /** Formal, active for two months, with a roadmap and this agreement. */
  static Relationship activeWith(Agreement agreement) {
    return formal(Phase.ACTIVE, AS_OF.minusMonths(2)).agreement(agreement).roadmap(roadmap())
        .build();
  }

  static Relationship establishingWith(Agreement agreement) {
    return formal(Phase.ESTABLISHING, AS_OF.minusDays(10)).agreement(agreement).build();
  }

  /** Expects the rule to flag the element on the changed agreement, and not on the full one. */
  void flagsOnlyWhenMissing(String ruleId, String element, Agreement without) {
    rules.verify(ruleId).given(activeWith(without)).asOf(AS_OF)
        .firesTimes(1).about(Subject.Kind.AGREEMENT, "r-1").withEvidence("element", element);
    rules.verify(ruleId).given(activeWith(full())).asOf(AS_OF).doesNotFire();
  }

  static Preparation prepared() {
    return Preparation.builder().wants("w").brings("b").expects("e").build();
  }

  static Meeting meeting(String id, LocalDate day, MeetingStatus status) {
    return Meeting.builder().id(id).scheduledAt(day.atTime(17, 0)).status(status).build();
  }

  /** Preparing; the mentor is prepared, the mentee not; the first meeting this many days ahead. */
  static Relationship firstMeetingIn(int days) {
    return formal(Phase.PREPARING, AS_OF.minusDays(3)).mentorPreparation(prepared())
        .addMeetings(meeting("m1", AS_OF.plusDays(days), MeetingStatus.SCHEDULED)).build();
  }

  // ---- the agreement itself -----------------------------------------------------------------

  @Test
  void anActiveFormalRelationshipWithoutAnAgreementIsCritical() {
    Relationship none = formal(Phase.ACTIVE, AS_OF.minusMonths(2)).roadmap(roadmap()).build();
    rules.verify("agreement.missing").given(none).asOf(AS_OF)
        .fires().about(Subject.Kind.RELATIONSHIP, "r-1").withEvidence("daysSinceStart", 61);
    rules.verify("agreement.missing").given(activeWith(full())).asOf(AS_OF).doesNotFire();
  }

  @Test
  void anAgreementStillBeingWrittenIsNotYetMissing() {
    Relationship establishing = formal(Phase.ESTABLISHING, AS_OF.minusDays(10)).build();
    rules.verify("agreement.missing").given(establishing).asOf(AS_OF).doesNotFire();
  }

  @Test
  void anInformalRelationshipNeedsNoWrittenAgreement() {
    Relationship informal = formal(Phase.ACTIVE, AS_OF.minusMonths(2))
        .kind(RelationshipKind.INFORMAL).agreement(Agreement.builder().build()).build();
    var report = rules.healthCheck().check(informal, AS_OF);
    assertThat(report.findings()).noneMatch(f -> f.category() == Category.AGREEMENT_GAP);
  }

  @Test
  void aFullAgreementHasNoGaps() {
    var report = rules.healthCheck().check(activeWith(full()), AS_OF);
    assertThat(report.findings()).noneMatch(f -> f.category() == Category.AGREEMENT_GAP);
  }

  @Test
  void aDraftAgreementWhileEstablishingIsWorkInProgress() {
    var report = rules.healthCheck().check(establishingWith(Agreement.builder().build()), AS_OF);
    assertThat(report.findings()).noneMatch(f -> f.category() == Category.AGREEMENT_GAP);
  }

  // ---- elements -----------------------------------------------------------------------------

  @Test
  void anAgreementWithoutAnObjectiveLeavesTheGoalsWithoutAnAnchor() {
    flagsOnlyWhenMissing("agreement.objective-missing", "objective",
        full().withObjective(Optional.empty()));
  }

  @Test
  void anAgreementThatNamesNoWayToMeetLacksFormats() {
    flagsOnlyWhenMissing("agreement.formats-missing", "meeting-formats",
        full().withMeetingFormats(List.of()));
  }

  @Test
  void anAgreementWithoutARhythmLacksAFrequency() {
    flagsOnlyWhenMissing("agreement.frequency-missing", "frequency",
        full().withMeetingFrequency(Optional.empty()));
    rules.verify("agreement.frequency-missing")
        .given(activeWith(full().withMeetingFrequency(Optional.empty()))).asOf(AS_OF)
        .fires().withEvidence("assumedIntervalDays", 14);
  }

  @Test
  void anAgreementWithNeitherLengthNorEndDoesNotSayWhenItIsDone() {
    flagsOnlyWhenMissing("agreement.length-missing", "length",
        full().withPlannedLength(Optional.empty()));
  }

  @Test
  void aPlannedEndOnTheRelationshipIsEnoughLength() {
    Relationship r = formal(Phase.ACTIVE, AS_OF.minusMonths(2)).plannedEnd(AS_OF.plusMonths(3))
        .agreement(full().withPlannedLength(Optional.empty())).roadmap(roadmap()).build();
    rules.verify("agreement.length-missing").given(r).asOf(AS_OF).doesNotFire();
  }

  @Test
  void anAgreementWithoutAWayToEndEarlyRisksASilentEnd() {
    flagsOnlyWhenMissing("agreement.early-ending-plan-missing", "early-ending-plan",
        full().withEarlyEndingPlan(Optional.empty()));
  }

  @Test
  void anAgreementWithoutAvailabilityMakesEveryDateANegotiation() {
    flagsOnlyWhenMissing("agreement.availability-missing", "availability",
        full().withAvailability(List.of()));
  }

  @Test
  void anAgreementWithoutAMeetingLengthLacksIt() {
    flagsOnlyWhenMissing("agreement.meeting-length-missing", "meeting-length",
        full().withMeetingMinutes(Optional.empty()));
  }

  @Test
  void anAgreementThatSaysNothingAboutCancellingLacksACancellationPolicy() {
    flagsOnlyWhenMissing("agreement.cancellation-missing", "cancellation",
        full().withCancellation(Optional.empty()));
    rules.verify("agreement.cancellation-missing")
        .given(activeWith(full().withCancellation(CancellationPolicy.builder().build())))
        .asOf(AS_OF).fires().withEvidence("assumedNoticeHours", 24);
    rules.verify("agreement.cancellation-missing")
        .given(activeWith(full().withCancellation(CancellationPolicy.builder()
            .minimumNotice(Duration.ofHours(12)).build())))
        .asOf(AS_OF).doesNotFire();
  }

  @Test
  void anAgreementSilentOnAgendasLacksAnAgendaPolicy() {
    flagsOnlyWhenMissing("agreement.agenda-policy-missing", "agenda-policy",
        full().withAgenda(Optional.empty()));
    // Agreeing that no agenda is sent is still a policy.
    rules.verify("agreement.agenda-policy-missing")
        .given(activeWith(full().withAgenda(AgendaPolicy.builder().sentAhead(false)
            .mentorAddsInput(false).build())))
        .asOf(AS_OF).doesNotFire();
  }

  @Test
  void anAgreementSilentOnConfidentialityLacksIt() {
    flagsOnlyWhenMissing("agreement.confidentiality-missing", "confidentiality",
        full().withConfidentiality(Optional.empty()));
  }

  @Test
  void emptyBoundariesAreNoBoundaries() {
    flagsOnlyWhenMissing("agreement.boundaries-missing", "boundaries",
        full().withBoundaries(Optional.empty()));
    rules.verify("agreement.boundaries-missing")
        .given(activeWith(full().withBoundaries(Boundaries.builder().build()))).asOf(AS_OF)
        .fires();
    rules.verify("agreement.boundaries-missing")
        .given(activeWith(full().withBoundaries(Boundaries.builder().menteeRole("drives").build())))
        .asOf(AS_OF).doesNotFire();
  }

  @Test
  void anAgreementWithNeitherActivitiesNorTopicsLacksContent() {
    flagsOnlyWhenMissing("agreement.activities-missing", "activities",
        full().withActivities(List.of()).withTopics(List.of()));
    rules.verify("agreement.activities-missing")
        .given(activeWith(full().withActivities(List.of()))).asOf(AS_OF).doesNotFire();
  }

  // ---- preparation --------------------------------------------------------------------------

  @Test
  void aMenteeUnpreparedAWeekBeforeTheFirstMeetingIsFlagged() {
    rules.verify("agreement.preparation-missing").given(firstMeetingIn(7)).asOf(AS_OF)
        .firesTimes(1).about(Subject.Kind.PARTNER, "mentee")
        .withEvidence("partnerId", "ben").withEvidence("daysUntilFirstMeeting", 7)
        .withEvidence("firstMeetingHeld", false);
    rules.verify("agreement.preparation-missing").given(firstMeetingIn(8)).asOf(AS_OF)
        .doesNotFire();
  }

  @Test
  void halfAnsweredPreparationIsNotPreparation() {
    Relationship r = Relationship.builder().from(firstMeetingIn(2))
        .menteePreparation(Preparation.builder().wants("w").brings("b").build()).build();
    rules.verify("agreement.preparation-missing").given(r).asOf(AS_OF)
        .firesTimes(1).about(Subject.Kind.PARTNER, "mentee");
  }

  @Test
  void noScheduledFirstMeetingMeansNoDeadlineForPreparationYet() {
    Relationship r = formal(Phase.PREPARING, AS_OF.minusDays(3)).build();
    rules.verify("agreement.preparation-missing").given(r).asOf(AS_OF).doesNotFire();
  }

  @Test
  void aFirstMeetingHeldWithoutPreparationWhileEstablishingIsFlaggedForBoth() {
    Relationship r = formal(Phase.ESTABLISHING, AS_OF.minusDays(20))
        .addMeetings(meeting("m1", AS_OF.minusDays(5), MeetingStatus.HELD)).build();
    rules.verify("agreement.preparation-missing").given(r).asOf(AS_OF)
        .firesTimes(2).about(Subject.Kind.PARTNER, "mentor").about(Subject.Kind.PARTNER, "mentee")
        .withEvidence("firstMeetingHeld", true);
  }

  @Test
  void preparationIsNoLongerJudgedOnceActive() {
    Relationship r = formal(Phase.ACTIVE, AS_OF.minusDays(20)).agreement(full())
        .addMeetings(meeting("m1", AS_OF.minusDays(5), MeetingStatus.HELD)).build();
    rules.verify("agreement.preparation-missing").given(r).asOf(AS_OF).doesNotFire();
  }

  // ---- roadmap ------------------------------------------------------------------------------

  static SmartGoal goal() {
    return SmartGoal.builder().id("g1")
        .statement("lead two team retrospectives and get written feedback from my manager")
        .build();
  }

  @Test
  void aFormalRelationshipActiveForAMonthWithGoalsButNoRoadmapIsDriftingTopicToTopic() {
    Relationship r = formal(Phase.ACTIVE, AS_OF.minusDays(31)).agreement(full())
        .addGoals(goal()).build();
    rules.verify("agreement.roadmap-missing").given(r).asOf(AS_OF)
        .fires().about(Subject.Kind.RELATIONSHIP, "r-1").withEvidence("daysSinceStart", 31);
    Relationship younger = formal(Phase.ACTIVE, AS_OF.minusDays(30)).agreement(full())
        .addGoals(goal()).build();
    rules.verify("agreement.roadmap-missing").given(younger).asOf(AS_OF).doesNotFire();
  }

  @Test
  void withNoGoalThereIsNothingToPlanARoadmapFromSoOnlyTheMissingGoalsAreReported() {
    Relationship r = formal(Phase.ACTIVE, AS_OF.minusDays(45)).agreement(full())
        .roadmap(Roadmap.builder().build()).build();
    rules.verify("agreement.roadmap-missing").given(r).asOf(AS_OF).doesNotFire();
    rules.verify("goals.missing").given(r).asOf(AS_OF).fires();
  }

  @Test
  void anEmptyRoadmapIsNoRoadmap() {
    Relationship empty = formal(Phase.ACTIVE, AS_OF.minusDays(40)).agreement(full())
        .addGoals(goal()).roadmap(Roadmap.builder().build()).build();
    rules.verify("agreement.roadmap-missing").given(empty).asOf(AS_OF).fires();
    rules.verify("agreement.roadmap-missing").given(activeWith(full())).asOf(AS_OF)
        .doesNotFire();
  }

  @Test
  void aPairWithGoalsAndTopicsPlannedFromThemIsNotToldToPlanARoadmap() {
    // Goals and the first weeks behind them: only the planned roadmap keeps the rule quiet.
    Relationship planned = formal(Phase.ACTIVE, AS_OF.minusDays(40)).agreement(full())
        .addGoals(goal()).roadmap(roadmap()).build();
    rules.verify("agreement.roadmap-missing").given(planned).asOf(AS_OF).doesNotFire();
  }

  // ---- policy -------------------------------------------------------------------------------

  @Test
  void aProgramCanAskForPreparationEarlierAndARoadmapLater() {
    PATIENT.verify("agreement.preparation-missing").given(firstMeetingIn(10)).asOf(AS_OF)
        .fires().withEvidence("daysUntilFirstMeeting", 10);
    rules.verify("agreement.preparation-missing").given(firstMeetingIn(10)).asOf(AS_OF)
        .doesNotFire();
    Relationship r = formal(Phase.ACTIVE, AS_OF.minusDays(45)).agreement(full())
        .addGoals(goal()).build();
    rules.verify("agreement.roadmap-missing").given(r).asOf(AS_OF).fires();
    PATIENT.verify("agreement.roadmap-missing").given(r).asOf(AS_OF).doesNotFire();
  }
}
