package io.github.mentoring.rules.families;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mentoring.core.model.Agenda;
import io.github.mentoring.core.model.AgendaPolicy;
import io.github.mentoring.core.model.Agreement;
import io.github.mentoring.core.model.CancellationPolicy;
import io.github.mentoring.core.model.Meeting;
import io.github.mentoring.core.model.MeetingStatus;
import io.github.mentoring.core.model.Partner;
import io.github.mentoring.core.model.PartnerRole;
import io.github.mentoring.core.model.Phase;
import io.github.mentoring.core.model.ProgressKind;
import io.github.mentoring.core.model.ProgressUpdate;
import io.github.mentoring.core.model.Relationship;
import io.github.mentoring.core.model.RelationshipKind;
import io.github.mentoring.rules.HealthCheck;
import io.github.mentoring.rules.HealthReport;
import io.github.mentoring.rules.Policy;
import io.github.mentoring.rules.Subject;
import io.github.mentoring.rules.testkit.RuleVerifier;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fizzling family: a relationship losing momentum. Default policy unless a test says
 * otherwise: rhythm 14 days (formal) or 42 days (informal) when none is agreed, warning above 1.5
 * times the rhythm, critical above 3 times, 3 growing gaps, 2 missed of the last 3, 24 hours of
 * cancellation notice, 7 days without a next meeting, half the agreed length, 45 days of mentee
 * silence, agenda 24 hours ahead, meeting rules looking back 90 days.
 */
class FizzlingRulesTest {

  static final LocalDate AS_OF = LocalDate.of(2026, 11, 27);
  static final LocalDate START = LocalDate.of(2026, 6, 1);
  static final String REL = "r-1";

  final RuleVerifier rules = RuleVerifier.builtIn();

  /** Warns only above twice the rhythm instead of one and a half times. */
  static final RuleVerifier LENIENT = RuleVerifier.of(HealthCheck.builder()
      .policy(Policy.defaults().with("fizzling.warning-factor", "2.0")).build());

  // ------------------------------------------------------------------------------------------
  // Helpers: relationships and meetings built by hand, on fixed dates.
  // ------------------------------------------------------------------------------------------

  static Relationship.Builder relationship(RelationshipKind kind, Phase phase) {
    return Relationship.builder().id(REL).mentor(Partner.of("ada")).mentee(Partner.of("ben"))
        .kind(kind).phase(phase).startDate(START);
  }

  static Agreement.Builder weeklyAgreement() {
    return Agreement.builder().meetingFrequency(Period.ofWeeks(1));
  }

  /** An active formal relationship with the given agreement and meetings. */
  static Relationship formal(Agreement agreement, Meeting... meetings) {
    return relationship(RelationshipKind.FORMAL, Phase.ACTIVE).agreement(agreement)
        .addMeetings(meetings).build();
  }

  /** An active formal relationship that agreed to meet weekly. */
  static Relationship weekly(Meeting... meetings) {
    return formal(weeklyAgreement().build(), meetings);
  }

  static Relationship weeklyIn(Phase phase, Meeting... meetings) {
    return relationship(RelationshipKind.FORMAL, phase).agreement(weeklyAgreement().build())
        .addMeetings(meetings).build();
  }

  static LocalDate daysAgo(int days) {
    return AS_OF.minusDays(days);
  }

  static Meeting.Builder meeting(String id, LocalDate day, MeetingStatus status) {
    return Meeting.builder().id(id).scheduledAt(day.atTime(10, 0)).status(status);
  }

  static Meeting held(String id, LocalDate day) {
    return meeting(id, day, MeetingStatus.HELD).build();
  }

  static Meeting heldFor(String id, LocalDate day, int actualMinutes) {
    return meeting(id, day, MeetingStatus.HELD).actualMinutes(actualMinutes).build();
  }

  static Meeting upcoming(String id, LocalDate day) {
    return meeting(id, day, MeetingStatus.SCHEDULED).build();
  }

  static Meeting cancelled(String id, LocalDate day, PartnerRole by, long hoursNotice) {
    LocalDateTime at = day.atTime(10, 0);
    return meeting(id, day, MeetingStatus.CANCELLED).cancelledBy(by)
        .cancelledAt(at.minusHours(hoursNotice)).build();
  }

  static Meeting noShow(String id, LocalDate day, PartnerRole by) {
    return meeting(id, day, MeetingStatus.NO_SHOW).noShowBy(by).build();
  }

  /** A held meeting whose agenda reached the mentor this many hours before the start. */
  static Meeting heldWithAgenda(String id, LocalDate day, long hoursAhead) {
    LocalDateTime at = day.atTime(10, 0);
    return meeting(id, day, MeetingStatus.HELD).agenda(Agenda.builder().mentorInput(false)
        .sentAt(at.minusHours(hoursAhead)).build()).build();
  }

  static Agreement agendaAhead(Duration leadTime) {
    AgendaPolicy.Builder policy =
        AgendaPolicy.builder().sentAhead(true).mentorAddsInput(true);
    if (leadTime != null) {
      policy.leadTime(leadTime);
    }
    return weeklyAgreement().agenda(policy.build()).build();
  }

  static ProgressUpdate update(PartnerRole from, LocalDate day) {
    return ProgressUpdate.builder().from(from).date(day).kind(ProgressKind.PROGRESS).build();
  }

  HealthReport check(Relationship r, LocalDate asOf) {
    return rules.healthCheck().check(r, asOf);
  }

  // ------------------------------------------------------------------------------------------
  // fizzling.no-recent-meeting (warning) and fizzling.no-recent-meeting.critical
  // ------------------------------------------------------------------------------------------

  @Test
  void aWeeklyPairThatLastMetElevenDaysAgoIsWarnedAboutTheRhythm() {
    rules.verify("fizzling.no-recent-meeting").given(weekly(held("m1", daysAgo(11)))).asOf(AS_OF)
        .fires()
        .about(Subject.Kind.RELATIONSHIP, REL)
        .withEvidence("daysWithoutMeeting", 11)
        .withEvidence("intervalDays", 7)
        .withEvidence("intervalAgreed", true)
        .withEvidence("lastHeldOn", daysAgo(11));
  }

