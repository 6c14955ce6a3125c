package io.github.mentoring.core.model;

import static io.github.mentoring.core.model.Fixtures.ADA;
import static io.github.mentoring.core.model.Fixtures.BEN;
import static io.github.mentoring.core.model.Fixtures.PLANNED_END;
import static io.github.mentoring.core.model.Fixtures.at;
import static io.github.mentoring.core.model.Fixtures.cancelled;
import static io.github.mentoring.core.model.Fixtures.followUp;
import static io.github.mentoring.core.model.Fixtures.goal;
import static io.github.mentoring.core.model.Fixtures.held;
import static io.github.mentoring.core.model.Fixtures.relationship;
import static io.github.mentoring.core.model.Fixtures.scheduled;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a relationship derives from what was recorded. */
class RelationshipViewsTest {

  private final Meeting january = held("m01", at(1, 12));
  private final Meeting february = held("m02", at(2, 9));
  private final Meeting cancelledInMarch = cancelled("m03", at(3, 9), at(3, 8));
  private final Meeting april = held("m04", at(4, 6));
  private final Meeting nextMeeting = scheduled("m05", at(5, 4));

  @Test
  void meetingsReadInTheOrderTheyWereScheduledWhateverTheOrderTheyWereRecordedIn() {
    Relationship r = relationship()
        .addMeetings(nextMeeting, february, april, january, cancelledInMarch).build();

    assertThat(r.meetingsInOrder())
        .containsExactly(january, february, cancelledInMarch, april, nextMeeting);
    assertThat(r.getMeetings()).as("the record keeps the order it was given")
        .containsExactly(nextMeeting, february, april, january, cancelledInMarch);
  }

  @Test
  void twoMeetingsBookedForTheSameTimeAreOrderedByTheirIds() {
    Meeting b = held("b", at(1, 12));
    Meeting a = cancelled("a", at(1, 12), at(1, 10));

    assertThat(relationship().addMeetings(b, a).build().meetingsInOrder()).containsExactly(a, b);
  }

  @Test
  void heldMeetingsLeaveOutCancelledNoShowAndScheduledOnes() {
    Meeting noShow = Meeting.builder().id("m06").scheduledAt(at(3, 23))
        .status(MeetingStatus.NO_SHOW).build();
    Relationship r = relationship()
        .addMeetings(april, nextMeeting, noShow, cancelledInMarch, january, february).build();

    assertThat(r.heldMeetingsInOrder()).containsExactly(january, february, april);
  }

  @Test
  void theLastHeldMeetingIsTheMostRecentOneThatTookPlace() {
    Relationship r = relationship()
        .addMeetings(april, january, nextMeeting, cancelledInMarch).build();

    assertThat(r.lastHeldMeeting()).contains(april);
  }

  @Test
  void aRelationshipThatNeverMetHasNoLastHeldMeeting() {
    Relationship r = relationship().addMeetings(nextMeeting, cancelledInMarch).build();

    assertThat(r.heldMeetingsInOrder()).isEmpty();
    assertThat(r.lastHeldMeeting()).isEmpty();
    assertThat(relationship().build().meetingsInOrder()).isEmpty();
  }

  @Test
  void openFollowUpsLeaveOutDoneAndDroppedOnesAndKeepTheRecordedOrder() {
    FollowUp done = FollowUp.builder().id("f1").description("Call").owner(BEN)
        .status(FollowUpStatus.DONE).doneOn(LocalDate.of(2026, 2, 1)).build();
    FollowUp second = followUp("f2", ADA);
    FollowUp dropped = followUp("f3", BEN).withStatus(FollowUpStatus.DROPPED);
    FollowUp first = followUp("f4", BEN);
    Relationship r = relationship().addFollowUps(done, second, dropped, first).build();

    assertThat(r.openFollowUps()).containsExactly(second, first);
  }

