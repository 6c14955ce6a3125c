package io.github.mentoring.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mentoring.core.model.Agreement;
import io.github.mentoring.core.model.Closure;
import io.github.mentoring.core.model.ConversationCheck;
import io.github.mentoring.core.model.EarlyEnd;
import io.github.mentoring.core.model.Feedback;
import io.github.mentoring.core.model.FollowUp;
import io.github.mentoring.core.model.Meeting;
import io.github.mentoring.core.model.MeetingStatus;
import io.github.mentoring.core.model.PartnerRole;
import io.github.mentoring.core.model.Phase;
import io.github.mentoring.core.model.Relationship;
import io.github.mentoring.core.model.RelationshipKind;
import io.github.mentoring.core.model.Resolution;
import io.github.mentoring.core.model.SmartGoal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SamplesTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);

  @ParameterizedTest
  @ValueSource(strings = {"2026-06-01", "2024-02-29", "2026-01-31", "2026-12-31", "2027-03-31"})
  void everySampleIsValidWhateverTheDayItIsSeenFrom(String day) {
    LocalDate asOf = LocalDate.parse(day);

    Map<String, Relationship> all = Samples.all(asOf);

    assertThat(all).hasSize(13);
    all.forEach((name, r) -> {
      assertThat(Relationship.builder().from(r).build()).as(name).isEqualTo(r);
      assertThat(r.getRecordedOn()).as(name).contains(asOf);
      assertThat(r.getMentor().getId()).isEqualTo(Samples.MENTOR_ID);
      assertThat(r.getMentee().getId()).isEqualTo(Samples.MENTEE_ID);
    });
    assertThat(all.values()).extracting(Relationship::getId).doesNotHaveDuplicates();
  }

  @Test
  void theHealthyRelationshipMeetsWeeklyAsAgreedWithAgendasAndNextSteps() {
    Relationship r = Samples.healthyWeeklyFormal(AS_OF);

    assertThat(r.getPhase()).isEqualTo(Phase.ACTIVE);
    assertThat(r.getAgreement().flatMap(Agreement::meetingIntervalDays)).contains(7);
    assertThat(r.lastHeldMeeting().orElseThrow().date()).isAfter(AS_OF.minusDays(7));
    assertThat(r.meetingsInOrder().get(r.getMeetings().size() - 1).date()).isAfter(AS_OF);
    assertThat(r.heldMeetingsInOrder()).hasSize(12).allSatisfy(m -> {
      assertThat(m.getActualMinutes()).isEqualTo(m.getPlannedMinutes());
      assertThat(m.getAgenda().flatMap(a -> a.getSentAt())).isPresent();
      assertThat(m.getWrapUp().filter(ConversationCheck::hasNextSteps)).isPresent();
    });
    assertThat(r.openFollowUps()).allSatisfy(f -> assertThat(f.getDue().orElseThrow()).isAfter(AS_OF));
    assertThat(r.getProgressUpdates().get(0).getDate()).isAfter(AS_OF.minusDays(14));
  }

  @Test
  void theFizzlingRelationshipHasStoppedMeeting() {
    Relationship r = Samples.fizzlingFormal(AS_OF);

    assertThat(r.lastHeldMeeting().orElseThrow().date()).isBefore(AS_OF.minusWeeks(4));
    assertThat(r.getMeetings()).noneMatch(m -> m.date().isAfter(AS_OF));
    assertThat(r.getMeetings()).filteredOn(Meeting::isMissed).hasSize(3);
    assertThat(r.getMeetings()).anySatisfy(m ->
        assertThat(m.cancellationNotice().orElse(Duration.ofDays(9))).isLessThan(Duration.ofDays(1)));
    assertThat(r.lastHeldMeeting().get().getActualMinutes()).contains(15);
    assertThat(r.getProgressUpdates().get(0).getDate()).isBefore(AS_OF.minusWeeks(8));
  }

  @Test
  void theVagueGoalsAreManyAndMostlyNotSmart() {
    Relationship r = Samples.vagueGoals(AS_OF);

    assertThat(r.getGoals()).hasSize(7);
    SmartGoal leadership = r.getGoals().get(0);
    assertThat(leadership.getStatement()).isEqualTo("Get better at leadership");
    assertThat(leadership.getMeasure()).isEmpty();
    assertThat(leadership.getTargetDate()).isEmpty();
    assertThat(leadership.getServesObjective()).isEmpty();
    assertThat(r.getGoals().get(1).getTargetDate().orElseThrow())
        .isAfter(r.plannedEndDate().orElseThrow());
    assertThat(r.getGoals()).allMatch(g -> g.getProgressChecks().isEmpty());
  }

  @Test
  void theMissedFollowUpsAreOverdueOnBothSides() {
    Relationship r = Samples.missedFollowUps(AS_OF);

    assertThat(r.openFollowUps())
        .filteredOn(f -> f.getDue().filter(d -> d.isBefore(AS_OF)).isPresent())
        .extracting(f -> f.getOwner().flatMap(r::roleOf).orElse(null))
        .contains(PartnerRole.MENTOR, PartnerRole.MENTEE, null);
    assertThat(r.getFollowUps()).anyMatch(f -> f.getDue().isEmpty());
    assertThat(r.lastHeldMeeting().flatMap(Meeting::getWrapUp).map(ConversationCheck::hasNextSteps))
        .contains(false);
  }

  @Test
  void theAgreementGapsAreWhereTheStoriesSayTheyAre() {
    assertThat(Samples.formalWithoutAgreement(AS_OF).getAgreement()).isEmpty();
    assertThat(Samples.formalWithoutAgreement(AS_OF).isFormal()).isTrue();
    Agreement thin = Samples.agreementWithGaps(AS_OF).getAgreement().orElseThrow();
    assertThat(thin.getObjective()).isPresent();
    assertThat(thin.getMeetingMinutes()).isEmpty();
    assertThat(thin.getConfidentiality()).isEmpty();
    Relationship informal = Samples.informalAsNeeded(AS_OF);
    assertThat(informal.getKind()).isEqualTo(RelationshipKind.INFORMAL);
    assertThat(informal.plannedEndDate()).isEmpty();
  }

  @Test
  void theEarlyPhasesHaveNotMetYetOrJustOnce() {
    Relationship preparing = Samples.preparing(AS_OF);
    assertThat(preparing.getPhase()).isEqualTo(Phase.PREPARING);
    assertThat(preparing.getStartDate()).isAfter(AS_OF);
    assertThat(preparing.heldMeetingsInOrder()).isEmpty();
    assertThat(preparing.getMentorPreparation().orElseThrow().isComplete()).isTrue();
    assertThat(preparing.getMenteePreparation().orElseThrow().isComplete()).isFalse();

    Relationship agreed = Samples.justAgreed(AS_OF);
    assertThat(agreed.getPhase()).isEqualTo(Phase.ESTABLISHING);
    assertThat(agreed.heldMeetingsInOrder()).hasSize(1);
    assertThat(agreed.getRoadmap()).isPresent();
  }

  @Test
  void thePendingClosureLacksMostSteps() {
    Relationship r = Samples.pendingClosure(AS_OF);
    Closure c = r.getClosure().orElseThrow();

    assertThat(r.getPhase()).isEqualTo(Phase.CLOSING);
    assertThat(r.plannedEndDate().orElseThrow()).isBefore(AS_OF);
    assertThat(c.getMentorFeedback()).isEmpty();
    assertThat(c.getMenteeFeedback().map(Feedback::isComplete)).contains(false);
    assertThat(c.getRemainingWork()).extracting(w -> w.getResolution())
        .containsExactly(Resolution.UNRESOLVED);
    assertThat(c.getMenteeDecision()).isEmpty();
    assertThat(c.isAcknowledged()).isFalse();
    assertThat(c.getContactPlan()).isEmpty();
    assertThat(c.getPayItForward()).isEmpty();
  }

  @Test
  void theClosedRelationshipTookEveryClosureStep() {
    Relationship r = Samples.closedWithFullClosure(AS_OF);
    Closure c = r.getClosure().orElseThrow();

    assertThat(r.getPhase()).isEqualTo(Phase.CLOSED);
    assertThat(c.feedbackFrom(PartnerRole.MENTOR).map(Feedback::isComplete)).contains(true);
    assertThat(c.feedbackFrom(PartnerRole.MENTEE).map(Feedback::isComplete)).contains(true);
    assertThat(c.getRemainingWork()).noneMatch(w -> w.getResolution() == Resolution.UNRESOLVED);
    assertThat(c.decisionOf(PartnerRole.MENTOR).orElseThrow().isContinueInformally()).isFalse();
    assertThat(c.bothContinue()).isFalse();
    assertThat(c.isAcknowledged()).isTrue();
    assertThat(c.getContactPlan()).isPresent();
    assertThat(c.getPayItForward()).isPresent();
  }

  @Test
  void theEarlyEndingAndTheInformalContinuationTellTheirStories() {
    Relationship early = Samples.endedEarly(AS_OF);
    assertThat(early.isEndedEarly()).isTrue();
    assertThat(early.getActualEnd().orElseThrow()).isBefore(early.plannedEndDate().orElseThrow());
    assertThat(early.getEarlyEnd().flatMap(EarlyEnd::getReason)).isPresent();
    assertThat(early.getEarlyEnd().flatMap(EarlyEnd::getRaisedBy)).contains(PartnerRole.MENTOR);
    assertThat(early.getEarlyEnd().flatMap(EarlyEnd::raisedInConversation)).contains(true);

    Relationship continuing = Samples.continuingInformally(AS_OF);
    assertThat(continuing.getPhase()).isEqualTo(Phase.CONTINUING_INFORMALLY);
    assertThat(continuing.getClosure().map(Closure::bothContinue)).contains(true);
    assertThat(continuing.getClosure().flatMap(Closure::getContinuation)).isPresent();
    assertThat(continuing.heldMeetingsInOrder())
        .filteredOn(m -> m.date().isAfter(continuing.getActualEnd().get())).hasSize(2);
    assertThat(continuing.getMeetings()).noneMatch(m -> m.getStatus() == MeetingStatus.CANCELLED);
  }

  @Test
  void everyFollowUpInTheSamplesComesFromARecordedMeeting() {
    Samples.all(AS_OF).forEach((name, r) -> {
      for (FollowUp f : r.getFollowUps()) {
        assertThat(f.getFromMeeting()).as(name + " " + f.getId()).isPresent();
      }
    });
  }
}
