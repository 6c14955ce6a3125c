package io.github.mentoring.core.model;

import static io.github.mentoring.core.model.Fixtures.ADA;
import static io.github.mentoring.core.model.Fixtures.BEN;
import static io.github.mentoring.core.model.Fixtures.PLANNED_END;
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
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The cross-field rules of a relationship, each reported on the property it concerns. */
class RelationshipConsistencyTest {

  private static final String BEFORE_START = "must not be before the start date 2026-01-05";
  private static final LocalDate MARCH_1 = LocalDate.of(2026, 3, 1);

  @Nested
  class DatesAgainstTheStart {

    @Test
    void aPlannedEndBeforeTheStartIsRefused() {
      assertRefused("Relationship", () -> relationship().plannedEnd(START.minusDays(1)).build())
          .containsExactly(violation("plannedEnd", BEFORE_START));
    }

    @Test
    void aRelationshipPlannedToEndOnTheDayItStartsIsAccepted() {
      assertThat(relationship().plannedEnd(START).build().plannedEndDate()).contains(START);
    }

    @Test
    void anAgreementThatEndsBeforeTheRelationshipStartsIsRefused() {
      assertRefused("Relationship", () -> relationship()
          .agreement(Agreement.builder().plannedEnd(START.minusMonths(1)).build()).build())
          .containsExactly(violation("agreement.plannedEnd", BEFORE_START));
    }

    @Test
    void anActualEndBeforeTheStartIsRefused() {
      assertRefused("Relationship", () -> relationship().actualEnd(START.minusDays(3)).build())
          .containsExactly(violation("actualEnd", BEFORE_START));
    }

    @Test
    void aClosingConversationBeforeTheStartIsRefused() {
      assertRefused("Relationship", () -> relationship().phase(Phase.CLOSING)
          .closure(Closure.builder().startedOn(START.minusDays(1)).build())
          .build())
          .containsExactly(violation("closure.startedOn", BEFORE_START));
    }
  }

  @Nested
  class Partners {

    @Test
    void aMentorCannotMentorThemselves() {
      assertRefused("Relationship", () -> relationship().mentee(Partner.of(ADA)).build())
          .containsExactly(violation("mentee.id", "must differ from the mentor's id"));
    }

    @Test
    void aFollowUpOwnedBySomeoneWhoIsNotAPartnerIsRefused() {
      assertRefused("Relationship", () -> relationship()
          .addFollowUps(followUp("f1", BEN), followUp("f2", "stranger")).build())
          .containsExactly(violation("followUps[1].owner", "'stranger' is not a partner of this "
              + "relationship (mentor 'mentor-ada', mentee 'mentee-ben')"));
    }

    @Test
    void followUpsMayBeOwnedByEitherPartnerOrByNobody() {
      Relationship r = relationship()
          .addFollowUps(followUp("f1", ADA), followUp("f2", BEN))
          .addFollowUps(FollowUp.builder().id("f3").description("Book a room").build())
          .build();

      assertThat(r.getFollowUps()).hasSize(3);
    }
  }

  @Nested
  class Ending {

    @Test
    void aClosedRelationshipNeedsTheDayItEnded() {
      assertRefused("Relationship", () -> relationship().phase(Phase.CLOSED).build())
          .containsExactly(violation("actualEnd", "a closed relationship needs the day it ended"));
    }

    @Test
    void anEarlyEndMayBeRecordedWhileThePartnersAreStillWindingDown() {
      Relationship r = relationship().phase(Phase.CLOSING).phaseSince(LocalDate.of(2026, 3, 2))
          .earlyEnd(EarlyEnd.builder().raisedBy(PartnerRole.MENTEE)
              .raisedOn(LocalDate.of(2026, 3, 2)).raisedThrough(Channel.VIDEO).build())
          .build();

      assertThat(r.isEndedEarly()).isTrue();
      assertThat(r.getActualEnd()).isEmpty();
    }

    @Test
    void aClosedRelationshipThatEndedEarlyStillNeedsTheDayItEnded() {
      assertRefused("Relationship", () -> relationship().phase(Phase.CLOSED)
          .earlyEnd(EarlyEnd.unexplained()).build())
          .containsExactly(violation("actualEnd", "a closed relationship needs the day it ended"));
    }

    @Test
    void anEarlyEndRaisedBeforeTheStartIsRefused() {
      assertRefused("Relationship", () -> relationship().phase(Phase.CLOSING)
          .earlyEnd(EarlyEnd.builder().raisedOn(START.minusDays(1)).build()).build())
          .containsExactly(violation("earlyEnd.raisedOn", BEFORE_START));
    }