  @Test
  void activeGoalsLeaveOutAchievedAndDroppedOnes() {
    SmartGoal achieved = goal("g1").withStatus(GoalStatus.ACHIEVED);
    SmartGoal active = goal("g2");
    SmartGoal dropped = goal("g3").withStatus(GoalStatus.DROPPED);
    Relationship r = relationship().addGoals(achieved, active, dropped).build();

    assertThat(r.activeGoals()).containsExactly(active);
  }

  @Test
  void thePlannedEndIsTheRelationshipsOwn() {
    assertThat(relationship().build().plannedEndDate()).contains(PLANNED_END);
  }

  @Test
  void withoutItsOwnPlannedEndTheRelationshipFallsBackOnTheAgreement() {
    LocalDate agreed = LocalDate.of(2026, 7, 5);
    Relationship r = relationship().plannedEnd(Optional.empty())
        .agreement(Agreement.builder().plannedEnd(agreed).build()).build();

    assertThat(r.getPlannedEnd()).isEmpty();
    assertThat(r.plannedEndDate()).contains(agreed);
  }

  @Test
  void theRelationshipsOwnPlannedEndWinsOverTheAgreements() {
    Relationship r = relationship()
        .agreement(Agreement.builder().plannedEnd(LocalDate.of(2026, 7, 5)).build()).build();

    assertThat(r.plannedEndDate()).contains(PLANNED_END);
  }

  @Test
  void withNeitherItsOwnNorAnAgreedPlannedEndThereIsNone() {
    Relationship r = relationship().plannedEnd(Optional.empty())
        .agreement(Agreement.builder().objective("Grow").build()).build();

    assertThat(r.plannedEndDate()).isEmpty();
  }

  @Test
  void eachPartnerIdHasItsRoleAndStrangersHaveNone() {
    Relationship r = relationship().build();

    assertThat(r.roleOf(ADA)).contains(PartnerRole.MENTOR);
    assertThat(r.roleOf(BEN)).contains(PartnerRole.MENTEE);
    assertThat(r.roleOf("stranger")).isEmpty();
    assertThat(r.roleOf(null)).isEmpty();
    assertThat(r.partner(PartnerRole.MENTOR).getId()).isEqualTo(ADA);
    assertThat(r.partner(PartnerRole.MENTEE).getId()).isEqualTo(BEN);
  }

  @Test
  void onlyAFormalRelationshipIsFormal() {
    assertThat(relationship().build().isFormal()).isTrue();
    assertThat(relationship().kind(RelationshipKind.INFORMAL).build().isFormal()).isFalse();
  }

  @Test
  void derivedListsCannotBeChangedByTheirReaders() {
    Relationship r = relationship().addMeetings(january, cancelledInMarch)
        .addFollowUps(followUp("f1", BEN)).addGoals(goal("g1")).build();

    assertThat(r.meetingsInOrder()).isUnmodifiable();
    assertThat(r.heldMeetingsInOrder()).isUnmodifiable();
    assertThat(r.openFollowUps()).isUnmodifiable();
    assertThat(r.activeGoals()).isUnmodifiable();
  }

  @Test
  void derivedViewsDoNotTakePartInEquality() {
    Relationship a = relationship().addMeetings(april, january).build();
    Relationship b = relationship().addMeetings(april, january).build();
    List<Meeting> computed = a.meetingsInOrder();

    assertThat(computed).hasSize(2);
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
  }

  @ParameterizedTest
  @CsvSource({
      "PREPARING, false, false",
      "ESTABLISHING, false, false",
      "ACTIVE, false, true",
      "CLOSING, true, true",
      "CLOSED, true, true",
      "CONTINUING_INFORMALLY, true, true"})
  void phasesKnowWhetherTheRelationshipIsEndingAndWhetherItIsPastEstablishing(
      Phase phase, boolean ending, boolean pastEstablishing) {
    assertThat(phase.isEnding()).isEqualTo(ending);
    assertThat(phase.isPastEstablishing()).isEqualTo(pastEstablishing);
  }
}
