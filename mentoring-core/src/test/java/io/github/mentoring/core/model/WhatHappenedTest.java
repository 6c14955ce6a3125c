package io.github.mentoring.core.model;

import static io.github.mentoring.core.model.Fixtures.BEN;
import static io.github.mentoring.core.model.Fixtures.START;
import static io.github.mentoring.core.model.Fixtures.at;
import static io.github.mentoring.core.model.Fixtures.cancelled;
import static io.github.mentoring.core.model.Fixtures.followUp;
import static io.github.mentoring.core.model.Fixtures.goal;
import static io.github.mentoring.core.model.Fixtures.held;
import static io.github.mentoring.core.model.Fixtures.relationship;
import static io.github.mentoring.core.model.Fixtures.scheduled;
import static io.github.mentoring.core.testing.ModelAssertions.assertRefused;
import static io.github.mentoring.core.testing.ModelAssertions.violation;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The model records what happened and when: the day a goal was set and achieved, a follow-up done
 * or dropped, a phase began, an early end raised, and which cancelled meeting a meeting replaces.
 */
class WhatHappenedTest {

  private static final String BEFORE_START = "must not be before the start date 2026-01-05";
  private static final LocalDate MARCH_1 = LocalDate.of(2026, 3, 1);

  @Nested
  class Goals {

    @Test
    void anAchievedGoalKeepsTheDayItWasSetAndTheDayItWasAchieved() {
      SmartGoal g = goal("g1").withSetOn(START.plusDays(7)).withStatus(GoalStatus.ACHIEVED)
          .withAchievedOn(LocalDate.of(2026, 4, 20));

      assertThat(g.isAchieved()).isTrue();
      assertThat(g.getSetOn()).contains(START.plusDays(7));
      assertThat(g.getAchievedOn()).contains(LocalDate.of(2026, 4, 20));
    }

    @Test
    void anAchievedGoalMayNotKnowWhenItWasAchieved() {
      assertThat(goal("g1").withStatus(GoalStatus.ACHIEVED).getAchievedOn()).isEmpty();
    }

    @Test
    void onlyAnAchievedGoalHasAnAchievedDate() {
      assertRefused("SmartGoal", () -> SmartGoal.builder().id("g1").statement("Lead a retro")
          .status(GoalStatus.DROPPED).achievedOn(MARCH_1).build())
          .containsExactly(violation("achievedOn", "only an achieved goal has an achieved date"));
      assertRefused("SmartGoal", () -> goal("g1").withAchievedOn(MARCH_1))
          .containsExactly(violation("achievedOn", "only an achieved goal has an achieved date"));
    }

    @Test
    void aGoalCannotBeAchievedBeforeItWasSet() {
      assertRefused("SmartGoal", () -> SmartGoal.builder().id("g1").statement("Lead a retro")
          .setOn(MARCH_1).status(GoalStatus.ACHIEVED).achievedOn(MARCH_1.minusDays(1)).build())
          .containsExactly(violation("achievedOn",
              "must not be before the day the goal was set 2026-03-01"));
    }

    @Test
    void aGoalAchievedOnTheDayItWasSetIsAccepted() {
      assertThat(goal("g1").withSetOn(MARCH_1).withStatus(GoalStatus.ACHIEVED)
          .withAchievedOn(MARCH_1).getAchievedOn()).contains(MARCH_1);
    }

    @Test
    void goalDatesBeforeTheStartAreRefusedAtTheGoalsPlace() {
      SmartGoal early = goal("g2").withSetOn(START.minusDays(1));
      SmartGoal achievedEarly = goal("g3").withStatus(GoalStatus.ACHIEVED)
          .withAchievedOn(START.minusYears(100));

      assertRefused("Relationship", () -> relationship()
          .addGoals(goal("g1").withSetOn(START), early, achievedEarly).build())
          .containsExactly(
              violation("goals[1].setOn", BEFORE_START),
              violation("goals[2].achievedOn", BEFORE_START));
    }