    @Test
    void anEarlyEndRaisedAfterTheRelationshipEndedIsRefused() {
      assertRefused("Relationship", () -> relationship().phase(Phase.CLOSED)
          .actualEnd(LocalDate.of(2026, 4, 1))
          .earlyEnd(EarlyEnd.builder().raisedOn(LocalDate.of(2026, 4, 2)).build()).build())
          .containsExactly(violation("earlyEnd.raisedOn",
              "must not be after the day it ended 2026-04-01"));
    }

    @Test
    void anEarlyEndRaisedAfterTheRecordDateIsRefused() {
      assertRefused("Relationship", () -> relationship().phase(Phase.CLOSING)
          .recordedOn(MARCH_1)
          .earlyEnd(EarlyEnd.builder().raisedOn(MARCH_1.plusDays(1)).build()).build())
          .containsExactly(violation("earlyEnd.raisedOn",
              "the day it was raised lies after the record date 2026-03-01"));
    }

    @Test
    void aRelationshipWithoutAnEarlyEndDidNotEndEarly() {
      Relationship r = relationship().phase(Phase.CLOSED).actualEnd(PLANNED_END).build();

      assertThat(r.isEndedEarly()).isFalse();
      assertThat(r.getEarlyEnd()).isEmpty();
    }

    @Test
    void endingOnThePlannedEndIsNotEndingEarly() {
      assertRefused("Relationship", () -> relationship().phase(Phase.CLOSED)
          .earlyEnd(EarlyEnd.unexplained()).actualEnd(PLANNED_END).build())
          .containsExactly(violation("earlyEnd",
              "the relationship ended on 2026-06-30, not before its planned end 2026-06-30"));
    }

    @Test
    void endingAfterTheAgreementsPlannedEndIsNotEndingEarlyEither() {
      assertRefused("Relationship", () -> relationship().plannedEnd(Optional.empty())
          .agreement(Agreement.builder().plannedEnd(LocalDate.of(2026, 4, 30)).build())
          .phase(Phase.CLOSED).earlyEnd(EarlyEnd.unexplained())
          .actualEnd(LocalDate.of(2026, 5, 2)).build())
          .containsExactly(violation("earlyEnd",
              "the relationship ended on 2026-05-02, not before its planned end 2026-04-30"));
    }

    @Test
    void aRelationshipThatEndedBeforeItsPlannedEndEndedEarly() {
      Relationship r = relationship().phase(Phase.CLOSED)
          .earlyEnd(EarlyEnd.builder().raisedBy(PartnerRole.MENTEE)
              .raisedOn(LocalDate.of(2026, 3, 20)).raisedThrough(Channel.IN_PERSON)
              .reason("The mentee changed jobs").build())
          .actualEnd(LocalDate.of(2026, 4, 1)).build();

      assertThat(r.isEndedEarly()).isTrue();
      assertThat(r.getEarlyEnd().flatMap(EarlyEnd::getReason)).contains("The mentee changed jobs");
      assertThat(r.getEarlyEnd().flatMap(EarlyEnd::raisedInConversation)).contains(true);
    }

    @Test
    void anInformalRelationshipWithoutAPlannedEndMayStillEndEarly() {
      Relationship r = relationship().kind(RelationshipKind.INFORMAL).plannedEnd(Optional.empty())
          .phase(Phase.CLOSED).earlyEnd(EarlyEnd.unexplained())
          .actualEnd(LocalDate.of(2026, 4, 1)).build();

      assertThat(r.plannedEndDate()).isEmpty();
    }
  }

  @Nested
  class UniqueIds {

    @Test
    void twoMeetingsWithTheSameIdAreRefusedAtTheSecond() {
      assertRefused("Relationship", () -> relationship()
          .addMeetings(held("m01", at(1, 12)), held("m02", at(1, 19)), scheduled("m01", at(1, 26)))
          .build())
          .containsExactly(violation("meetings[2].id", "duplicates the id of meetings[0]: 'm01'"));
    }

    @Test
    void everyRepeatOfAMeetingIdPointsBackToTheFirst() {
      assertRefused("Relationship", () -> relationship()
          .addMeetings(held("m01", at(1, 12)), held("m01", at(1, 19)), held("m01", at(1, 26)))
          .build())
          .containsExactly(
              violation("meetings[1].id", "duplicates the id of meetings[0]: 'm01'"),
              violation("meetings[2].id", "duplicates the id of meetings[0]: 'm01'"));
    }

