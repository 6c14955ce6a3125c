package io.github.mentoring.rules.families;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mentoring.core.model.*;
import io.github.mentoring.rules.Category;
import io.github.mentoring.rules.HealthCheck;
import io.github.mentoring.rules.Policy;
import io.github.mentoring.rules.Subject;
import io.github.mentoring.rules.testkit.RuleVerifier;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClosureRulesTest {
  static final LocalDate AS_OF = LocalDate.of(2026, 11, 27);
  static final LocalDate START = LocalDate.of(2026, 3, 2);
  static final LocalDate CLOSURE_STARTED = AS_OF.minusDays(10);

  final RuleVerifier rules = RuleVerifier.builtIn();

  /** The same rules with a longer notice before the end and a shorter grace after it. */
  static final RuleVerifier CAUTIOUS = RuleVerifier.of(HealthCheck.builder()
      .policy(Policy.defaults()
          .with("closure.notice-days", "30")
          .with("closure.end-passed-critical-days", "7"))
      .build());

  // ---- helpers ------------------------------------------------------------------------------

  static Relationship.Builder formal(Phase phase, LocalDate plannedEnd) {
    return Relationship.builder().id("r-1").mentor(Partner.of("ada")).mentee(Partner.of("ben"))
        .kind(RelationshipKind.FORMAL).phase(phase).startDate(START).plannedEnd(plannedEnd);
  }

  /** Active, with the planned end this many days after the check date (negative: before). */
  static Relationship activeEndingIn(int days) {
    return formal(Phase.ACTIVE, AS_OF.plusDays(days)).build();
  }

  /** Closed on its planned end a week before the check date. */
  static Relationship.Builder closed(Phase phase) {
    LocalDate end = AS_OF.minusDays(7);
    Relationship.Builder b = formal(phase, end);
    return phase == Phase.CLOSING ? b : b.actualEnd(end);
  }

  static Feedback feedback() {
    return Feedback.builder().workedBest("w").mostChallenging("c").doDifferently("d").build();
  }

  static RemainingWork work(String description, Resolution resolution) {
    return RemainingWork.builder().description(description).resolution(resolution).build();
  }

  /** Every step done; the mentee would go on, the mentor declines. */
  static Closure complete() {
    return Closure.builder().startedOn(CLOSURE_STARTED)
        .mentorFeedback(feedback()).menteeFeedback(feedback())
        .addRemainingWork(work("draft the portfolio", Resolution.COMPLETED))
        .addRemainingWork(work("conference talk", Resolution.CLOSED_ON_PURPOSE))
        .mentorDecision(ContinuationDecision.of(false))
        .menteeDecision(ContinuationDecision.of(true))
        .addThankedBy(PartnerRole.MENTOR, PartnerRole.MENTEE)
        .contactPlan(ContactPlan.builder().finalConversationOn(AS_OF.plusMonths(3)).build())
        .payItForward("mentor a new hire next spring")
        .build();
  }

  static Relationship closing(Closure closure) {
    return closed(Phase.CLOSING).closure(closure).build();
  }

  // ---- around the planned end ---------------------------------------------------------------

  @Test
  void anActiveRelationshipThreeWeeksFromItsEndWithoutClosureIsPending() {
    rules.verify("closure.end-near").given(activeEndingIn(21)).asOf(AS_OF)
        .fires().about(Subject.Kind.RELATIONSHIP, "r-1")
        .withEvidence("daysUntilPlannedEnd", 21).withEvidence("plannedEnd", "2026-12-18");
    rules.verify("closure.end-near").given(activeEndingIn(22)).asOf(AS_OF).doesNotFire();
  }

  @Test
  void theLastPlannedDayStillCountsAsNear() {
    rules.verify("closure.end-near").given(activeEndingIn(0)).asOf(AS_OF)
        .fires().withEvidence("daysUntilPlannedEnd", 0);
    rules.verify("closure.end-near").given(activeEndingIn(-1)).asOf(AS_OF).doesNotFire();
  }

  @Test
  void aClosingConversationAlreadyStartedSilencesTheNearEnd() {
    Relationship started = formal(Phase.ACTIVE, AS_OF.plusDays(10))
        .closure(complete().withStartedOn(AS_OF.minusDays(1))).build();
    rules.verify("closure.end-near").given(started).asOf(AS_OF).doesNotFire();
  }

  @Test
  void anInformalRelationshipHasNoEndToPrepareFor() {
    Relationship informal = Relationship.builder().from(activeEndingIn(10))
        .kind(RelationshipKind.INFORMAL).build();
    rules.verify("closure.end-near").given(informal).asOf(AS_OF).doesNotFire();
  }

  @Test
  void aFormalRelationshipWithNoPlannedEndHasNoEndToBeNearOrToPass() {
    // Neither the relationship nor an agreement names an end: there is nothing to prepare for.
    Relationship openEnded = Relationship.builder().id("r-1").mentor(Partner.of("ada"))
        .mentee(Partner.of("ben")).kind(RelationshipKind.FORMAL).phase(Phase.ACTIVE)
        .startDate(START).build();
    rules.verify("closure.end-near").given(openEnded).asOf(AS_OF).doesNotFire();
    rules.verify("closure.end-passed").given(openEnded).asOf(AS_OF).doesNotFire();
    // The same pair with its end on the check date is told so.
    rules.verify("closure.end-near").given(activeEndingIn(0)).asOf(AS_OF).fires();
  }

  @Test
  void aRelationshipStillActiveAMonthAfterItsEndIsOverdueForClosure() {
    rules.verify("closure.end-passed").given(activeEndingIn(-30)).asOf(AS_OF)
        .fires().withEvidence("daysPastPlannedEnd", 30).withEvidence("phase", "active")
        .withEvidence("closureStarted", false);
    rules.verify("closure.end-passed.critical").given(activeEndingIn(-30)).asOf(AS_OF)
        .doesNotFire();
    rules.verify("closure.end-passed").given(activeEndingIn(0)).asOf(AS_OF).doesNotFire();
  }

  @Test
  void aRelationshipStillEstablishingAfterItsEndIsOverdueToo() {
    Relationship establishing = formal(Phase.ESTABLISHING, AS_OF.minusDays(3)).build();
    rules.verify("closure.end-passed").given(establishing).asOf(AS_OF)
        .fires().withEvidence("phase", "establishing");
  }

  @Test
  void aRelationshipWhoseEndWasRecordedIsNotFadingOutEvenIfItsPhaseWasLeftBehind() {
    // Ended two days ago, a month after the planned end; nobody moved the phase on.
    Relationship ended = formal(Phase.ACTIVE, AS_OF.minusDays(30))
        .actualEnd(AS_OF.minusDays(2)).build();
    rules.verify("closure.end-passed").given(ended).asOf(AS_OF).doesNotFire();
    rules.verify("closure.end-passed.critical").given(ended).asOf(AS_OF).doesNotFire();
    rules.verify("closure.end-passed").given(activeEndingIn(-30)).asOf(AS_OF).fires();
  }

  @Test
  void aRelationshipRunningMoreThanAMonthPastItsEndIsFadingOut() {
    rules.verify("closure.end-passed.critical").given(activeEndingIn(-31)).asOf(AS_OF)
        .fires().withEvidence("daysPastPlannedEnd", 31);
    rules.verify("closure.end-passed").given(activeEndingIn(-31)).asOf(AS_OF).doesNotFire();
  }

  @Test
  void aRelationshipAlreadyClosingIsNotOverdue() {
    Relationship closingLate = formal(Phase.CLOSING, AS_OF.minusDays(60)).build();
    rules.verify("closure.end-passed").given(closingLate).asOf(AS_OF).doesNotFire();
    rules.verify("closure.end-passed.critical").given(closingLate).asOf(AS_OF).doesNotFire();
  }

  // ---- ending without a closure -------------------------------------------------------------

  @Test
  void aClosingRelationshipWithoutAClosingConversationIsPending() {
    rules.verify("closure.missing").given(closed(Phase.CLOSING).build()).asOf(AS_OF)
        .fires().about(Subject.Kind.RELATIONSHIP, "r-1").withEvidence("phase", "closing");
    rules.verify("closure.missing").given(closing(complete())).asOf(AS_OF).doesNotFire();
  }

  @Test
  void aClosedRelationshipThatNeverHadAClosureIsCritical() {
    rules.verify("closure.missing.closed").given(closed(Phase.CLOSED).build()).asOf(AS_OF)
        .fires().withEvidence("phase", "closed");
    rules.verify("closure.missing.closed").given(closed(Phase.CONTINUING_INFORMALLY).build())
        .asOf(AS_OF).fires().withEvidence("phase", "continuing-informally");
    rules.verify("closure.missing").given(closed(Phase.CLOSED).build()).asOf(AS_OF)
        .doesNotFire();
    rules.verify("closure.missing.closed").given(closed(Phase.CLOSING).build()).asOf(AS_OF)
        .doesNotFire();
    rules.verify("closure.missing.closed")
        .given(closed(Phase.CLOSED).closure(complete()).build()).asOf(AS_OF).doesNotFire();
  }

  @Test
  void anInformalRelationshipNeedsNoFormalClosure() {
    Relationship informal = closed(Phase.CLOSED).kind(RelationshipKind.INFORMAL).build();
    rules.verify("closure.missing.closed").given(informal).asOf(AS_OF).doesNotFire();
  }

  static Relationship.Builder endedEarly() {
    return formal(Phase.CLOSED, AS_OF.plusMonths(2)).actualEnd(AS_OF.minusDays(5))
        .earlyEnd(EarlyEnd.unexplained());
  }

  @Test
  void aRelationshipThatEndedEarlyInSilenceIsCritical() {
    rules.verify("closure.ended-early-without-closure").given(endedEarly().build()).asOf(AS_OF)
        .fires().withEvidence("actualEnd", "2026-11-22").withEvidence("plannedEnd", "2027-01-27");
    rules.verify("closure.missing.closed").given(endedEarly().build()).asOf(AS_OF)
        .doesNotFire();
    rules.verify("closure.ended-early-without-closure")
        .given(endedEarly().closure(complete()).build()).asOf(AS_OF).doesNotFire();
  }

  @Test
  void anEarlyEndAfterTheCheckDateIsNotKnownYet() {
    rules.verify("closure.ended-early-without-closure").given(endedEarly().build())
        .asOf(AS_OF.minusDays(6)).doesNotFire();
  }

  // ---- the seven steps ----------------------------------------------------------------------

  @Test
  void aMenteeWhoGaveNoClosingFeedbackLeavesAStepOpen() {
    Relationship r = closing(complete().withMenteeFeedback(Optional.empty()));
    rules.verify("closure.feedback-missing").given(r).asOf(AS_OF)
        .firesTimes(1).about(Subject.Kind.PARTNER, "mentee")
        .withEvidence("partner", "mentee").withEvidence("partnerId", "ben");
    rules.verify("closure.feedback-missing").given(closing(complete())).asOf(AS_OF)
        .doesNotFire();
  }

  @Test
  void feedbackThatSkipsWhatToDoDifferentlyIsIncomplete() {
    Feedback partial = Feedback.builder().workedBest("w").mostChallenging("c").build();
    rules.verify("closure.feedback-missing")
        .given(closing(complete().withMentorFeedback(partial))).asOf(AS_OF)
        .firesTimes(1).about(Subject.Kind.PARTNER, "mentor");
  }

  @Test
  void stepsAreNotJudgedWhileTheRelationshipIsStillActive() {
    Relationship r = formal(Phase.ACTIVE, AS_OF.plusDays(5))
        .closure(complete().withMenteeFeedback(Optional.empty()).withThankedBy(java.util.Set.of()))
        .build();
    rules.verify("closure.feedback-missing").given(r).asOf(AS_OF).doesNotFire();
    rules.verify("closure.thanks-missing").given(r).asOf(AS_OF).doesNotFire();
  }

  @Test
  void remainingWorkNeitherFinishedNorDroppedIsOpen() {
    Relationship r = closing(complete().withRemainingWork(
        work("draft the portfolio", Resolution.COMPLETED),
        work("conference talk", Resolution.UNRESOLVED)));
    rules.verify("closure.remaining-work-open").given(r).asOf(AS_OF)
        .fires().about(Subject.Kind.CLOSURE, "r-1")
        .withEvidence("unresolvedWork", 1).withEvidence("remainingWork", 2);
    rules.verify("closure.remaining-work-open").given(closing(complete())).asOf(AS_OF)
        .doesNotFire();
  }

  @Test
  void aMentorWhoHasNotSaidWhetherToGoOnLeavesTheDecisionOpen() {
    Relationship r = closing(complete().withMentorDecision(Optional.empty()));
    rules.verify("closure.decision-missing").given(r).asOf(AS_OF)
        .firesTimes(1).about(Subject.Kind.PARTNER, "mentor").withEvidence("partnerId", "ada");
    rules.verify("closure.decision-missing").given(closing(complete())).asOf(AS_OF)
        .doesNotFire();
  }

  @Test
  void decliningToGoOnIsALegitimateDecision() {
    Relationship bothDecline = closing(complete()
        .withMenteeDecision(ContinuationDecision.of(false)));
    rules.verify("closure.decision-missing").given(bothDecline).asOf(AS_OF).doesNotFire();
    rules.verify("closure.expectations-missing").given(bothDecline).asOf(AS_OF).doesNotFire();
  }

  @Test
  void goingOnInformallyWithoutNewExpectationsIsAGap() {
    Closure bothContinue = complete()
        .withMentorDecision(ContinuationDecision.of(true));
    Relationship r = closed(Phase.CONTINUING_INFORMALLY).closure(bothContinue).build();
    rules.verify("closure.expectations-missing").given(r).asOf(AS_OF)
        .fires().withEvidence("bothContinue", true);
    Relationship planned = closed(Phase.CONTINUING_INFORMALLY).closure(bothContinue
        .withContinuation(ContinuationPlan.builder().frequency(Period.ofMonths(2))
            .keepAgenda(false).build()))
        .build();
    rules.verify("closure.expectations-missing").given(planned).asOf(AS_OF).doesNotFire();
    // Only one wants to go on: nothing to set expectations for.
    rules.verify("closure.expectations-missing").given(closing(complete())).asOf(AS_OF)
        .doesNotFire();
  }

  @Test
  void aClosureWithoutThanksMissesTheAcknowledgementOfEachPartner() {
    rules.verify("closure.thanks-missing")
        .given(closing(complete().withThankedBy(java.util.Set.of()))).asOf(AS_OF).firesTimes(2);
    rules.verify("closure.thanks-missing").given(closing(complete())).asOf(AS_OF)
        .doesNotFire();
  }

  @Test
  void whenOnlyTheMentorHasSaidThankYouTheFindingNamesTheMenteeAlone() {
    // Before: one flag for both partners, so a missing thank-you from the mentee read as
    // "neither partner has", wrongly implicating the mentor.
    Relationship r = closing(complete().withThankedBy(java.util.Set.of(PartnerRole.MENTOR)));
    rules.verify("closure.thanks-missing").given(r).asOf(AS_OF)
        .firesTimes(1).about(Subject.Kind.PARTNER, "mentee")
        .withEvidence("partner", "mentee").withEvidence("partnerId", "ben")
        .having("a message about the mentee only",
            f -> f.message().startsWith("The mentee ") && !f.message().contains("mentor")
                && !f.message().contains("Neither"));
  }

  // ---- grace after entering closing -----------------------------------------------------

  @Test
  void aRelationshipThatEnteredClosingTwoWeeksAgoStillHasTimeForItsClosingConversation() {
    // Before: flagged the day it entered closing. 14 days of grace by default.
    Relationship fourteen = closed(Phase.CLOSING).phaseSince(AS_OF.minusDays(14)).build();
    rules.verify("closure.missing").given(fourteen).asOf(AS_OF).doesNotFire();
    Relationship fifteen = closed(Phase.CLOSING).phaseSince(AS_OF.minusDays(15)).build();
    rules.verify("closure.missing").given(fifteen).asOf(AS_OF)
        .fires().withEvidence("daysInPhase", 15);
  }

  // ---- how an early end was raised --------------------------------------------------------

  @Test
  void aMentorWhoEndsEarlyByEmailIsNamedAndTheMenteeIsNot() {
    Relationship r = formal(Phase.CLOSING, AS_OF.plusMonths(2))
        .earlyEnd(EarlyEnd.builder().raisedBy(PartnerRole.MENTOR).raisedOn(AS_OF.minusDays(3))
            .raisedThrough(Channel.EMAIL).build())
        .build();
    rules.verify("closure.ended-early-in-writing").given(r).asOf(AS_OF)
        .fires().withEvidence("raisedBy", "mentor").withEvidence("raisedThrough", "email")
        .withEvidence("raisedOn", AS_OF.minusDays(3).toString())
        .having("a message naming the mentor only",
            f -> f.message().startsWith("The mentor ") && !f.message().contains("mentee"));
    // Not known before it was raised.
    rules.verify("closure.ended-early-in-writing").given(r).asOf(AS_OF.minusDays(4))
        .doesNotFire();
  }

  @Test
  void anEarlyEndTalkedThroughOnAVideoCallIsHowItShouldBeDone() {
    Relationship r = formal(Phase.CLOSING, AS_OF.plusMonths(2))
        .earlyEnd(EarlyEnd.builder().raisedBy(PartnerRole.MENTEE).raisedOn(AS_OF.minusDays(3))
            .raisedThrough(Channel.VIDEO).build())
        .build();
    rules.verify("closure.ended-early-in-writing").given(r).asOf(AS_OF).doesNotFire();
    Relationship unknownChannel = formal(Phase.CLOSING, AS_OF.plusMonths(2))
        .earlyEnd(EarlyEnd.builder().raisedBy(PartnerRole.MENTEE).raisedOn(AS_OF.minusDays(3))
            .build())
        .build();
    rules.verify("closure.ended-early-in-writing").given(unknownChannel).asOf(AS_OF)
        .doesNotFire();
  }

  @Test
  void anEarlyEndWithoutClosureSaysWhoRaisedIt() {
    Relationship r = endedEarly().earlyEnd(EarlyEnd.builder().raisedBy(PartnerRole.MENTEE)
        .raisedOn(AS_OF.minusDays(6)).raisedThrough(Channel.PHONE).build()).build();
    rules.verify("closure.ended-early-without-closure").given(r).asOf(AS_OF)
        .fires().withEvidence("raisedBy", "mentee");
  }

  @Test
  void partnersWhoAgreedNoWayToStayInTouchHaveNoContactPlan() {
    rules.verify("closure.contact-plan-missing")
        .given(closing(complete().withContactPlan(Optional.empty()))).asOf(AS_OF)
        .fires().withEvidence("contactPlanned", false);
    rules.verify("closure.contact-plan-missing")
        .given(closing(complete().withContactPlan(ContactPlan.builder().build()))).asOf(AS_OF)
        .fires();
    rules.verify("closure.contact-plan-missing")
        .given(closing(complete().withContactPlan(ContactPlan.builder()
            .addChannels(Channel.EMAIL).build())))
        .asOf(AS_OF).doesNotFire();
  }

  @Test
  void aMenteeWithNoPlanToPayItForwardIsNudged() {
    rules.verify("closure.pay-it-forward-missing")
        .given(closing(complete().withPayItForward(Optional.empty()))).asOf(AS_OF)
        .fires().about(Subject.Kind.CLOSURE, "r-1");
    rules.verify("closure.pay-it-forward-missing")
        .given(closing(complete().withPayItForward("  "))).asOf(AS_OF).fires();
    rules.verify("closure.pay-it-forward-missing").given(closing(complete())).asOf(AS_OF)
        .doesNotFire();
  }

  // ---- properties ---------------------------------------------------------------------------

  @Test
  void aClosureWithEveryStepDoneRaisesNoPendingClosureFinding() {
    Closure bothContinue = complete()
        .withMentorDecision(ContinuationDecision.of(true))
        .withContinuation(ContinuationPlan.builder().focus("f").build());
    for (Relationship r : new Relationship[] {
        closing(complete()),
        closed(Phase.CLOSED).closure(complete()).build(),
        closed(Phase.CONTINUING_INFORMALLY).closure(bothContinue).build(),
        endedEarly().closure(complete()).build()}) {
      var report = rules.healthCheck().check(r, AS_OF);
      assertThat(report.findings())
          .as("findings for a complete closure in phase %s", r.getPhase())
          .noneMatch(f -> f.category() == Category.PENDING_CLOSURE);
    }
  }

  @Test
  void aClosureStartedAfterTheCheckDateIsNotKnownYet() {
    Relationship r = closing(complete().withStartedOn(AS_OF.plusDays(1))
        .withThankedBy(java.util.Set.of()));
    rules.verify("closure.missing").given(r).asOf(AS_OF).fires();
    rules.verify("closure.thanks-missing").given(r).asOf(AS_OF).doesNotFire();
    rules.verify("closure.feedback-missing").given(r).asOf(AS_OF).doesNotFire();
  }

  @Test
  void aProgramCanAskForClosureSoonerAndLessGraceAfterTheEnd() {
    rules.verify("closure.end-near").given(activeEndingIn(25)).asOf(AS_OF).doesNotFire();
    CAUTIOUS.verify("closure.end-near").given(activeEndingIn(25)).asOf(AS_OF)
        .fires().withEvidence("daysUntilPlannedEnd", 25);
    CAUTIOUS.verify("closure.end-passed.critical").given(activeEndingIn(-8)).asOf(AS_OF)
        .fires().withEvidence("daysPastPlannedEnd", 8);
    CAUTIOUS.verify("closure.end-passed").given(activeEndingIn(-8)).asOf(AS_OF).doesNotFire();
  }
}