  @Test
  void aWeeklyPairThatLastMetTenDaysAgoIsStillWithinOneAndAHalfRhythms() {
    rules.verify("fizzling.no-recent-meeting").given(weekly(held("m1", daysAgo(10)))).asOf(AS_OF)
        .doesNotFire();
  }

  @Test
  void threeWeeksWithoutMeetingIsStillOnlyAWarningForAWeeklyPair() {
    Relationship r = weekly(held("m1", daysAgo(21)));
    rules.verify("fizzling.no-recent-meeting").given(r).asOf(AS_OF)
        .fires().withEvidence("daysWithoutMeeting", 21);
    rules.verify("fizzling.no-recent-meeting.critical").given(r).asOf(AS_OF).doesNotFire();
  }

  @Test
  void moreThanThreeRhythmsWithoutMeetingIsCriticalAndNoLongerAWarning() {
    Relationship r = weekly(held("m1", daysAgo(22)));
    rules.verify("fizzling.no-recent-meeting.critical").given(r).asOf(AS_OF)
        .fires()
        .about(Subject.Kind.RELATIONSHIP, REL)
        .withEvidence("daysWithoutMeeting", 22)
        .withEvidence("intervalDays", 7)
        .withEvidence("lastHeldOn", daysAgo(22));
    rules.verify("fizzling.no-recent-meeting").given(r).asOf(AS_OF).doesNotFire();
  }

  @Test
  void theWarningAndTheCriticalFindingNeverFireTogether() {
    for (int days = 0; days <= 70; days++) {
      HealthReport report = check(weekly(held("m1", daysAgo(days))), AS_OF);
      boolean warning = report.has("fizzling.no-recent-meeting");
      boolean critical = report.has("fizzling.no-recent-meeting.critical");
      assertThat(warning && critical).as("both fired after %d days", days).isFalse();
      assertThat(warning || critical).as("one fires after %d days", days).isEqualTo(days > 10);
    }
  }

  @Test
  void aPairThatNeverMetCountsTheDaysSinceTheStart() {
    Relationship r = relationship(RelationshipKind.FORMAL, Phase.ACTIVE)
        .startDate(daysAgo(15)).agreement(weeklyAgreement().build()).build();
    rules.verify("fizzling.no-recent-meeting").given(r).asOf(AS_OF)
        .fires().withEvidence("daysWithoutMeeting", 15).withEvidence("lastHeldOn", "none");
  }

  @Test
  void aFormalPairWithoutAnAgreedRhythmIsJudgedAgainstTheFormalDefault() {
    Relationship r = relationship(RelationshipKind.FORMAL, Phase.ACTIVE)
        .addMeetings(held("m1", daysAgo(22))).build();
    rules.verify("fizzling.no-recent-meeting").given(r).asOf(AS_OF)
        .fires().withEvidence("intervalDays", 14).withEvidence("intervalAgreed", false);
  }

  @Test
  void anInformalPairIsJudgedAgainstItsLooserDefaultRhythm() {
    Relationship quietMonth = relationship(RelationshipKind.INFORMAL, Phase.ACTIVE)
        .addMeetings(held("m1", daysAgo(30))).build();
    rules.verify("fizzling.no-recent-meeting").given(quietMonth).asOf(AS_OF).doesNotFire();

    Relationship quietNineWeeks = relationship(RelationshipKind.INFORMAL, Phase.ACTIVE)
        .addMeetings(held("m1", daysAgo(64))).build();
    rules.verify("fizzling.no-recent-meeting").given(quietNineWeeks).asOf(AS_OF)
        .fires().withEvidence("intervalDays", 42).withEvidence("intervalAgreed", false);
  }

  @Test
  void anInformalPairThatAgreedToMeetWeeklyIsHeldToThatRhythm() {
    Relationship r = relationship(RelationshipKind.INFORMAL, Phase.ACTIVE)
        .agreement(weeklyAgreement().build()).addMeetings(held("m1", daysAgo(11))).build();
    rules.verify("fizzling.no-recent-meeting").given(r).asOf(AS_OF)
        .fires().withEvidence("intervalDays", 7).withEvidence("intervalAgreed", true);
  }

  @Test
  void anInformalPairQuietForFourteenWeeksIsNotCriticalButAFormalOneIs() {
    Relationship informal = relationship(RelationshipKind.INFORMAL, Phase.ACTIVE)
        .addMeetings(held("m1", daysAgo(100))).build();
    rules.verify("fizzling.no-recent-meeting.critical").given(informal).asOf(AS_OF).doesNotFire();
    rules.verify("fizzling.no-recent-meeting").given(informal).asOf(AS_OF).fires();

    Relationship formal = relationship(RelationshipKind.FORMAL, Phase.ACTIVE)
        .addMeetings(held("m1", daysAgo(100))).build();
    rules.verify("fizzling.no-recent-meeting.critical").given(formal).asOf(AS_OF)
        .fires().withEvidence("intervalDays", 14).withEvidence("daysWithoutMeeting", 100);
  }

  @Test
  void aRelationshipThatIsNotActiveCannotFizzle() {
    for (Phase phase : List.of(Phase.ESTABLISHING, Phase.CLOSING)) {
      Relationship r = weeklyIn(phase, held("m1", daysAgo(60)));
      rules.verify("fizzling.no-recent-meeting").given(r).asOf(AS_OF).doesNotFire();
      rules.verify("fizzling.no-recent-meeting.critical").given(r).asOf(AS_OF).doesNotFire();
    }
  }

  @Test
  void aMeetingHeldAfterTheCheckDateDoesNotCountAsHeldOnIt() {
    Relationship r = weekly(held("m1", daysAgo(14)), held("m2", AS_OF.plusDays(2)));
    rules.verify("fizzling.no-recent-meeting").given(r).asOf(AS_OF)
        .fires()
        .withEvidence("daysWithoutMeeting", 14)
        .withEvidence("lastHeldOn", daysAgo(14));
    rules.verify("fizzling.no-recent-meeting").given(r).asOf(AS_OF.plusDays(3)).doesNotFire();
  }

