package io.github.mentoring.core.model;

import static io.github.mentoring.core.model.Fixtures.BEN;
import static io.github.mentoring.core.model.Fixtures.START;
import static io.github.mentoring.core.model.Fixtures.at;
import static io.github.mentoring.core.model.Fixtures.followUp;
import static io.github.mentoring.core.model.Fixtures.goal;
import static io.github.mentoring.core.model.Fixtures.held;
import static io.github.mentoring.core.model.Fixtures.relationship;
import static io.github.mentoring.core.testing.ModelAssertions.assertRefused;
import static io.github.mentoring.core.testing.ModelAssertions.violation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mentoring.core.testing.Samples;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Immutable values: copies revalidate, collections are fixed, equality is by value. */
class ValueSemanticsTest {

  @Nested
  class CopiesRevalidate {

    @Test
    void movingThePlannedEndBeforeTheStartIsRefusedOnTheCopy() {
      Relationship r = relationship().build();

      assertRefused("Relationship", () -> r.withPlannedEnd(START.minusDays(1)))
          .containsExactly(violation("plannedEnd", "must not be before the start date 2026-01-05"));
    }

    @Test
    void handingAFollowUpToAStrangerIsRefusedOnTheCopy() {
      Relationship r = relationship().addFollowUps(followUp("f1", BEN)).build();

      assertRefused("Relationship", () -> r.withFollowUps(followUp("f1", "stranger")))
          .containsExactly(violation("followUps[0].owner", "'stranger' is not a partner of this "
              + "relationship (mentor 'mentor-ada', mentee 'mentee-ben')"));
    }

    @Test
    void markingAHeldMeetingCancelledWithoutClearingHowItWentIsRefused() {
      Meeting m = held("m01", at(2, 2));

      assertRefused("Meeting", () -> m.withStatus(MeetingStatus.CANCELLED))
          .containsExactly(violation("actualMinutes", "only a held meeting has an actual length"));
    }

    @Test
    void markingAFollowUpDoneWithoutADayIsRefused() {
      FollowUp f = followUp("f1", BEN);

      assertRefused("FollowUp", () -> f.withStatus(FollowUpStatus.DONE))
          .containsExactly(violation("doneOn", "a done follow-up needs the day it was done"));
    }

    @Test
    void blankingAPartnersIdIsRefused() {
      assertRefused("Partner", () -> Partner.of("ada").withId(" "))
          .containsExactly(violation("id", "must not be blank"));
    }

    @Test
    void aValidChangeMakesANewValueAndLeavesTheOriginalAlone() {
      Relationship r = relationship().build();
      Relationship closing = r.withPhase(Phase.CLOSING);

      assertThat(closing.getPhase()).isEqualTo(Phase.CLOSING);
      assertThat(r.getPhase()).isEqualTo(Phase.ACTIVE);
      assertThat(closing).isNotEqualTo(r);
      assertThat(closing.withPhase(Phase.ACTIVE)).isEqualTo(r);
    }

    @Test
    void changingAValueToWhatItAlreadyIsGivesTheSameValueBack() {
      Relationship r = relationship().build();

      assertThat(r.withId("r-1")).isSameAs(r);
      assertThat(r.withPhase(Phase.ACTIVE)).isSameAs(r);
    }
  }

  @Nested
  class CollectionsAreFixed {

    @Test
    void theListsOfARelationshipCannotBeChanged() {
      Relationship r = Samples.healthyWeeklyFormal(LocalDate.of(2026, 6, 1));

      assertThat(r.getMeetings()).isUnmodifiable();
      assertThat(r.getGoals()).isUnmodifiable();
      assertThat(r.getFollowUps()).isUnmodifiable();
      assertThat(r.getProgressUpdates()).isUnmodifiable();
      assertThat(r.getGoals().get(0).getProgressChecks()).isUnmodifiable();
      assertThat(r.getRoadmap().orElseThrow().getEntries()).isUnmodifiable();
      assertThat(r.getMeetings().get(0).getAgenda().orElseThrow().getItems()).isUnmodifiable();
    }

    @Test
    void theListsAndSetsOfAnAgreementCannotBeChanged() {
      Agreement a = Samples.completeAgreement(START);

      assertThatThrownBy(() -> a.getMeetingFormats().add(Channel.PHONE))
          .isInstanceOf(UnsupportedOperationException.class);
      assertThat(a.getAvailability()).isUnmodifiable();
      assertThat(a.getActivities()).isUnmodifiable();
      assertThat(a.getTopics()).isUnmodifiable();
    }

    @Test
    void theListsOfAClosureCannotBeChanged() {
      Relationship r = Samples.closedWithFullClosure(LocalDate.of(2026, 6, 1));
      Closure c = r.getClosure().orElseThrow();

      assertThat(c.getRemainingWork()).isUnmodifiable();
      assertThatThrownBy(() -> c.getContactPlan().orElseThrow().getChannels().clear())
          .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void changingTheListAfterBuildingLeavesTheRelationshipAsItWas() {
      List<Meeting> meetings = new ArrayList<>(List.of(held("m01", at(1, 12))));
      Relationship r = relationship().meetings(meetings).build();

      meetings.add(held("m02", at(1, 19)));

      assertThat(r.getMeetings()).extracting(Meeting::getId).containsExactly("m01");
    }
  }

  @Nested
  class EqualityByValue {

    @Test
    void twoRelationshipsBuiltFromTheSameValuesAreEqual() {
      Relationship a = relationship().addMeetings(held("m01", at(1, 12))).addGoals(goal("g1"))
          .build();
      Relationship b = relationship().addMeetings(held("m01", at(1, 12))).addGoals(goal("g1"))
          .build();

      assertThat(a).isNotSameAs(b).isEqualTo(b).hasSameHashCodeAs(b);
    }

    @Test
    void aRelationshipCopiedThroughItsBuilderIsEqualToTheOriginal() {
      Relationship original = Samples.missedFollowUps(LocalDate.of(2026, 6, 1));

      assertThat(Relationship.builder().from(original).build()).isEqualTo(original);
    }

    @Test
    void relationshipsThatDifferInOneValueAreNotEqual() {
      Relationship a = relationship().build();

      assertThat(a).isNotEqualTo(relationship().id("r-2").build());
      assertThat(a).isNotEqualTo(relationship().recordedOn(LocalDate.of(2026, 3, 1)).build());
      assertThat(a).isNotEqualTo(relationship().addGoals(goal("g1")).build());
    }

    @Test
    void theOrderOfRecordedMeetingsIsPartOfTheValue() {
      Meeting first = held("m01", at(1, 12));
      Meeting second = held("m02", at(1, 19));

      assertThat(relationship().addMeetings(first, second).build())
          .isNotEqualTo(relationship().addMeetings(second, first).build());
    }

    @Test
    void nestedValuesAreEqualByValueToo() {
      assertThat(held("m01", at(1, 12))).isEqualTo(held("m01", at(1, 12)));
      assertThat(Partner.of("ada")).isEqualTo(Partner.builder().id("ada").build());
      assertThat(Samples.completeAgreement(START)).isEqualTo(Samples.completeAgreement(START))
          .hasSameHashCodeAs(Samples.completeAgreement(START));
      assertThat(goal("g1")).isNotEqualTo(goal("g2"));
    }

    @Test
    void aValueDescribesItselfByItsFields() {
      assertThat(Partner.builder().id("mentor-ada").name("Ada").build())
          .hasToString("Partner{id=mentor-ada, name=Ada}");
    }
  }
}