    @Test
    void twoGoalsWithTheSameIdAreRefused() {
      assertRefused("Relationship", () -> relationship().addGoals(goal("g1"), goal("g1")).build())
          .containsExactly(violation("goals[1].id", "duplicates the id of goals[0]: 'g1'"));
    }

    @Test
    void twoFollowUpsWithTheSameIdAreRefused() {
      assertRefused("Relationship", () -> relationship()
          .addFollowUps(followUp("f1", BEN), followUp("f2", ADA), followUp("f2", BEN)).build())
          .containsExactly(violation("followUps[2].id", "duplicates the id of followUps[1]: 'f2'"));
    }

    @Test
    void aMeetingAGoalAndAFollowUpMayShareAnId() {
      Relationship r = relationship().addMeetings(held("x1", at(1, 12))).addGoals(goal("x1"))
          .addFollowUps(followUp("x1", BEN)).build();

      assertThat(r.getMeetings()).hasSize(1);
    }
  }

  @Nested
  class FollowUpsAndMeetings {

    @Test
    void aFollowUpFromAMeetingThatIsNotRecordedIsRefused() {
      assertRefused("Relationship", () -> relationship().addMeetings(held("m01", at(1, 12)))
          .addFollowUps(followUp("f1", BEN).withFromMeeting("m01"))
          .addFollowUps(followUp("f2", BEN).withFromMeeting("m07"))
          .build())
          .containsExactly(violation("followUps[1].fromMeeting",
              "names no meeting of this relationship: 'm07'"));
    }

    @Test
    void aFollowUpMayComeFromACancelledMeetingToo() {
      Relationship r = relationship()
          .addMeetings(cancelled("m01", at(1, 12), at(1, 11)))
          .addFollowUps(followUp("f1", BEN).withFromMeeting("m01"))
          .build();

      assertThat(r.getFollowUps()).hasSize(1);
    }
  }

  @Nested
  class TheRecordDate {

    @Test
    void aHeldMeetingAfterTheRecordDateIsRefused() {
      assertRefused("Relationship", () -> relationship().recordedOn(MARCH_1)
          .addMeetings(held("m01", at(2, 23)), held("m02", at(3, 2))).build())
          .containsExactly(violation("meetings[1].scheduledAt",
              "a held meeting lies after the record date 2026-03-01"));
    }

    @Test
    void aMeetingHeldOnTheRecordDateItselfIsAccepted() {
      assertThat(relationship().recordedOn(MARCH_1).addMeetings(held("m01", at(3, 1))).build()
          .getMeetings()).hasSize(1);
    }

    @Test
    void aHeldMeetingThatActuallyStartedAfterTheRecordDateIsRefused() {
      assertRefused("Relationship", () -> relationship().recordedOn(MARCH_1)
          .addMeetings(held("m01", at(3, 1)).withActualStart(at(3, 2))).build())
          .containsExactly(violation("meetings[0].scheduledAt",
              "a held meeting lies after the record date 2026-03-01"));
    }

    @Test
    void aNoShowAfterTheRecordDateIsRefused() {
      assertRefused("Relationship", () -> relationship().recordedOn(MARCH_1)
          .addMeetings(Meeting.builder().id("m01").scheduledAt(at(3, 9))
              .status(MeetingStatus.NO_SHOW).build())
          .build())
          .containsExactly(violation("meetings[0].scheduledAt",
              "a no-show meeting lies after the record date 2026-03-01"));
    }

    @Test
    void meetingsScheduledAfterTheRecordDateAreThePlanAndAreAccepted() {
      Relationship r = relationship().recordedOn(MARCH_1)
          .addMeetings(scheduled("m01", at(3, 9)), cancelled("m02", at(3, 16), at(2, 27)))
          .build();

      assertThat(r.getMeetings()).hasSize(2);
    }

    @Test
    void aCancellationAfterTheRecordDateIsRefused() {
      assertRefused("Relationship", () -> relationship().recordedOn(MARCH_1)
          .addMeetings(cancelled("m01", at(3, 16), at(3, 4))).build())
          .containsExactly(violation("meetings[0].cancelledAt",
              "the cancellation lies after the record date 2026-03-01"));
    }

    @Test
    void aFollowUpDoneAfterTheRecordDateIsRefused() {
      assertRefused("Relationship", () -> relationship().recordedOn(MARCH_1)
          .addFollowUps(FollowUp.builder().id("f1").description("Call").owner(BEN)
              .status(FollowUpStatus.DONE).doneOn(MARCH_1.plusDays(1)).build())
          .build())
          .containsExactly(violation("followUps[0].doneOn",
              "the day it was done lies after the record date 2026-03-01"));
    }