  @Test
  void aLenientWarningFactorLetsAWeeklyPairGoTwoWeeksWithoutAWarning() {
    Relationship elevenDays = weekly(held("m1", daysAgo(11)));
    rules.verify("fizzling.no-recent-meeting").given(elevenDays).asOf(AS_OF).fires();
    LENIENT.verify("fizzling.no-recent-meeting").given(elevenDays).asOf(AS_OF).doesNotFire();
    LENIENT.verify("fizzling.no-recent-meeting").given(weekly(held("m1", daysAgo(14))))
        .asOf(AS_OF).doesNotFire();
    LENIENT.verify("fizzling.no-recent-meeting").given(weekly(held("m1", daysAgo(15))))
        .asOf(AS_OF).fires().withEvidence("daysWithoutMeeting", 15);
  }

  // ------------------------------------------------------------------------------------------
  // fizzling.growing-gaps
  // ------------------------------------------------------------------------------------------

  /** Held meetings 7 and then 10 days apart, the last one {@code openGap} days before AS_OF. */
  static Relationship gapsSevenTenThen(int openGap, Meeting... more) {
    LocalDate third = daysAgo(openGap);
    LocalDate second = third.minusDays(10);
    LocalDate first = second.minusDays(7);
    return weekly(concat(List.of(held("m1", first), held("m2", second), held("m3", third)), more));
  }

  static Meeting[] concat(List<Meeting> some, Meeting... more) {
    List<Meeting> all = new java.util.ArrayList<>(some);
    all.addAll(List.of(more));
    return all.toArray(Meeting[]::new);
  }

  @Test
  void meetingsDriftingFurtherApartEachTimeAreFlagged() {
    rules.verify("fizzling.growing-gaps").given(gapsSevenTenThen(14)).asOf(AS_OF)
        .fires()
        .about(Subject.Kind.RELATIONSHIP, REL)
        .withEvidence("gapsInDays", List.of(7, 10, 14))
        .withEvidence("intervalDays", 7);
  }

  @Test
  void theGapStillOpenOnTheCheckDateCountsAsTheLatestGap() {
    Relationship r = gapsSevenTenThen(11);
    rules.verify("fizzling.growing-gaps").given(r).asOf(AS_OF)
        .fires().withEvidence("gapsInDays", List.of(7, 10, 11));
    // Two days earlier the open gap (9 days) was still shorter than the one before it.
    rules.verify("fizzling.growing-gaps").given(r).asOf(AS_OF.minusDays(2)).doesNotFire();
  }

  @Test
  void anOpenGapShorterThanTheLastOneIsNotGrowing() {
    rules.verify("fizzling.growing-gaps").given(gapsSevenTenThen(9)).asOf(AS_OF).doesNotFire();
  }

  @Test
  void growingGapsStillWithinTheRhythmAreNotFlagged() {
    // gaps of 3, 5 and 6 days grow, but the pair still meets more often than weekly
    Relationship r = weekly(held("m1", daysAgo(14)), held("m2", daysAgo(11)),
        held("m3", daysAgo(6)));
    rules.verify("fizzling.growing-gaps").given(r).asOf(AS_OF).doesNotFire();
    rules.verify("fizzling.growing-gaps").given(r).asOf(AS_OF.plusDays(2))
        .fires().withEvidence("gapsInDays", List.of(3, 5, 8));
  }

  @Test
  void twoMeetingsAreNotEnoughToSeeATrend() {
    Relationship r = weekly(held("m1", daysAgo(27)), held("m2", daysAgo(20)));
    rules.verify("fizzling.growing-gaps").given(r).asOf(AS_OF).doesNotFire();
  }

  @Test
  void aMeetingDatedAfterTheCheckDateIsABookingThatTheOpenGapRunsTo() {
    Relationship r = gapsSevenTenThen(14, held("m4", AS_OF.plusDays(1)));
    rules.verify("fizzling.growing-gaps").given(r).asOf(AS_OF)
        .fires().withEvidence("gapsInDays", List.of(7, 10, 15))
        .withEvidence("nextOn", AS_OF.plusDays(1).toString());
  }

  /**
   * A fortnightly pair whose meetings drift: 14, 14, 28, 42 and 56 days apart, the last held five
   * days ago, and the next booked 63 days out.
   */
  static Relationship fortnightlyDriftingThenBooked(int bookedInDays) {
    LocalDate last = daysAgo(5);
    int[] gaps = {56, 42, 28, 14, 14};
    List<Meeting> meetings = new java.util.ArrayList<>();
    LocalDate day = last;
    meetings.add(held("m6", day));
    for (int i = 0; i < gaps.length; i++) {
      day = day.minusDays(gaps[i]);
      meetings.add(0, held("m" + (5 - i), day));
    }
    meetings.add(upcoming("m7", AS_OF.plusDays(bookedInDays)));
    return relationship(RelationshipKind.FORMAL, Phase.ACTIVE)
        .startDate(day.minusDays(1))
        .agreement(Agreement.builder().meetingFrequency(Period.ofWeeks(2)).build())
        .addMeetings(meetings.toArray(Meeting[]::new)).build();
  }

  @Test
  void driftIsSeenWhenTheNextMeetingIsBookedFarBeyondTheRhythmNotWeeksLater() {
    // Before: nothing fired until seven weeks later, as the open gap was counted only up to the
    // check date and the booking was ignored.
    Relationship r = fortnightlyDriftingThenBooked(63);
    rules.verify("fizzling.growing-gaps").given(r).asOf(AS_OF)
        .fires().withEvidence("gapsInDays", List.of(42, 56, 68))
        .having("a message naming the booking", f -> f.message().contains(AS_OF.plusDays(63).toString()));
    rules.verify("fizzling.next-meeting-far-off").given(r).asOf(AS_OF)
        .fires().withEvidence("plannedGapDays", 68).withEvidence("intervalDays", 14)
        .withEvidence("nextOn", AS_OF.plusDays(63).toString());
  }

  @Test
  void aBookingThatRestoresTheRhythmEndsTheDrift() {
    Relationship r = fortnightlyDriftingThenBooked(9); // 14 days after the last held meeting
    rules.verify("fizzling.growing-gaps").given(r).asOf(AS_OF).doesNotFire();
    rules.verify("fizzling.next-meeting-far-off").given(r).asOf(AS_OF).doesNotFire();
  }

  // ------------------------------------------------------------------------------------------
  // fizzling.next-meeting-far-off
  // ------------------------------------------------------------------------------------------