    @Test
    void goalDatesAfterTheRecordDateAreRefused() {
      SmartGoal later = goal("g1").withSetOn(MARCH_1.plusDays(1)).withStatus(GoalStatus.ACHIEVED)
          .withAchievedOn(LocalDate.of(9999, 12, 31));

      assertRefused("Relationship", () -> relationship().recordedOn(MARCH_1).addGoals(later)
          .build())
          .containsExactly(
              violation("goals[0].achievedOn",
                  "the day it was achieved lies after the record date 2026-03-01"),
              violation("goals[0].setOn",
                  "the day it was set lies after the record date 2026-03-01"));
    }
  }

  @Nested
  class FollowUps {

    @Test
    void aDroppedFollowUpKeepsTheDayItWasClosedOnPurpose() {
      FollowUp f = followUp("f1", BEN).withStatus(FollowUpStatus.DROPPED).withDroppedOn(MARCH_1);

      assertThat(f.getDroppedOn()).contains(MARCH_1);
      assertThat(f.closedOn()).contains(MARCH_1);
      assertThat(f.isOpen()).isFalse();
    }

    @Test
    void aDroppedFollowUpMayNotKnowWhenItWasDropped() {
      FollowUp f = followUp("f1", BEN).withStatus(FollowUpStatus.DROPPED);

      assertThat(f.closedOn()).isEmpty();
    }

    @Test
    void onlyADroppedFollowUpHasADroppedDate() {
      assertRefused("FollowUp", () -> followUp("f1", BEN).withDroppedOn(MARCH_1))
          .containsExactly(violation("droppedOn", "only a dropped follow-up has a dropped date"));
    }

    @Test
    void aFollowUpIsEitherDoneOrDroppedNeverBoth() {
      assertRefused("FollowUp", () -> FollowUp.builder().id("f1").description("Send the article")
          .status(FollowUpStatus.DONE).doneOn(MARCH_1).droppedOn(MARCH_1.plusDays(2)).build())
          .containsExactly(violation("droppedOn",
              "a follow-up is either done or dropped, not both (done on 2026-03-01)"));
      assertRefused("FollowUp", () -> FollowUp.builder().id("f1").description("Send the article")
          .status(FollowUpStatus.DROPPED).doneOn(MARCH_1).droppedOn(MARCH_1).build())
          .containsExactly(
              violation("doneOn", "only a done follow-up has a done date"),
              violation("droppedOn",
                  "a follow-up is either done or dropped, not both (done on 2026-03-01)"));
    }

    @Test
    void aFollowUpDroppedAfterTheRecordDateIsRefused() {
      assertRefused("Relationship", () -> relationship().recordedOn(MARCH_1)
          .addFollowUps(followUp("f1", BEN).withStatus(FollowUpStatus.DROPPED)
              .withDroppedOn(MARCH_1.plusDays(1)))
          .build())
          .containsExactly(violation("followUps[0].droppedOn",
              "the day it was dropped lies after the record date 2026-03-01"));
    }
  }

  @Nested
  class PhaseSince {

    @Test
    void aRelationshipKnowsTheDayItsPhaseBegan() {
      Relationship r = relationship().phase(Phase.CLOSING).phaseSince(LocalDate.of(2026, 6, 20))
          .build();

      assertThat(r.getPhaseSince()).contains(LocalDate.of(2026, 6, 20));
    }

    @Test
    void aPhaseCanBeginOnTheStartDate() {
      assertThat(relationship().phaseSince(START).build().getPhaseSince()).contains(START);
    }

    @Test
    void aPhaseThatBeganBeforeTheStartIsRefused() {
      assertRefused("Relationship", () -> relationship().phaseSince(START.minusDays(1)).build())
          .containsExactly(violation("phaseSince", BEFORE_START));
    }

    @Test
    void aPhaseThatBeginsAfterTheRecordDateIsRefused() {
      assertRefused("Relationship", () -> relationship().recordedOn(MARCH_1)
          .phaseSince(MARCH_1.plusDays(1)).build())
          .containsExactly(violation("phaseSince",
              "the start of the phase lies after the record date 2026-03-01"));
    }
  }

