package io.github.mentoring.core.validation;

import static io.github.mentoring.core.testing.ModelAssertions.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mentoring.core.model.Meeting;
import io.github.mentoring.core.model.Partner;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvalidModelExceptionTest {

  @Test
  void aRefusedMeetingNamesItsTypeAndListsEveryViolationSortedByPath() {
    InvalidModelException refused = refusal(() -> Meeting.builder().plannedMinutes(0).build());

    assertThat(refused).isInstanceOf(IllegalArgumentException.class);
    assertThat(refused.type()).isEqualTo("Meeting");
    assertThat(refused.violations()).containsExactly(
        new Violation("id", "must not be blank"),
        new Violation("plannedMinutes", "must be greater than 0"),
        new Violation("scheduledAt", "must not be null"),
        new Violation("status", "must not be null"));
    assertThat(refused.getMessage()).isEqualTo("""
        Invalid Meeting (4 violations):
          - id: must not be blank
          - plannedMinutes: must be greater than 0
          - scheduledAt: must not be null
          - status: must not be null""");
  }

  @Test
  void aSingleViolationIsCountedInTheSingular() {
    InvalidModelException refused = refusal(() -> Partner.of(""));

    assertThat(refused.getMessage())
        .isEqualTo("Invalid Partner (1 violation):\n  - id: must not be blank");
  }

  @Test
  void theViolationsAreSortedEvenWhenGivenOutOfOrder() {
    InvalidModelException e = new InvalidModelException("Relationship", List.of(
        new Violation("plannedEnd", "b"),
        new Violation("actualEnd", "z"),
        new Violation("actualEnd", "a")));

    assertThat(e.violations()).containsExactly(
        new Violation("actualEnd", "a"),
        new Violation("actualEnd", "z"),
        new Violation("plannedEnd", "b"));
    assertThat(e.violations()).isUnmodifiable();
  }

  @Test
  void aViolationIsPlacedUnderAParentPath() {
    Violation minutes = new Violation("actualMinutes", "must be greater than or equal to 0");

    assertThat(minutes.under("meetings[2]").path()).isEqualTo("meetings[2].actualMinutes");
    assertThat(new Violation("[0]", "x").under("topics").path()).isEqualTo("topics[0]");
    assertThat(new Violation("", "x").under("relationships[3]").path())
        .isEqualTo("relationships[3]");
    assertThat(minutes.under("")).isSameAs(minutes);
  }

  @Test
  void aViolationOfTheWholeObjectSaysSo() {
    assertThat(new Violation("", "inconsistent values")).hasToString("(object): inconsistent values");
    assertThat(new Violation("id", "must not be blank")).hasToString("id: must not be blank");
  }

  @Test
  void aViolationNeedsAPathAndAMessage() {
    assertThatThrownBy(() -> new Violation(null, "x")).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new Violation("id", null)).isInstanceOf(NullPointerException.class);
  }
}
