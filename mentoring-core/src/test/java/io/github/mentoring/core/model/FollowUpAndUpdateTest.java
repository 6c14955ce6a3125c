package io.github.mentoring.core.model;

import static io.github.mentoring.core.testing.ModelAssertions.assertRefused;
import static io.github.mentoring.core.testing.ModelAssertions.violation;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class FollowUpAndUpdateTest {

  private static final LocalDate MAY_4 = LocalDate.of(2026, 5, 4);

  @Test
  void aNewFollowUpIsAnOpenActionStepUntilSaidOtherwise() {
    FollowUp f = FollowUp.builder().id("f1").description("Draft the retrospective format").build();

    assertThat(f.getKind()).isEqualTo(FollowUpKind.ACTION_STEP);
    assertThat(f.getStatus()).isEqualTo(FollowUpStatus.OPEN);
    assertThat(f.isOpen()).isTrue();
    assertThat(f.getOwner()).isEmpty();
    assertThat(f.getDue()).isEmpty();
    assertThat(f.getFromMeeting()).isEmpty();
  }

  @Test
  void aResourceTheMentorPromisedKeepsItsOwnerDueDateAndMeeting() {
    FollowUp f = FollowUp.builder().id("f2").description("Send the article on feedback")
        .kind(FollowUpKind.RESOURCE).owner("mentor-ada").due(MAY_4).fromMeeting("m03").build();

    assertThat(f.getKind()).isEqualTo(FollowUpKind.RESOURCE);
    assertThat(f.getOwner()).contains("mentor-ada");
    assertThat(f.getDue()).contains(MAY_4);
    assertThat(f.getFromMeeting()).contains("m03");
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", " "})
  void aFollowUpWithoutAnIdIsRefused(String id) {
    assertRefused("FollowUp", () -> FollowUp.builder().id(id).description("Call").build())
        .containsExactly(violation("id", "must not be blank"));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", " "})
  void aFollowUpThatSaysNothingAboutWhatToDoIsRefused(String description) {
    assertRefused("FollowUp", () -> FollowUp.builder().id("f1").description(description).build())
        .containsExactly(violation("description", "must not be blank"));
  }

  @Test
  void aFollowUpOwnedByABlankNameIsRefusedWhileNoOwnerAtAllIsAccepted() {
    assertRefused("FollowUp", () -> Fixtures.followUp("f1", " "))
        .containsExactly(violation("owner", "must not be blank"));
  }

  @Test
  void aFollowUpFromABlankMeetingIdIsRefused() {
    assertRefused("FollowUp", () -> FollowUp.builder().id("f1").description("Call")
        .fromMeeting("").build())
        .containsExactly(violation("fromMeeting", "must not be blank"));
  }

  @Test
  void aDoneFollowUpNeedsTheDayItWasDone() {
    assertRefused("FollowUp", () -> FollowUp.builder().id("f1").description("Call")
        .status(FollowUpStatus.DONE).build())
        .containsExactly(violation("doneOn", "a done follow-up needs the day it was done"));
  }

  @ParameterizedTest
  @EnumSource(value = FollowUpStatus.class, names = "DONE", mode = EnumSource.Mode.EXCLUDE)
  void aFollowUpThatIsNotDoneHasNoDoneDate(FollowUpStatus status) {
    assertRefused("FollowUp", () -> FollowUp.builder().id("f1").description("Call")
        .status(status).doneOn(MAY_4).build())
        .containsExactly(violation("doneOn", "only a done follow-up has a done date"));
  }

  @Test
  void aDoneFollowUpIsNoLongerOpenAndNeitherIsADroppedOne() {
    FollowUp done = FollowUp.builder().id("f1").description("Call").status(FollowUpStatus.DONE)
        .doneOn(MAY_4).build();
    FollowUp dropped = FollowUp.builder().id("f2").description("Call")
        .status(FollowUpStatus.DROPPED).build();

    assertThat(done.isOpen()).isFalse();
    assertThat(done.getDoneOn()).contains(MAY_4);
    assertThat(dropped.isOpen()).isFalse();
  }

  @Test
  void aFollowUpWithEveryProblemHearsAboutAllOfThem() {
    assertRefused("FollowUp", () -> FollowUp.builder().id(" ").description("")
        .owner(" ").fromMeeting(" ").status(FollowUpStatus.DONE).build())
        .containsExactly(
            violation("description", "must not be blank"),
            violation("doneOn", "a done follow-up needs the day it was done"),
            violation("fromMeeting", "must not be blank"),
            violation("id", "must not be blank"),
            violation("owner", "must not be blank"));
  }

  @Test
  void aProgressUpdateComesFromTheMenteeUnlessSaidOtherwise() {
    ProgressUpdate u = ProgressUpdate.builder().date(MAY_4).kind(ProgressKind.PROMOTION_OR_MOVE)
        .note("Promoted to team lead").build();

    assertThat(u.getFrom()).isEqualTo(PartnerRole.MENTEE);
    assertThat(u.getKind()).isEqualTo(ProgressKind.PROMOTION_OR_MOVE);
    assertThat(ProgressUpdate.builder().date(MAY_4).kind(ProgressKind.SETBACK)
        .from(PartnerRole.MENTOR).build().getFrom()).isEqualTo(PartnerRole.MENTOR);
  }

  @Test
  void aProgressUpdateNeedsADayAndSaysWhatItReports() {
    assertRefused("ProgressUpdate", () -> ProgressUpdate.builder().build())
        .containsExactly(
            violation("date", "must not be null"),
            violation("kind", "must not be null"));
  }
}
