package io.github.mentoring.core.model;

import static io.github.mentoring.core.model.Fixtures.START;
import static io.github.mentoring.core.model.Fixtures.at;
import static io.github.mentoring.core.model.Fixtures.cancelled;
import static io.github.mentoring.core.model.Fixtures.followUp;
import static io.github.mentoring.core.model.Fixtures.goal;
import static io.github.mentoring.core.model.Fixtures.held;
import static io.github.mentoring.core.model.Fixtures.relationship;
import static io.github.mentoring.core.model.Fixtures.scheduled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What was known about a relationship on a given day, whatever was recorded later. */
class SnapshotTest {

  private static final LocalDate MARCH_20 = LocalDate.of(2026, 3, 20);

  private final Meeting january = held("m01", at(1, 12));
  private final Meeting february = held("m02", at(2, 9));
  private final Meeting cancelledEarly = cancelled("m03", at(3, 9), at(3, 8));
  private final Meeting heldLater = held("m04", at(4, 6));
  private final Meeting cancelledLater = cancelled("m05", at(5, 4), at(4, 30));

  @Test
  void aMeetingHeldAfterTheDayWasStillAheadOnItAndOneCalledOffLaterToo() {
    Relationship r = relationship()
        .addMeetings(heldLater, january, cancelledEarly, february, cancelledLater).build();
    Snapshot onMarch20 = Snapshot.of(r, MARCH_20);

    assertThat(onMarch20.pastMeetings()).containsExactly(january, february, cancelledEarly);
    assertThat(onMarch20.heldMeetings()).containsExactly(january, february);
    assertThat(onMarch20.lastHeldMeeting()).contains(february);
    assertThat(onMarch20.nextMeeting()).as("held on 6 April, so still ahead on 20 March")
        .contains(heldLater);

    Snapshot onApril7 = Snapshot.of(r, LocalDate.of(2026, 4, 7));
    assertThat(onApril7.lastHeldMeeting()).contains(heldLater);
    assertThat(onApril7.nextMeeting()).as("called off on 30 April, so still ahead on 7 April")
        .contains(cancelledLater);
    assertThat(Snapshot.of(r, LocalDate.of(2026, 5, 1)).nextMeeting())
        .as("known to be called off by 1 May").isEmpty();
  }

  @Test
  void oneRuleCannotRewriteTheMeetingsThatTheOtherRulesSeeOnTheDay() {
    Relationship r = relationship().addMeetings(january, february).build();
    Snapshot onMarch20 = Snapshot.of(r, MARCH_20);

    assertThatThrownBy(() -> onMarch20.heldMeetings().remove(february))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> onMarch20.pastMeetings().add(heldLater))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(onMarch20.lastHeldMeeting()).contains(february);
  }

  @Test
  void aMeetingLeftScheduledOnAnEarlierDayIsNeitherPastNorAhead() {
    Meeting forgotten = scheduled("m09", at(3, 2));
    Relationship r = relationship().addMeetings(january, forgotten).build();
    Snapshot s = Snapshot.of(r, MARCH_20);
    assertThat(s.pastMeetings()).containsExactly(january);
    assertThat(s.nextMeeting()).isEmpty();
  }

  @Test
  void aFollowUpDoneOrDroppedAfterTheDayWasOpenOnIt() {
    FollowUp done = FollowUp.builder().from(followUp("f1", Fixtures.BEN))
        .status(FollowUpStatus.DONE).doneOn(MARCH_20.plusDays(1)).build();
    FollowUp dropped = FollowUp.builder().from(followUp("f2", Fixtures.BEN))
        .status(FollowUpStatus.DROPPED).droppedOn(MARCH_20).build();
    Relationship r = relationship().addFollowUps(done, dropped).build();
    Snapshot s = Snapshot.of(r, MARCH_20);
    assertThat(s.isOpen(done)).isTrue();
    assertThat(s.isOpen(dropped)).as("dropped on the day itself").isFalse();
    assertThat(Snapshot.of(r, MARCH_20.plusDays(1)).isOpen(done)).isFalse();
  }

  @Test
  void aGoalSetLaterIsUnknownAndOneAchievedLaterWasStillPursued() {
    SmartGoal setLater = SmartGoal.builder().from(goal("g1")).setOn(MARCH_20.plusDays(1)).build();
    SmartGoal achievedLater = SmartGoal.builder().from(goal("g2")).status(GoalStatus.ACHIEVED)
        .achievedOn(MARCH_20.plusDays(1)).build();
    SmartGoal achievedUndated = SmartGoal.builder().from(goal("g3"))
        .status(GoalStatus.ACHIEVED).build();
    Relationship r = relationship().addGoals(setLater, achievedLater, achievedUndated).build();
    Snapshot s = Snapshot.of(r, MARCH_20);
    assertThat(s.isSet(setLater)).isFalse();
    assertThat(s.isPursued(setLater)).isFalse();
    assertThat(s.isPursued(achievedLater)).isTrue();
    assertThat(s.isPursued(achievedUndated)).as("achieved on an unknown day").isFalse();
    assertThat(Snapshot.of(r, MARCH_20.plusDays(1)).isPursued(achievedLater)).isFalse();
  }

  @Test
  void updatesChecksAndTheClosureDatedAfterTheDayAreNotKnown() {
    SmartGoal checked = SmartGoal.builder().from(goal("g1"))
        .addProgressChecks(ProgressCheck.builder().date(MARCH_20).build(),
            ProgressCheck.builder().date(MARCH_20.plusDays(3)).build())
        .build();
    Relationship r = relationship().addGoals(checked)
        .addProgressUpdates(update(MARCH_20.minusDays(5)), update(MARCH_20.plusDays(2)))
        .closure(Closure.builder().startedOn(MARCH_20.plusDays(1)).build())
        .build();
    Snapshot s = Snapshot.of(r, MARCH_20);
    assertThat(s.checksOf(checked)).hasSize(1);
    assertThat(s.lastUpdateFrom(PartnerRole.MENTEE)).contains(MARCH_20.minusDays(5));
    assertThat(s.lastUpdateFrom(PartnerRole.MENTOR)).isEmpty();
    assertThat(s.closure()).isEmpty();
    assertThat(Snapshot.of(r, MARCH_20.plusDays(1)).closure()).isPresent();
  }

  @Test
  void anEarlyEndIsKnownFromTheDayItWasRaisedOrOnceTheRelationshipEnded() {
    Relationship raised = relationship()
        .earlyEnd(EarlyEnd.builder().raisedOn(MARCH_20).build()).build();
    assertThat(Snapshot.of(raised, MARCH_20.minusDays(1)).earlyEnd()).isEmpty();
    assertThat(Snapshot.of(raised, MARCH_20).earlyEnd()).isPresent();

    Relationship undated = relationship().actualEnd(MARCH_20).earlyEnd(EarlyEnd.unexplained())
        .build();
    assertThat(Snapshot.of(undated, MARCH_20.minusDays(1)).earlyEnd()).isEmpty();
    assertThat(Snapshot.of(undated, MARCH_20.minusDays(1)).isEnded()).isFalse();
    assertThat(Snapshot.of(undated, MARCH_20).earlyEnd()).isPresent();
    assertThat(Snapshot.of(undated, START).actualEnd()).isEmpty();
  }

  private static ProgressUpdate update(LocalDate day) {
    return ProgressUpdate.builder().from(PartnerRole.MENTEE).date(day)
        .kind(ProgressKind.PROGRESS).build();
  }
}