    @Test
    void aProgressUpdateAfterTheRecordDateIsRefused() {
      assertRefused("Relationship", () -> relationship().recordedOn(MARCH_1)
          .addProgressUpdates(ProgressUpdate.builder().date(MARCH_1).kind(ProgressKind.PROGRESS)
              .build())
          .addProgressUpdates(ProgressUpdate.builder().date(MARCH_1.plusDays(5))
              .kind(ProgressKind.SETBACK).build())
          .build())
          .containsExactly(violation("progressUpdates[1].date",
              "the update lies after the record date 2026-03-01"));
    }

    @Test
    void anEndAfterTheRecordDateIsRefused() {
      assertRefused("Relationship", () -> relationship().recordedOn(MARCH_1).phase(Phase.CLOSED)
          .actualEnd(MARCH_1.plusDays(1)).build())
          .containsExactly(violation("actualEnd", "the end lies after the record date 2026-03-01"));
    }

    @Test
    void aClosureStartedAfterTheRecordDateIsRefused() {
      assertRefused("Relationship", () -> relationship().recordedOn(MARCH_1).phase(Phase.CLOSING)
          .closure(Closure.builder().startedOn(MARCH_1.plusDays(2)).build())
          .build())
          .containsExactly(violation("closure.startedOn",
              "the closure lies after the record date 2026-03-01"));
    }

    @Test
    void withoutARecordDateNothingIsJudgedAgainstOne() {
      Relationship r = relationship().addMeetings(held("m01", at(12, 1))).build();

      assertThat(r.getRecordedOn()).isEmpty();
    }
  }

  @Nested
  class AllAtOnce {

    @Test
    void aRelationshipWithManyProblemsListsThemAllSortedByPath() {
      assertRefused("Relationship", () -> relationship()
          .id(" ")
          .mentee(Partner.of(ADA))
          .phase(Phase.CLOSED)
          .plannedEnd(START.minusDays(1))
          .phaseSince(START.minusDays(1))
          .recordedOn(MARCH_1)
          .addMeetings(held("m01", at(3, 5)), held("m01", at(2, 5)))
          .addGoals(goal("g1"), goal("g1"))
          .addFollowUps(followUp("f1", "stranger").withFromMeeting("m09"))
          .addProgressUpdates(ProgressUpdate.builder().date(MARCH_1.plusDays(1))
              .kind(ProgressKind.PROGRESS).build())
          .build())
          .containsExactly(
              violation("actualEnd", "a closed relationship needs the day it ended"),
              violation("followUps[0].fromMeeting", "names no meeting of this relationship: 'm09'"),
              violation("followUps[0].owner", "'stranger' is not a partner of this relationship "
                  + "(mentor 'mentor-ada', mentee 'mentor-ada')"),
              violation("goals[1].id", "duplicates the id of goals[0]: 'g1'"),
              violation("id", "must not be blank"),
              violation("meetings[0].scheduledAt",
                  "a held meeting lies after the record date 2026-03-01"),
              violation("meetings[1].id", "duplicates the id of meetings[0]: 'm01'"),
              violation("mentee.id", "must differ from the mentor's id"),
              violation("phaseSince", BEFORE_START),
              violation("plannedEnd", BEFORE_START),
              violation("progressUpdates[0].date", "the update lies after the record date 2026-03-01"));
    }

    @Test
    void aMissingStartDateDoesNotHideTheOtherProblems() {
      assertRefused("Relationship", () -> relationship().startDate(null)
          .addMeetings(held("m01", at(1, 12)), held("m01", at(1, 19)))
          .addFollowUps(followUp("f1", "stranger"))
          .build())
          .containsExactly(
              violation("followUps[0].owner", "'stranger' is not a partner of this relationship "
                  + "(mentor 'mentor-ada', mentee 'mentee-ben')"),
              violation("meetings[1].id", "duplicates the id of meetings[0]: 'm01'"),
              violation("startDate", "must not be null"));
    }

    @Test
    void missingPartnersDoNotHideTheOtherProblems() {
      assertRefused("Relationship", () -> relationship().mentor(null).mentee(null)
          .plannedEnd(START.minusDays(2))
          .addFollowUps(followUp("f1", "anyone"))
          .build())
          .containsExactly(
              violation("mentee", "must not be null"),
              violation("mentor", "must not be null"),
              violation("plannedEnd", BEFORE_START));
    }
  }
}