  @Test
  void aWeeklyPairBookingTheNextMeetingTenDaysOnIsWithinTheWarningFactorButElevenIsNot() {
    // 1.5 times a weekly rhythm is 10.5 days.
    Relationship within = weekly(held("m1", daysAgo(3)), upcoming("m2", AS_OF.plusDays(7)));
    rules.verify("fizzling.next-meeting-far-off").given(within).asOf(AS_OF).doesNotFire();
    Relationship beyond = weekly(held("m1", daysAgo(3)), upcoming("m2", AS_OF.plusDays(8)));
    rules.verify("fizzling.next-meeting-far-off").given(beyond).asOf(AS_OF)
        .fires().withEvidence("plannedGapDays", 11).withEvidence("lastHeldOn", daysAgo(3).toString());
  }

  @Test
  void anInformalPairMeetingAsNeededHasNoRhythmForABookingToBreak() {
    Relationship r = relationship(RelationshipKind.INFORMAL, Phase.ACTIVE)
        .addMeetings(held("m1", daysAgo(3)), upcoming("m2", AS_OF.plusDays(80))).build();
    rules.verify("fizzling.next-meeting-far-off").given(r).asOf(AS_OF).doesNotFire();
  }

  @Test
  void growingGapsInARelationshipThatIsClosingAreNotFizzling() {
    Relationship r = relationship(RelationshipKind.FORMAL, Phase.CLOSING)
        .agreement(weeklyAgreement().build())
        .addMeetings(held("m1", daysAgo(31)), held("m2", daysAgo(24)), held("m3", daysAgo(14)))
        .build();
    rules.verify("fizzling.growing-gaps").given(r).asOf(AS_OF).doesNotFire();
  }

  // ------------------------------------------------------------------------------------------
  // fizzling.repeated-cancellations
  // ------------------------------------------------------------------------------------------

  @Test
  void fourOfTheLastSevenCancelledByTheMentorIsReportedAsSuchNotAsTwoOfThree() {
    // Before: a fixed window of three meetings read this as "2 of the last 3".
    Relationship r = weekly(held("m1", daysAgo(56)),
        cancelled("m2", daysAgo(49), PartnerRole.MENTOR, 48), held("m3", daysAgo(42)),
        cancelled("m4", daysAgo(35), PartnerRole.MENTOR, 48), held("m5", daysAgo(28)),
        cancelled("m6", daysAgo(21), PartnerRole.MENTOR, 48), held("m7", daysAgo(14)),
        cancelled("m8", daysAgo(7), PartnerRole.MENTOR, 48));
    rules.verify("fizzling.repeated-cancellations").given(r).asOf(AS_OF)
        .fires().withEvidence("missed", 4).withEvidence("ofLast", 7)
        .withEvidence("byMentor", 4).withEvidence("byMentee", 0)
        .having("a message naming the mentor alone",
            f -> f.message().contains("all by the mentor") && !f.message().contains("mentee"));
  }

  @Test
  void threeMeetingsHeldInARowEndAPatternOfCancellations() {
    Relationship recovered = weekly(
        cancelled("m1", daysAgo(56), PartnerRole.MENTEE, 48),
        cancelled("m2", daysAgo(49), PartnerRole.MENTEE, 48),
        cancelled("m3", daysAgo(42), PartnerRole.MENTEE, 48),
        cancelled("m4", daysAgo(35), PartnerRole.MENTEE, 48),
        cancelled("m5", daysAgo(28), PartnerRole.MENTEE, 48),
        held("m6", daysAgo(21)), held("m7", daysAgo(14)), held("m8", daysAgo(7)));
    rules.verify("fizzling.repeated-cancellations").given(recovered).asOf(AS_OF).doesNotFire();
    Relationship notYet = weekly(
        cancelled("m1", daysAgo(56), PartnerRole.MENTEE, 48),
        cancelled("m2", daysAgo(49), PartnerRole.MENTEE, 48),
        cancelled("m3", daysAgo(42), PartnerRole.MENTEE, 48),
        cancelled("m4", daysAgo(35), PartnerRole.MENTEE, 48),
        cancelled("m5", daysAgo(28), PartnerRole.MENTEE, 48),
        held("m6", daysAgo(21)), held("m7", daysAgo(14)));
    rules.verify("fizzling.repeated-cancellations").given(notYet).asOf(AS_OF)
        .fires().withEvidence("missed", 5).withEvidence("ofLast", 7);
  }

  @Test
  void halfTheLatestMeetingsCancelledIsNotYetMostOfThem() {
    Relationship r = weekly(held("m1", daysAgo(28)),
        cancelled("m2", daysAgo(21), PartnerRole.MENTOR, 48), held("m3", daysAgo(14)),
        cancelled("m4", daysAgo(7), PartnerRole.MENTEE, 48));
    // 2 of the last 3 is most of them; 2 of the last 4 is not: the finding names the 3.
    rules.verify("fizzling.repeated-cancellations").given(r).asOf(AS_OF)
        .fires().withEvidence("missed", 2).withEvidence("ofLast", 3);
    Relationship half = weekly(held("m1", daysAgo(28)),
        cancelled("m2", daysAgo(21), PartnerRole.MENTOR, 48), held("m3", daysAgo(14)),
        held("m4", daysAgo(10)), cancelled("m5", daysAgo(7), PartnerRole.MENTEE, 48));
    rules.verify("fizzling.repeated-cancellations").given(half).asOf(AS_OF).doesNotFire();
  }

  @Test
  void aCancelledMeetingMovedToANewDateIsNotAMissedMeeting() {
    Meeting m3 = cancelled("m3", daysAgo(7), PartnerRole.MENTOR, 48);
    Meeting replacement = Meeting.builder().from(held("m4", daysAgo(5))).replaces("m3").build();
    Relationship moved = weekly(held("m1", daysAgo(21)),
        cancelled("m2", daysAgo(14), PartnerRole.MENTOR, 48), m3, replacement);
    rules.verify("fizzling.repeated-cancellations").given(moved).asOf(AS_OF).doesNotFire();
    Relationship notMoved = weekly(held("m1", daysAgo(21)),
        cancelled("m2", daysAgo(14), PartnerRole.MENTOR, 48), m3, held("m4", daysAgo(5)));
    rules.verify("fizzling.repeated-cancellations").given(notMoved).asOf(AS_OF)
        .fires().withEvidence("missed", 2).withEvidence("moved", 0);
  }

