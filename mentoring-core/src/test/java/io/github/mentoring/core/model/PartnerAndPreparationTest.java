package io.github.mentoring.core.model;

import static io.github.mentoring.core.testing.ModelAssertions.assertRefused;
import static io.github.mentoring.core.testing.ModelAssertions.violation;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class PartnerAndPreparationTest {

  @Test
  void aPartnerIsKnownByAStableIdAndOptionallyByName() {
    Partner ada = Partner.builder().id("mentor-ada").name("Ada").build();

    assertThat(ada.getId()).isEqualTo("mentor-ada");
    assertThat(ada.getName()).contains("Ada");
    assertThat(Partner.of("mentee-ben").getName()).isEmpty();
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", " ", "\t\n"})
  void aPartnerWithoutAUsableIdIsRefused(String id) {
    assertRefused("Partner", () -> Partner.builder().id(id).build())
        .containsExactly(violation("id", "must not be blank"));
  }

  @Test
  void aPartnerWhoseNameIsOnlySpacesIsRefused() {
    assertRefused("Partner", () -> Partner.builder().id("mentor-ada").name("   ").build())
        .containsExactly(violation("name", "must not be blank"));
  }

  @Test
  void aPartnerWithABlankIdAndABlankNameHearsAboutBoth() {
    assertRefused("Partner", () -> Partner.builder().id("").name(" ").build())
        .containsExactly(violation("id", "must not be blank"), violation("name", "must not be blank"));
  }

  @Test
  void aPreparationIsCompleteOnlyWhenWantsBringsAndExpectsAreAllAnswered() {
    Preparation full = Preparation.builder().wants("Guidance").brings("Questions")
        .expects("Honest feedback").build();
    Preparation halfway = Preparation.builder().wants("Guidance").brings("Questions").build();
    Preparation blankAnswer = Preparation.builder().wants("Guidance").brings("  ")
        .expects("Honest feedback").build();

    assertThat(full.isComplete()).isTrue();
    assertThat(halfway.isComplete()).isFalse();
    assertThat(blankAnswer.isComplete()).as("a blank answer is no answer").isFalse();
    assertThat(Preparation.builder().build().isComplete()).isFalse();
  }

  @Test
  void aRelationshipGivesEachPartnersOwnPreparation() {
    Preparation ada = Preparation.builder().brings("Ten years of stories").build();
    Preparation ben = Preparation.builder().wants("A wider view").build();
    Relationship r = Fixtures.relationship().mentorPreparation(ada).menteePreparation(ben).build();

    assertThat(r.preparationOf(PartnerRole.MENTOR)).contains(ada);
    assertThat(r.preparationOf(PartnerRole.MENTEE)).contains(ben);
    assertThat(Fixtures.relationship().build().preparationOf(PartnerRole.MENTEE))
        .isEqualTo(Optional.empty());
  }
}