  @Nested
  class Replacements {

    @Test
    void aMeetingMayReplaceAnEarlierCancelledMeeting() {
      Meeting replacement = held("m02", at(2, 12)).withReplaces("m01");
      Relationship r = relationship()
          .addMeetings(cancelled("m01", at(2, 10), at(2, 9)), replacement).build();

      assertThat(r.getMeetings().get(1).getReplaces()).contains("m01");
    }

    @Test
    void aReplacementOfAnUnknownMeetingIsRefused() {
      assertRefused("Relationship", () -> relationship()
          .addMeetings(held("m02", at(2, 12)).withReplaces("m99")).build())
          .containsExactly(violation("meetings[0].replaces",
              "names no meeting of this relationship: 'm99'"));
    }

    @Test
    void aHeldMeetingNeedsNoReplacement() {
      assertRefused("Relationship", () -> relationship()
          .addMeetings(held("m01", at(2, 10)), held("m02", at(2, 12)).withReplaces("m01")).build())
          .containsExactly(violation("meetings[1].replaces",
              "'m01' was not cancelled, so there is nothing to replace"));
    }

    @Test
    void aReplacementComesAfterTheMeetingItReplaces() {
      assertRefused("Relationship", () -> relationship()
          .addMeetings(scheduled("m02", at(2, 8)).withReplaces("m01"),
              cancelled("m01", at(2, 10), at(2, 7)))
          .build())
          .containsExactly(violation("meetings[0].replaces",
              "'m01' is scheduled at 2026-02-10T10:00, not before this meeting"));
    }

    @Test
    void aMeetingCannotReplaceItself() {
      assertRefused("Relationship", () -> relationship()
          .addMeetings(cancelled("m01", at(2, 10), at(2, 9)).withReplaces("m01")).build())
          .containsExactly(violation("meetings[0].replaces", "a meeting cannot replace itself"));
    }

    @Test
    void aCancelledMeetingIsReplacedOnlyOnce() {
      assertRefused("Relationship", () -> relationship()
          .addMeetings(cancelled("m01", at(2, 10), at(2, 9)),
              held("m02", at(2, 12)).withReplaces("m01"),
              scheduled("m03", at(2, 19)).withReplaces("m01"))
          .build())
          .containsExactly(violation("meetings[2].replaces",
              "'m01' is already replaced by meetings[1]"));
    }

    @Test
    void aBlankReplacementIdIsRefused() {
      assertRefused("Meeting", () -> held("m02", at(2, 12)).withReplaces(" "))
          .containsExactly(violation("replaces", "must not be blank"));
    }
  }

  @Nested
  class Updates {

    @Test
    void aMenteeMayShareAResourceOrArticle() {
      ProgressUpdate u = ProgressUpdate.builder().date(MARCH_1)
          .kind(ProgressKind.RESOURCE_SHARED).note("An article on giving feedback").build();

      assertThat(u.getFrom()).isEqualTo(PartnerRole.MENTEE);
      assertThat(u.getKind()).isEqualTo(ProgressKind.RESOURCE_SHARED);
    }
  }

  @Nested
  class EarlyEnds {

    @Test
    void anEarlyEndRaisedInWritingIsNotAConversation() {
      EarlyEnd byEmail = EarlyEnd.builder().raisedBy(PartnerRole.MENTOR).raisedOn(MARCH_1)
          .raisedThrough(Channel.EMAIL).build();

      assertThat(byEmail.raisedInConversation()).contains(false);
      assertThat(EarlyEnd.unexplained().raisedInConversation()).isEmpty();
    }

    @Test
    void theReasonForAnEarlyEndIsLeftOutOfItsText() {
      EarlyEnd e = EarlyEnd.builder().raisedBy(PartnerRole.MENTEE)
          .reason("Burn-out after the reorganisation").build();

      assertThat(e.toString()).doesNotContain("Burn-out").contains("MENTEE");
      assertThat(e.getReason()).contains("Burn-out after the reorganisation");
    }
  }
}
