package io.github.mentoring.rules.families;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mentoring.core.model.*;
import io.github.mentoring.rules.Category;
import io.github.mentoring.rules.Finding;
import io.github.mentoring.rules.HealthCheck;
import io.github.mentoring.rules.Policy;
import io.github.mentoring.rules.Severity;
import io.github.mentoring.rules.Subject;
import io.github.mentoring.rules.testkit.RuleVerifier;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FollowUpRulesTest {
  static final LocalDate AS_OF = LocalDate.of(2026, 11, 27);
  static final String MENTOR = "ada";
  static final String MENTEE = "ben";

  final RuleVerifier rules = RuleVerifier.builtIn();
  static final RuleVerifier PATIENT = RuleVerifier.of(HealthCheck.builder()
      .policy(Policy.defaults().with("follow-ups.critical-after-days", "30")
          .with("follow-ups.pile-up-count", "2"))
      .build());

  static Relationship.Builder base(Phase phase) {
    return Relationship.builder().id("r-1").mentor(Partner.of(MENTOR)).mentee(Partner.of(MENTEE))
        .kind(RelationshipKind.FORMAL).phase(phase).startDate(LocalDate.of(2026, 6, 1))
        .plannedEnd(LocalDate.of(2026, 12, 31));
  }

  static Relationship relationship(Phase phase, FollowUp... followUps) {
    return base(phase).addFollowUps(followUps).build();
  }

  static Relationship active(FollowUp... followUps) {
    return relationship(Phase.ACTIVE, followUps);
  }

  /** An open action step of the mentee's, due on a given day. */
  static FollowUp.Builder item(String id, LocalDate due) {
    return FollowUp.builder().id(id).description("ask two colleagues for feedback on the talk")
        .owner(MENTEE).due(due);
  }

  static FollowUp overdueBy(String id, int days) {
    return item(id, AS_OF.minusDays(days)).build();
  }

  static Meeting held(String id, LocalDate day, boolean nextSteps) {
    Meeting.Builder m = Meeting.builder().id(id).scheduledAt(day.atTime(10, 0))
        .status(MeetingStatus.HELD);
    if (nextSteps) {
      m.wrapUp(ConversationCheck.builder().nextSteps("draft the talk outline").build());
    }
    return m.build();
  }

  static List<Finding> missedFollowUps(RuleVerifier verifier, Relationship r, LocalDate asOf) {
    return verifier.healthCheck().check(r, asOf).findings().stream()
        .filter(f -> f.category() == Category.MISSED_FOLLOW_UP).toList();
  }

  // --- Overdue and long overdue -----------------------------------------------------------

  @Test
  void theMenteesActionStepFiveDaysPastDueIsOverdue() {
    rules.verify("follow-ups.overdue").given(active(overdueBy("f1", 5))).asOf(AS_OF).firesTimes(1)
        .about(Subject.Kind.FOLLOW_UP, "f1")
        .withEvidence("followUpId", "f1").withEvidence("daysOverdue", 5)
        .withEvidence("owner", "mentee").withEvidence("kind", "action-step")
        .withEvidence("due", AS_OF.minusDays(5).toString())
        .having("a message naming the owner and the kind",
            f -> f.message().contains("the mentee") && f.message().contains("action step")
                && f.severity() == Severity.WARNING);
  }

  @Test
  void theMentorsPromisedContactIsReportedAsTheMentors() {
    FollowUp contact = item("f1", AS_OF.minusDays(3)).owner(MENTOR).kind(FollowUpKind.CONTACT)
        .build();
    rules.verify("follow-ups.overdue").given(active(contact)).asOf(AS_OF).fires()
        .withEvidence("owner", "mentor").withEvidence("kind", "contact")
        .having("a message naming the mentor and the promised contact",
            f -> f.message().contains("the mentor") && f.message().contains("promised contact"));
  }

  @Test
  void anItemNobodyOwnsSaysSoWhenOverdue() {
    FollowUp unowned = FollowUp.builder().from(overdueBy("f1", 2)).owner(java.util.Optional.empty())
        .kind(FollowUpKind.RESOURCE).build();
    rules.verify("follow-ups.overdue").given(active(unowned)).asOf(AS_OF).fires()
        .withEvidence("owner", "none")
        .having("a message saying nobody owns the promised resource",
            f -> f.message().contains("nobody") && f.message().contains("promised resource"));
  }

  @Test
  void anItemDueTodayIsNotYetOverdue() {
    rules.verify("follow-ups.overdue").given(active(overdueBy("f1", 0))).asOf(AS_OF).doesNotFire();
    rules.verify("follow-ups.long-overdue").given(active(overdueBy("f1", 0))).asOf(AS_OF)
        .doesNotFire();
  }

  @Test
  void thirteenDaysPastDueIsStillAnOrdinaryOverdueItem() {
    rules.verify("follow-ups.overdue").given(active(overdueBy("f1", 13))).asOf(AS_OF).fires()
        .withEvidence("daysOverdue", 13);
    rules.verify("follow-ups.long-overdue").given(active(overdueBy("f1", 13))).asOf(AS_OF)
        .doesNotFire();
  }

  @Test
  void twoWeeksPastDueIsLongOverdueAndCritical() {
    rules.verify("follow-ups.long-overdue").given(active(overdueBy("f1", 14))).asOf(AS_OF)
        .firesTimes(1).about(Subject.Kind.FOLLOW_UP, "f1").withEvidence("daysOverdue", 14)
        .withEvidence("owner", "mentee")
        .having("critical severity", f -> f.severity() == Severity.CRITICAL);
    rules.verify("follow-ups.overdue").given(active(overdueBy("f1", 14))).asOf(AS_OF)
        .doesNotFire();
  }

  @Test
  void anOverdueItemGetsExactlyOneOfTheTwoOverdueFindingsWhateverItsAge() {
    for (int days = 1; days <= 40; days++) {
      var report = rules.healthCheck().check(active(overdueBy("f1", days)), AS_OF);
      assertThat(report.findingsOf("follow-ups.overdue").size()
              + report.findingsOf("follow-ups.long-overdue").size())
          .as("%d days overdue", days).isEqualTo(1);
    }
  }

  // --- Done items -------------------------------------------------------------------------

  @Test
  void anItemMarkedDoneByTheCheckDateIsNeverAMissedFollowUp() {
    FollowUp open = overdueBy("f1", 20);
    assertThat(missedFollowUps(rules, active(open), AS_OF)).isNotEmpty();
    for (LocalDate doneOn : List.of(AS_OF, AS_OF.minusDays(25), AS_OF.minusDays(10))) {
      FollowUp done = FollowUp.builder().from(open).status(FollowUpStatus.DONE).doneOn(doneOn)
          .build();
      assertThat(missedFollowUps(rules, active(done), AS_OF)).as("done on %s", doneOn).isEmpty();
    }
  }

  @Test
  void anItemDroppedOnPurposeIsNoMissedFollowUpFromTheDayItWasDropped() {
    FollowUp dropped = FollowUp.builder().from(overdueBy("f1", 20))
        .status(FollowUpStatus.DROPPED).droppedOn(AS_OF.minusDays(2)).build();
    assertThat(missedFollowUps(rules, active(dropped), AS_OF)).isEmpty();
    // Before it was dropped it was simply overdue.
    rules.verify("follow-ups.long-overdue").given(active(dropped)).asOf(AS_OF.minusDays(3))
        .fires().withEvidence("daysOverdue", 17);
  }

  @Test
  void aBareItemMarkedDoneIsFineWithoutOwnerOrDueDate() {
    FollowUp bare = FollowUp.builder().id("f1").description("send the article").build();
    assertThat(missedFollowUps(rules, active(bare), AS_OF)).isNotEmpty();
    FollowUp done = FollowUp.builder().from(bare).status(FollowUpStatus.DONE).doneOn(AS_OF)
        .build();
    assertThat(missedFollowUps(rules, active(done), AS_OF)).isEmpty();
  }

  @Test
  void anItemDoneOnlyAfterTheCheckDateWasStillOverdueThen() {
    FollowUp doneLater = FollowUp.builder().from(overdueBy("f1", 20)).status(FollowUpStatus.DONE)
        .doneOn(AS_OF.plusDays(1)).build();
    rules.verify("follow-ups.long-overdue").given(active(doneLater)).asOf(AS_OF).fires()
        .withEvidence("daysOverdue", 20);
  }

  @Test
  void aDroppedItemIsNotMissed() {
    FollowUp dropped = FollowUp.builder().from(overdueBy("f1", 20)).status(FollowUpStatus.DROPPED)
        .build();
    assertThat(missedFollowUps(rules, active(dropped), AS_OF)).isEmpty();
  }

  // --- Owner and due date -----------------------------------------------------------------

  @Test
  void anOpenItemNobodyOwnsIsFlagged() {
    FollowUp unowned = FollowUp.builder().from(item("f1", AS_OF.plusDays(7)).build())
        .owner(java.util.Optional.empty()).build();
    rules.verify("follow-ups.no-owner").given(active(unowned)).asOf(AS_OF).fires()
        .about(Subject.Kind.FOLLOW_UP, "f1").withEvidence("followUpId", "f1");
    rules.verify("follow-ups.no-owner").given(active(item("f1", AS_OF.plusDays(7)).build()))
        .asOf(AS_OF).doesNotFire();
  }

  @Test
  void anOpenItemWithoutADueDateIsFlaggedAsInformation() {
    FollowUp undated = FollowUp.builder().from(item("f1", AS_OF).build())
        .due(java.util.Optional.empty()).build();
    rules.verify("follow-ups.no-due-date").given(active(undated)).asOf(AS_OF).fires()
        .about(Subject.Kind.FOLLOW_UP, "f1").withEvidence("owner", "mentee")
        .having("info severity", f -> f.severity() == Severity.INFO);
    rules.verify("follow-ups.no-due-date").given(active(item("f1", AS_OF.plusDays(7)).build()))
        .asOf(AS_OF).doesNotFire();
  }

  // --- Next steps -------------------------------------------------------------------------

  @Test
  void aMeetingThatEndedWithoutNextStepsOrFollowUpsIsFlagged() {
    Relationship r = base(Phase.ACTIVE).addMeetings(held("m1", AS_OF.minusDays(10), false))
        .build();
    rules.verify("follow-ups.no-next-steps").given(r).asOf(AS_OF).fires()
        .about(Subject.Kind.MEETING, "m1").withEvidence("meetingId", "m1")
        .withEvidence("date", AS_OF.minusDays(10).toString())
        .withEvidence("followUpsFromMeeting", 0);
  }

  @Test
  void thePartnersHaveTwoDaysAfterAMeetingToWriteUpItsNextSteps() {
    // Before: flagged on the evening of the conversation, before anyone could write it up.
    Relationship yesterday = base(Phase.ACTIVE)
        .addMeetings(held("m1", AS_OF.minusDays(1), false)).build();
    rules.verify("follow-ups.no-next-steps").given(yesterday).asOf(AS_OF).doesNotFire();
    Relationship twoDaysAgo = base(Phase.ACTIVE)
        .addMeetings(held("m1", AS_OF.minusDays(2), false)).build();
    rules.verify("follow-ups.no-next-steps").given(twoDaysAgo).asOf(AS_OF).fires();
  }

  @Test
  void aMeetingThatEndedWithNextStepsWrittenDownIsFine() {
    Relationship r = base(Phase.ACTIVE).addMeetings(held("m1", AS_OF.minusDays(10), true))
        .build();
    rules.verify("follow-ups.no-next-steps").given(r).asOf(AS_OF).doesNotFire();
  }

  @Test
  void aFollowUpRecordedFromTheMeetingCountsAsANextStep() {
    Relationship r = base(Phase.ACTIVE).addMeetings(held("m1", AS_OF.minusDays(10), false))
        .addFollowUps(item("f1", AS_OF.plusDays(3)).fromMeeting("m1").build()).build();
    rules.verify("follow-ups.no-next-steps").given(r).asOf(AS_OF).doesNotFire();
  }

  @Test
  void aMeetingOlderThanTheLookBackIsNoLongerJudged() {
    Relationship r = base(Phase.ACTIVE).addMeetings(held("m1", AS_OF.minusDays(91), false),
        held("m2", AS_OF.minusDays(90), false)).build();
    rules.verify("follow-ups.no-next-steps").given(r).asOf(AS_OF).firesTimes(1)
        .about(Subject.Kind.MEETING, "m2");
  }

  @Test
  void aCancelledMeetingNeedsNoNextSteps() {
    Relationship r = base(Phase.ACTIVE).addMeetings(Meeting.builder().id("m1")
        .scheduledAt(AS_OF.minusDays(10).atTime(10, 0)).status(MeetingStatus.CANCELLED)
        .cancelledBy(PartnerRole.MENTOR).build()).build();
    rules.verify("follow-ups.no-next-steps").given(r).asOf(AS_OF).doesNotFire();
  }

  // --- Pile-up ----------------------------------------------------------------------------

  @Test
  void threeOverduePromisesOfTheMentorPileUp() {
    Relationship r = active(
        item("f1", AS_OF.minusDays(2)).owner(MENTOR).kind(FollowUpKind.INFORMATION).build(),
        item("f2", AS_OF.minusDays(20)).owner(MENTOR).kind(FollowUpKind.RESOURCE).build(),
        item("f3", AS_OF.minusDays(5)).owner(MENTOR).kind(FollowUpKind.CONTACT).build(),
        overdueBy("f4", 5));
    rules.verify("follow-ups.pile-up").given(r).asOf(AS_OF).firesTimes(1)
        .about(Subject.Kind.PARTNER, "mentor")
        .withEvidence("role", "mentor").withEvidence("partnerId", MENTOR)
        .withEvidence("count", 3)
        .having("critical severity", f -> f.severity() == Severity.CRITICAL);
  }

  @Test
  void twoOverdueItemsAndOneDoneAreNoPileUp() {
    Relationship r = active(overdueBy("f1", 3), overdueBy("f2", 30),
        item("f3", AS_OF.minusDays(8)).status(FollowUpStatus.DONE).doneOn(AS_OF.minusDays(1))
            .build(),
        item("f4", AS_OF.plusDays(2)).build());
    rules.verify("follow-ups.pile-up").given(r).asOf(AS_OF).doesNotFire();
  }

  // --- Phases -----------------------------------------------------------------------------

  @Test
  void followUpsAreStillJudgedWhileClosing() {
    rules.verify("follow-ups.overdue").given(relationship(Phase.CLOSING, overdueBy("f1", 3)))
        .asOf(AS_OF).fires();
  }

  @Test
  void followUpsAreNotJudgedBeforeTheRelationshipIsActiveOrAfterItClosed() {
    for (Phase phase : List.of(Phase.PREPARING, Phase.ESTABLISHING, Phase.CONTINUING_INFORMALLY)) {
      Relationship r = base(phase).addMeetings(held("m1", AS_OF.minusDays(10), false))
          .addFollowUps(overdueBy("f1", 3), overdueBy("f2", 20),
              FollowUp.builder().id("f3").description("send the article").build(),
              overdueBy("f4", 4))
          .build();
      assertThat(missedFollowUps(rules, r, AS_OF)).as("phase %s", phase).isEmpty();
    }
  }

  // --- Policy -----------------------------------------------------------------------------

  @Test
  void aProgramThatWaitsThirtyDaysKeepsATwentyDayItemAWarningAndCountsTwoAsAPileUp() {
    Relationship r = active(overdueBy("f1", 20), overdueBy("f2", 2));
    rules.verify("follow-ups.long-overdue").given(r).asOf(AS_OF).fires();
    rules.verify("follow-ups.pile-up").given(r).asOf(AS_OF).doesNotFire();

    PATIENT.verify("follow-ups.long-overdue").given(r).asOf(AS_OF).doesNotFire();
    PATIENT.verify("follow-ups.overdue").given(r).asOf(AS_OF).firesTimes(2)
        .withEvidence("daysOverdue", 20);
    PATIENT.verify("follow-ups.pile-up").given(r).asOf(AS_OF).fires()
        .about(Subject.Kind.PARTNER, "mentee").withEvidence("count", 2);
  }
}
