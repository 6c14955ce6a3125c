package io.github.mentoring.core.model;

import static io.github.mentoring.core.model.Fixtures.ADA;
import static io.github.mentoring.core.model.Fixtures.BEN;
import static io.github.mentoring.core.model.Fixtures.START;
import static io.github.mentoring.core.testing.ModelAssertions.assertRefused;
import static io.github.mentoring.core.testing.ModelAssertions.violation;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mentoring.core.testing.Samples;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class RelationshipConstructionTest {

  @Test
  void aRelationshipNeedsOnlyAnIdTwoPartnersAKindAPhaseAndAStart() {
    Relationship r = Relationship.builder()
        .id("r-1")
        .mentor(Partner.of(ADA))
        .mentee(Partner.of(BEN))
        .kind(RelationshipKind.INFORMAL)
        .phase(Phase.PREPARING)
        .startDate(START)
        .build();

    assertThat(r.getId()).isEqualTo("r-1");
    assertThat(r.getMentor().getId()).isEqualTo(ADA);
    assertThat(r.getMentee().getId()).isEqualTo(BEN);
    assertThat(r.isFormal()).isFalse();
    assertThat(r.getPlannedEnd()).isEmpty();
    assertThat(r.getActualEnd()).isEmpty();
    assertThat(r.isEndedEarly()).isFalse();
    assertThat(r.getAgreement()).isEmpty();
    assertThat(r.getGoals()).isEmpty();
    assertThat(r.getRoadmap()).isEmpty();
    assertThat(r.getMeetings()).isEmpty();
    assertThat(r.getFollowUps()).isEmpty();
    assertThat(r.getProgressUpdates()).isEmpty();
    assertThat(r.getClosure()).isEmpty();
    assertThat(r.getRecordedOn()).isEmpty();
  }

  @Test
  void aRelationshipWithNothingFilledInListsEveryMissingValue() {
    assertRefused("Relationship", () -> Relationship.builder().build())
        .containsExactly(
            violation("id", "must not be blank"),
            violation("kind", "must not be null"),
            violation("mentee", "must not be null"),
            violation("mentor", "must not be null"),
            violation("phase", "must not be null"),
            violation("startDate", "must not be null"));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", " ", "\n"})
  void aRelationshipWithoutAUsableIdIsRefused(String id) {
    assertRefused("Relationship", () -> Fixtures.relationship().id(id).build())
        .containsExactly(violation("id", "must not be blank"));
  }

  @ParameterizedTest
  @EnumSource(Phase.class)
  void aFormalRelationshipCanBeRecordedInEveryPhase(Phase phase) {
    Relationship r = Fixtures.relationship().phase(phase)
        .actualEnd(Optional.ofNullable(phase == Phase.CLOSED ? LocalDate.of(2026, 6, 30) : null))
        .build();

    assertThat(r.getPhase()).isEqualTo(phase);
  }

  @Test
  void aFullyRecordedRelationshipKeepsEveryPart() {
    LocalDate asOf = LocalDate.of(2026, 6, 1);
    Relationship r = Samples.healthyWeeklyFormal(asOf);

    assertThat(r.getAgreement()).isPresent();
    assertThat(r.getMentorPreparation()).isPresent();
    assertThat(r.getMenteePreparation()).isPresent();
    assertThat(r.getGoals()).hasSize(2);
    assertThat(r.getRoadmap().map(Roadmap::getEntries).orElseThrow()).hasSize(4);
    assertThat(r.getMeetings()).hasSize(13);
    assertThat(r.getFollowUps()).hasSize(3);
    assertThat(r.getProgressUpdates()).hasSize(1);
    assertThat(r.getRecordedOn()).contains(asOf);
  }

  @Test
  void aRelationshipRefusesAnInvalidPartnerBeforeItIsEvenBuilt() {
    assertRefused("Partner", () -> Fixtures.relationship().mentor(Partner.of(" ")).build())
        .containsExactly(violation("id", "must not be blank"));
  }
}