  @Test
  void sharingAnArticleIsAnUpdateFromTheMentee() {
    Relationship r = relationship(RelationshipKind.FORMAL, Phase.ACTIVE)
        .agreement(weeklyAgreement().build()).startDate(daysAgo(120))
        .addMeetings(held("m1", daysAgo(3)), upcoming("m2", AS_OF.plusDays(4)))
        .addProgressUpdates(ProgressUpdate.builder().from(PartnerRole.MENTEE)
            .date(daysAgo(10)).kind(ProgressKind.RESOURCE_SHARED).build())
        .build();
    rules.verify("fizzling.silent-mentee").given(r).asOf(AS_OF).doesNotFire();
  }

  @Test
  void twoOfTheLastThreeMeetingsCalledOffSaysWhoCalledThemOff() {
    Relationship r = weekly(held("m1", daysAgo(21)),
        cancelled("m2", daysAgo(14), PartnerRole.MENTOR, 48),
        noShow("m3", daysAgo(7), PartnerRole.MENTEE));
    rules.verify("fizzling.repeated-cancellations").given(r).asOf(AS_OF)
        .fires()
        .about(Subject.Kind.RELATIONSHIP, REL)
        .withEvidence("missed", 2)
        .withEvidence("ofLast", 3)
        .withEvidence("byMentor", 1)
        .withEvidence("byMentee", 1);
  }

  @Test
  void aMenteeWhoCancelsTwiceInARowIsNamedAsTheOneCancelling() {
    Relationship r = weekly(held("m1", daysAgo(21)),
        cancelled("m2", daysAgo(14), PartnerRole.MENTEE, 48),
        cancelled("m3", daysAgo(7), PartnerRole.MENTEE, 72));
    rules.verify("fizzling.repeated-cancellations").given(r).asOf(AS_OF)
        .fires().withEvidence("byMentor", 0).withEvidence("byMentee", 2);
  }

  @Test
  void aMentorWhoMissesTwoMeetingsIsNamedAsTheOneMissing() {
    Relationship r = weekly(noShow("m1", daysAgo(14), PartnerRole.MENTOR),
        noShow("m2", daysAgo(7), PartnerRole.MENTOR));
    rules.verify("fizzling.repeated-cancellations").given(r).asOf(AS_OF)
        .fires().withEvidence("missed", 2).withEvidence("ofLast", 2)
        .withEvidence("byMentor", 2).withEvidence("byMentee", 0);
  }

  @Test
  void oneCancellationAmongTheLastThreeMeetingsIsNotAPattern() {
    Relationship r = weekly(held("m1", daysAgo(21)),
        cancelled("m2", daysAgo(14), PartnerRole.MENTOR, 48), held("m3", daysAgo(7)));
    rules.verify("fizzling.repeated-cancellations").given(r).asOf(AS_OF).doesNotFire();
  }

  @Test
  void cancellationsOlderThanTheLastThreeMeetingsAreForgiven() {
    Relationship r = weekly(cancelled("m1", daysAgo(35), PartnerRole.MENTOR, 48),
        cancelled("m2", daysAgo(28), PartnerRole.MENTEE, 48),
        held("m3", daysAgo(21)), held("m4", daysAgo(14)), held("m5", daysAgo(7)));
    rules.verify("fizzling.repeated-cancellations").given(r).asOf(AS_OF).doesNotFire();
  }

  @Test
  void aCancellationThatHappensAfterTheCheckDateIsNotYetKnown() {
    // m4 is planned for three days after the check date and called off the day after it
    Meeting m4 = meeting("m4", AS_OF.plusDays(3), MeetingStatus.CANCELLED)
        .cancelledBy(PartnerRole.MENTOR).cancelledAt(AS_OF.plusDays(1).atTime(9, 0)).build();
    Relationship r = weekly(held("m1", daysAgo(18)), held("m2", daysAgo(11)),
        cancelled("m3", daysAgo(4), PartnerRole.MENTEE, 48), m4);
    rules.verify("fizzling.repeated-cancellations").given(r).asOf(AS_OF).doesNotFire();
    rules.verify("fizzling.repeated-cancellations").given(r).asOf(AS_OF.plusDays(3))
        .fires().withEvidence("byMentor", 1).withEvidence("byMentee", 1);
  }

  @Test
  void repeatedCancellationsBeforeTheRelationshipIsActiveAreNotFizzling() {
    Relationship r = weeklyIn(Phase.ESTABLISHING,
        cancelled("m1", daysAgo(14), PartnerRole.MENTEE, 48),
        cancelled("m2", daysAgo(7), PartnerRole.MENTEE, 48));
    rules.verify("fizzling.repeated-cancellations").given(r).asOf(AS_OF).doesNotFire();
  }

  // ------------------------------------------------------------------------------------------
  // fizzling.late-cancellation
  // ------------------------------------------------------------------------------------------

  @Test
  void aMenteeCancellingFiveHoursAheadGaveTooLittleNotice() {
    Relationship r = weekly(held("m1", daysAgo(10)),
        cancelled("m2", daysAgo(3), PartnerRole.MENTEE, 5));
    rules.verify("fizzling.late-cancellation").given(r).asOf(AS_OF)
        .firesTimes(1)
        .about(Subject.Kind.MEETING, "m2")
        .withEvidence("meetingId", "m2")
        .withEvidence("date", daysAgo(3))
        .withEvidence("cancelledBy", PartnerRole.MENTEE)
        .withEvidence("noticeHours", 5)
        .withEvidence("requiredNoticeHours", 24);
  }

  @Test
  void aCancellationAFullDayAheadGaveEnoughNotice() {
    Relationship r = weekly(held("m1", daysAgo(10)),
        cancelled("m2", daysAgo(3), PartnerRole.MENTEE, 24));
    rules.verify("fizzling.late-cancellation").given(r).asOf(AS_OF).doesNotFire();
  }

