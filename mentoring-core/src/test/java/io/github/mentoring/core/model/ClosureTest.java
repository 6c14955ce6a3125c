package io.github.mentoring.core.model;

import static io.github.mentoring.core.testing.ModelAssertions.assertRefused;
import static io.github.mentoring.core.testing.ModelAssertions.violation;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ClosureTest {

  private static final LocalDate JUNE_26 = LocalDate.of(2026, 6, 26);

  private static Feedback fullFeedback() {
    return Feedback.builder().workedBest("The role-plays").mostChallenging("The reorganisation")
        .doDifferently("Meet more often").build();
  }

  @Test
  void aClosureNeedsTheDayTheClosingConversationStarted() {
    assertRefused("Closure", () -> Closure.builder().addThankedBy(PartnerRole.MENTEE).build())
        .containsExactly(violation("startedOn", "must not be null"));
  }

  @Test
  void aClosureWithEveryStepKeepsThemAll() {
    Closure c = Closure.builder()
        .startedOn(JUNE_26)
        .mentorFeedback(fullFeedback())
        .menteeFeedback(fullFeedback())
        .addRemainingWork(RemainingWork.builder().description("Finish the talk")
            .resolution(Resolution.COMPLETED).build())
        .mentorDecision(ContinuationDecision.of(true))
        .menteeDecision(ContinuationDecision.of(true))
        .continuation(ContinuationPlan.builder().frequency(Period.ofMonths(2)).keepAgenda(false)
            .focus("Career paths").build())
        .addThankedBy(PartnerRole.MENTOR, PartnerRole.MENTEE)
        .contactPlan(ContactPlan.builder().finalConversationOn(JUNE_26.plusMonths(2))
            .addChannels(Channel.EMAIL).sharesUpdates(true).build())
        .payItForward("Mentor a new joiner next quarter")
        .build();

    assertThat(c.feedbackFrom(PartnerRole.MENTOR)).contains(fullFeedback());
    assertThat(c.feedbackFrom(PartnerRole.MENTEE).map(Feedback::isComplete)).contains(true);
    assertThat(c.decisionOf(PartnerRole.MENTEE)).contains(ContinuationDecision.of(true));
    assertThat(c.bothContinue()).isTrue();
    assertThat(c.getContinuation().flatMap(ContinuationPlan::getFrequency))
        .contains(Period.ofMonths(2));
    assertThat(c.getContactPlan().map(ContactPlan::isSharesUpdates)).contains(true);
    assertThat(c.isAcknowledged()).isTrue();
    assertThat(c.getPayItForward()).isPresent();
  }

  @Test
  void theClosureIsAcknowledgedOnlyWhenBothPartnersHaveThankedTheOther() {
    Closure none = Closure.builder().startedOn(JUNE_26).build();
    Closure mentorOnly = none.withThankedBy(java.util.EnumSet.of(PartnerRole.MENTOR));
    Closure both = mentorOnly.withThankedBy(java.util.EnumSet.allOf(PartnerRole.class));

    assertThat(none.getThankedBy()).isEmpty();
    assertThat(none.isAcknowledged()).isFalse();
    assertThat(mentorOnly.hasThanked(PartnerRole.MENTOR)).isTrue();
    assertThat(mentorOnly.hasThanked(PartnerRole.MENTEE))
        .as("the mentee has not thanked; the mentor is not implicated").isFalse();
    assertThat(mentorOnly.isAcknowledged()).isFalse();
    assertThat(both.isAcknowledged()).isTrue();
  }

  @Test
  void aPartnerWhoThanksTwiceIsCountedOnce() {
    Closure c = Closure.builder().startedOn(JUNE_26)
        .addThankedBy(PartnerRole.MENTEE).addThankedBy(PartnerRole.MENTEE).build();

    assertThat(c.getThankedBy()).containsExactly(PartnerRole.MENTEE);
    assertThat(c.isAcknowledged()).isFalse();
  }

  @Test
  void partnersGoOnInformallyOnlyWhenBothSaySo() {
    Closure mentorDeclines = Closure.builder().startedOn(JUNE_26)
        .mentorDecision(ContinuationDecision.builder().continueInformally(false)
            .reason("My time is committed to a new mentee").build())
        .menteeDecision(ContinuationDecision.of(true))
        .build();
    Closure menteeUndecided = Closure.builder().startedOn(JUNE_26)
        .mentorDecision(ContinuationDecision.of(true))
        .build();

    assertThat(mentorDeclines.bothContinue()).isFalse();
    assertThat(mentorDeclines.decisionOf(PartnerRole.MENTOR).flatMap(ContinuationDecision::getReason))
        .contains("My time is committed to a new mentee");
    assertThat(menteeUndecided.bothContinue()).isFalse();
    assertThat(menteeUndecided.decisionOf(PartnerRole.MENTEE)).isEmpty();
  }

  @Test
  void feedbackIsCompleteOnlyWhenAllThreeQuestionsHaveAnAnswer() {
    assertThat(fullFeedback().isComplete()).isTrue();
    assertThat(Feedback.builder().workedBest("The role-plays").build().isComplete()).isFalse();
    assertThat(Feedback.builder().workedBest("x").mostChallenging(" ").doDifferently("y").build()
        .isComplete()).as("a blank answer is no answer").isFalse();
  }

  @Test
  void remainingWorkIsUnresolvedUntilSettled() {
    RemainingWork w = RemainingWork.builder().description("Finish the talk").build();

    assertThat(w.getResolution()).isEqualTo(Resolution.UNRESOLVED);
    assertThat(w.withResolution(Resolution.CLOSED_ON_PURPOSE).getResolution())
        .isEqualTo(Resolution.CLOSED_ON_PURPOSE);
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "  "})
  void remainingWorkThatSaysNothingIsRefused(String description) {
    assertRefused("RemainingWork", () -> RemainingWork.builder().description(description).build())
        .containsExactly(violation("description", "must not be blank"));
  }

  @Test
  void decliningToGoOnIsALegitimateAnswer() {
    ContinuationDecision no = ContinuationDecision.builder().continueInformally(false)
        .reason("I want to try on my own for a while").build();

    assertThat(no.isContinueInformally()).isFalse();
    assertThat(ContinuationDecision.of(false)).isEqualTo(
        ContinuationDecision.builder().continueInformally(false).build());
  }

  @Test
  void aContactPlanAndAContinuationPlanMayLeaveEverythingOpen() {
    assertThat(ContactPlan.builder().sharesUpdates(false).build().getChannels()).isEmpty();
    assertThat(ContinuationPlan.builder().build().getFocus()).isEmpty();
  }
}