  @Test
  void theNoticeTheAgreementAsksForReplacesTheDefault() {
    Agreement twoDays = weeklyAgreement().cancellation(CancellationPolicy.builder()
        .minimumNotice(Duration.ofHours(48)).build()).build();
    Relationship r = formal(twoDays, cancelled("m1", daysAgo(3), PartnerRole.MENTOR, 30));
    rules.verify("fizzling.late-cancellation").given(r).asOf(AS_OF)
        .fires().withEvidence("cancelledBy", PartnerRole.MENTOR)
        .withEvidence("noticeHours", 30).withEvidence("requiredNoticeHours", 48);

    Relationship defaults = weekly(cancelled("m1", daysAgo(3), PartnerRole.MENTOR, 30));
    rules.verify("fizzling.late-cancellation").given(defaults).asOf(AS_OF).doesNotFire();
  }

  @Test
  void aLateCancellationOutsideTheLookBackWindowIsNoLongerRaised() {
    rules.verify("fizzling.late-cancellation")
        .given(weekly(cancelled("m1", daysAgo(90), PartnerRole.MENTEE, 2))).asOf(AS_OF)
        .fires().withEvidence("meetingId", "m1");
    rules.verify("fizzling.late-cancellation")
        .given(weekly(cancelled("m1", daysAgo(91), PartnerRole.MENTEE, 2))).asOf(AS_OF)
        .doesNotFire();
  }

  @Test
  void aCancellationWithoutARecordedTimeIsNotJudgedLate() {
    Meeting m = meeting("m1", daysAgo(3), MeetingStatus.CANCELLED)
        .cancelledBy(PartnerRole.MENTEE).build();
    rules.verify("fizzling.late-cancellation").given(weekly(m)).asOf(AS_OF).doesNotFire();
  }

  @Test
  void aLateCancellationOfAMeetingStillAheadOnTheCheckDateIsNotJudgedYet() {
    Relationship r = weekly(held("m1", daysAgo(5)),
        cancelled("m2", AS_OF.plusDays(2), PartnerRole.MENTOR, 3));
    rules.verify("fizzling.late-cancellation").given(r).asOf(AS_OF).doesNotFire();
    rules.verify("fizzling.late-cancellation").given(r).asOf(AS_OF.plusDays(2))
        .fires().withEvidence("meetingId", "m2");
  }

  @Test
  void aLateCancellationInARelationshipThatIsClosingIsNotFizzling() {
    Relationship r = weeklyIn(Phase.CLOSING, cancelled("m1", daysAgo(3), PartnerRole.MENTEE, 2));
    rules.verify("fizzling.late-cancellation").given(r).asOf(AS_OF).doesNotFire();
  }

  // ------------------------------------------------------------------------------------------
  // fizzling.no-next-meeting
  // ------------------------------------------------------------------------------------------

  @Test
  void anInformalPairMeetingAsNeededNeedsNoNextDateInTheCalendar() {
    // Before: flagged a week after the last contact, though "as needed" sets no next date.
    Relationship asNeeded = relationship(RelationshipKind.INFORMAL, Phase.ACTIVE)
        .addMeetings(held("m1", daysAgo(10))).build();
    rules.verify("fizzling.no-next-meeting").given(asNeeded).asOf(AS_OF).doesNotFire();
    Relationship weeklyInformal = relationship(RelationshipKind.INFORMAL, Phase.ACTIVE)
        .agreement(weeklyAgreement().build()).addMeetings(held("m1", daysAgo(10))).build();
    rules.verify("fizzling.no-next-meeting").given(weeklyInformal).asOf(AS_OF).fires();
  }

  @Test
  void aWeekAfterTheLastMeetingWithNothingInTheCalendarIsFlagged() {
    rules.verify("fizzling.no-next-meeting").given(weekly(held("m1", daysAgo(7)))).asOf(AS_OF)
        .fires()
        .about(Subject.Kind.RELATIONSHIP, REL)
        .withEvidence("lastHeldOn", daysAgo(7))
        .withEvidence("daysWithoutMeeting", 7);
  }

  @Test
  void sixDaysAfterTheLastMeetingThereIsStillTimeToSetTheNextOne() {
    rules.verify("fizzling.no-next-meeting").given(weekly(held("m1", daysAgo(6)))).asOf(AS_OF)
        .doesNotFire();
  }

  @Test
  void aNextMeetingInTheCalendarMeansNothingToFlag() {
    rules.verify("fizzling.no-next-meeting")
        .given(weekly(held("m1", daysAgo(12)), upcoming("m2", AS_OF.plusDays(3)))).asOf(AS_OF)
        .doesNotFire();
  }

  @Test
  void aNextMeetingPlannedForTheCheckDateItselfCounts() {
    rules.verify("fizzling.no-next-meeting")
        .given(weekly(held("m1", daysAgo(7)), upcoming("m2", AS_OF))).asOf(AS_OF)
        .doesNotFire();
  }

  @Test
  void aPairThatNeverMetIsNotAskedForANextMeeting() {
    Relationship r = relationship(RelationshipKind.FORMAL, Phase.ACTIVE)
        .startDate(daysAgo(10)).agreement(weeklyAgreement().build()).build();
    rules.verify("fizzling.no-next-meeting").given(r).asOf(AS_OF).doesNotFire();
  }

  @Test
  void aMeetingStillMarkedScheduledForLastWeekIsNotANextMeeting() {
    Relationship r = weekly(held("m1", daysAgo(14)), upcoming("m2", daysAgo(7)));
    rules.verify("fizzling.no-next-meeting").given(r).asOf(AS_OF)
        .fires().withEvidence("lastHeldOn", daysAgo(14)).withEvidence("daysWithoutMeeting", 14);
  }

  @Test
  void aMeetingHeldAfterTheCheckDateWasStillTheNextMeetingOnIt() {
    Relationship r = weekly(held("m1", daysAgo(8)), held("m2", AS_OF.plusDays(2)));
    rules.verify("fizzling.no-next-meeting").given(r).asOf(AS_OF).doesNotFire();
  }

  @Test
  void aNextMeetingThatTheMenteeLaterMissedWasStillScheduledOnTheCheckDate() {
    Relationship r = weekly(held("m1", daysAgo(9)),
        noShow("m2", AS_OF.plusDays(2), PartnerRole.MENTEE));
    rules.verify("fizzling.no-next-meeting").given(r).asOf(AS_OF).doesNotFire();
    rules.verify("fizzling.no-next-meeting").given(r).asOf(AS_OF.plusDays(3))
        .fires().withEvidence("daysWithoutMeeting", 12);
  }

  @Test
  void aNextMeetingCalledOffAfterTheCheckDateWasStillScheduledOnIt() {
    Meeting next = meeting("m2", AS_OF.plusDays(4), MeetingStatus.CANCELLED)
        .cancelledBy(PartnerRole.MENTEE).cancelledAt(AS_OF.plusDays(1).atTime(8, 0)).build();
    Relationship r = weekly(held("m1", daysAgo(10)), next);
    rules.verify("fizzling.no-next-meeting").given(r).asOf(AS_OF).doesNotFire();
    rules.verify("fizzling.no-next-meeting").given(r).asOf(AS_OF.plusDays(2))
        .fires().withEvidence("daysWithoutMeeting", 12);
  }

  @Test
  void aNextMeetingCalledOffBeforeTheCheckDateLeavesTheCalendarEmpty() {
    Meeting next = meeting("m2", AS_OF.plusDays(4), MeetingStatus.CANCELLED)
        .cancelledBy(PartnerRole.MENTEE).cancelledAt(daysAgo(1).atTime(8, 0)).build();
    rules.verify("fizzling.no-next-meeting").given(weekly(held("m1", daysAgo(10)), next))
        .asOf(AS_OF).fires().withEvidence("daysWithoutMeeting", 10);
  }

  @Test
  void noNextMeetingInAClosingRelationshipIsExpected() {
    rules.verify("fizzling.no-next-meeting").given(weeklyIn(Phase.CLOSING, held("m1", daysAgo(20))))
        .asOf(AS_OF).doesNotFire();
  }

  // ------------------------------------------------------------------------------------------
  // fizzling.short-meeting
  // ------------------------------------------------------------------------------------------

  static Relationship hourLong(Meeting... meetings) {
    return formal(weeklyAgreement().meetingMinutes(60).build(), meetings);
  }

  @Test
  void aMeetingCutToTwentyNineOfSixtyAgreedMinutesIsFlagged() {
    rules.verify("fizzling.short-meeting").given(hourLong(heldFor("m1", daysAgo(5), 29)))
        .asOf(AS_OF)
        .fires()
        .about(Subject.Kind.MEETING, "m1")
        .withEvidence("meetingId", "m1")
        .withEvidence("date", daysAgo(5))
        .withEvidence("actualMinutes", 29)
        .withEvidence("agreedMinutes", 60);
  }

  @Test
  void aMeetingThatLastedHalfTheAgreedTimeIsShortButNotFarTooShort() {
    rules.verify("fizzling.short-meeting").given(hourLong(heldFor("m1", daysAgo(5), 30)))
        .asOf(AS_OF).doesNotFire();
  }

  @Test
  void aMeetingPlannedShorterThanUsualIsJudgedAgainstItsOwnPlan() {
    Meeting planned30 = meeting("m1", daysAgo(5), MeetingStatus.HELD).plannedMinutes(30)
        .actualMinutes(20).build();
    rules.verify("fizzling.short-meeting").given(hourLong(planned30)).asOf(AS_OF).doesNotFire();
    Meeting planned30Cut = meeting("m1", daysAgo(5), MeetingStatus.HELD).plannedMinutes(30)
        .actualMinutes(14).build();
    rules.verify("fizzling.short-meeting").given(hourLong(planned30Cut)).asOf(AS_OF)
        .fires().withEvidence("agreedMinutes", 30).withEvidence("actualMinutes", 14);
  }

  @Test
  void aMeetingIsNotShortWhenNoLengthWasAgreedOrNoneRecorded() {
    rules.verify("fizzling.short-meeting").given(weekly(heldFor("m1", daysAgo(5), 10)))
        .asOf(AS_OF).doesNotFire();
    rules.verify("fizzling.short-meeting").given(hourLong(held("m1", daysAgo(5))))
        .asOf(AS_OF).doesNotFire();
  }

  @Test
  void aShortMeetingOutsideTheLookBackWindowIsNoLongerRaised() {
    rules.verify("fizzling.short-meeting").given(hourLong(heldFor("m1", daysAgo(91), 10)))
        .asOf(AS_OF).doesNotFire();
    rules.verify("fizzling.short-meeting").given(hourLong(heldFor("m1", daysAgo(90), 10)))
        .asOf(AS_OF).fires();
  }

  @Test
  void aShortMeetingHeldAfterTheCheckDateIsNotJudgedYet() {
    rules.verify("fizzling.short-meeting")
        .given(hourLong(held("m1", daysAgo(5)), heldFor("m2", AS_OF.plusDays(1), 10)))
        .asOf(AS_OF).doesNotFire();
  }

  @Test
  void aShortMeetingInARelationshipThatIsClosingIsNotFizzling() {
    Relationship r = relationship(RelationshipKind.FORMAL, Phase.CLOSING)
        .agreement(weeklyAgreement().meetingMinutes(60).build())
        .addMeetings(heldFor("m1", daysAgo(5), 10)).build();
    rules.verify("fizzling.short-meeting").given(r).asOf(AS_OF).doesNotFire();
  }

  // ------------------------------------------------------------------------------------------
  // fizzling.silent-mentee
  // ------------------------------------------------------------------------------------------

  @Test
  void aMenteeSilentForFortySixDaysIsFlagged() {
    Relationship r = relationship(RelationshipKind.FORMAL, Phase.ACTIVE)
        .addProgressUpdates(update(PartnerRole.MENTEE, daysAgo(46))).build();
    rules.verify("fizzling.silent-mentee").given(r).asOf(AS_OF)
        .fires()
        .about(Subject.Kind.RELATIONSHIP, REL)
        .withEvidence("daysSinceMenteeUpdate", 46);
  }

  @Test
  void aMenteeWhoSharedNewsFortyFiveDaysAgoIsNotYetSilent() {
    Relationship r = relationship(RelationshipKind.FORMAL, Phase.ACTIVE)
        .addProgressUpdates(update(PartnerRole.MENTEE, daysAgo(45))).build();
    rules.verify("fizzling.silent-mentee").given(r).asOf(AS_OF).doesNotFire();
  }

  @Test
  void newsFromTheMentorDoesNotCountAsAnUpdateFromTheMentee() {
    Relationship r = relationship(RelationshipKind.FORMAL, Phase.ACTIVE)
        .addProgressUpdates(update(PartnerRole.MENTEE, daysAgo(50)),
            update(PartnerRole.MENTOR, daysAgo(2)))
        .build();
    rules.verify("fizzling.silent-mentee").given(r).asOf(AS_OF)
        .fires().withEvidence("daysSinceMenteeUpdate", 50);
  }

  @Test
  void anUpdateSentAfterTheCheckDateDoesNotBreakTheSilenceOnIt() {
    Relationship r = relationship(RelationshipKind.FORMAL, Phase.ACTIVE)
        .addProgressUpdates(update(PartnerRole.MENTEE, daysAgo(50)),
            update(PartnerRole.MENTEE, AS_OF.plusDays(1)))
        .build();
    rules.verify("fizzling.silent-mentee").given(r).asOf(AS_OF)
        .fires().withEvidence("daysSinceMenteeUpdate", 50);
    rules.verify("fizzling.silent-mentee").given(r).asOf(AS_OF.plusDays(1)).doesNotFire();
  }

  @Test
  void aMenteeWhoNeverSentNewsIsCountedFromTheStart() {
    Relationship longAgo = relationship(RelationshipKind.FORMAL, Phase.ACTIVE)
        .startDate(daysAgo(60)).build();
    rules.verify("fizzling.silent-mentee").given(longAgo).asOf(AS_OF)
        .fires().withEvidence("daysSinceMenteeUpdate", 60);
    Relationship recent = relationship(RelationshipKind.FORMAL, Phase.ACTIVE)
        .startDate(daysAgo(40)).build();
    rules.verify("fizzling.silent-mentee").given(recent).asOf(AS_OF).doesNotFire();
  }

  @Test
  void aSilentMenteeInARelationshipThatIsClosingIsNotFizzling() {
    Relationship r = relationship(RelationshipKind.FORMAL, Phase.CLOSING)
        .addProgressUpdates(update(PartnerRole.MENTEE, daysAgo(80))).build();
    rules.verify("fizzling.silent-mentee").given(r).asOf(AS_OF).doesNotFire();
  }

  // ------------------------------------------------------------------------------------------
  // fizzling.agenda-not-sent
  // ------------------------------------------------------------------------------------------

  @Test
  void anAgendaSentTwelveHoursAheadIsLateWhenADayIsExpected() {
    Relationship r = formal(agendaAhead(null), heldWithAgenda("m1", daysAgo(5), 12));
    rules.verify("fizzling.agenda-not-sent").given(r).asOf(AS_OF)
        .fires()
        .about(Subject.Kind.MEETING, "m1")
        .withEvidence("meetingId", "m1")
        .withEvidence("date", daysAgo(5))
        .withEvidence("sentHoursAhead", 12)
        .withEvidence("leadHours", 24);
  }

  @Test
  void aMeetingWithoutAnyAgendaIsFlaggedWhenTheAgreementAsksForOne() {
    Relationship r = formal(agendaAhead(null), held("m1", daysAgo(5)));
    rules.verify("fizzling.agenda-not-sent").given(r).asOf(AS_OF)
        .fires().withEvidence("sentHoursAhead", -1);
  }

  @Test
  void anAgendaSentAFullDayAheadIsInTime() {
    Relationship r = formal(agendaAhead(null), heldWithAgenda("m1", daysAgo(5), 24));
    rules.verify("fizzling.agenda-not-sent").given(r).asOf(AS_OF).doesNotFire();
  }

  @Test
  void theAgreedLeadTimeReplacesTheDefault() {
    Relationship twoDays = formal(agendaAhead(Duration.ofHours(48)),
        heldWithAgenda("m1", daysAgo(5), 30));
    rules.verify("fizzling.agenda-not-sent").given(twoDays).asOf(AS_OF)
        .fires().withEvidence("sentHoursAhead", 30).withEvidence("leadHours", 48);
    Relationship sixHours = formal(agendaAhead(Duration.ofHours(6)),
        heldWithAgenda("m1", daysAgo(5), 8));
    rules.verify("fizzling.agenda-not-sent").given(sixHours).asOf(AS_OF).doesNotFire();
  }

  @Test
  void noAgendaIsExpectedWhenTheAgreementDoesNotAskForOne() {
    Agreement noAgendaAhead = weeklyAgreement().agenda(AgendaPolicy.builder().sentAhead(false)
        .mentorAddsInput(false).build()).build();
    rules.verify("fizzling.agenda-not-sent").given(formal(noAgendaAhead, held("m1", daysAgo(5))))
        .asOf(AS_OF).doesNotFire();
    rules.verify("fizzling.agenda-not-sent").given(weekly(held("m1", daysAgo(5))))
        .asOf(AS_OF).doesNotFire();
  }

  @Test
  void aCancelledMeetingNeedsNoAgenda() {
    Relationship r = formal(agendaAhead(null),
        cancelled("m1", daysAgo(5), PartnerRole.MENTOR, 48));
    rules.verify("fizzling.agenda-not-sent").given(r).asOf(AS_OF).doesNotFire();
  }

  @Test
  void aMissingAgendaOutsideTheLookBackWindowIsNoLongerRaised() {
    rules.verify("fizzling.agenda-not-sent")
        .given(formal(agendaAhead(null), held("m1", daysAgo(91)))).asOf(AS_OF).doesNotFire();
    rules.verify("fizzling.agenda-not-sent")
        .given(formal(agendaAhead(null), held("m1", daysAgo(90)))).asOf(AS_OF).fires();
  }

  @Test
  void aMissingAgendaInARelationshipThatIsClosingIsNotFizzling() {
    Relationship r = relationship(RelationshipKind.FORMAL, Phase.CLOSING)
        .agreement(agendaAhead(null)).addMeetings(held("m1", daysAgo(5))).build();
    rules.verify("fizzling.agenda-not-sent").given(r).asOf(AS_OF).doesNotFire();
  }
}
