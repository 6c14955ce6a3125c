package io.github.mentoring.core.model;

import static io.github.mentoring.core.model.Fixtures.at;
import static io.github.mentoring.core.testing.ModelAssertions.assertRefused;
import static io.github.mentoring.core.testing.ModelAssertions.violation;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class MeetingTest {

  private static final LocalDateTime TUESDAY_TEN = at(3, 3);

  @Test
  void aHeldMeetingKeepsHowItWentAndHowTheConversationEnded() {
    Meeting m = Meeting.builder()
        .id("m01")
        .scheduledAt(TUESDAY_TEN)
        .actualStart(TUESDAY_TEN.plusMinutes(5))
        .format(Channel.VIDEO)
        .plannedMinutes(45)
        .actualMinutes(40)
        .status(MeetingStatus.HELD)
        .agenda(Agenda.builder().addItems("Updates", "Next meeting").mentorInput(true)
            .sentAt(TUESDAY_TEN.minusDays(1)).build())
        .wrapUp(ConversationCheck.builder().useful("The role-play").nextSteps("Ask for feedback")
            .beforeNextTime("Read the chapter").changeNextTime("Start on time").build())
        .notes("Confidential")
        .build();

    assertThat(m.isHeld()).isTrue();
    assertThat(m.isMissed()).isFalse();
    assertThat(m.getActualMinutes()).contains(40);
    assertThat(m.getAgenda().flatMap(Agenda::getSentAt)).contains(TUESDAY_TEN.minusDays(1));
    assertThat(m.getWrapUp().map(ConversationCheck::hasNextSteps)).contains(true);
    assertThat(m.cancellationNotice()).isEmpty();
  }

  @Test
  void aMeetingNeedsAnIdAPlannedTimeAndAStatus() {
    assertRefused("Meeting", () -> Meeting.builder().build())
        .containsExactly(
            violation("id", "must not be blank"),
            violation("scheduledAt", "must not be null"),
            violation("status", "must not be null"));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", " "})
  void aMeetingWithoutAUsableIdIsRefused(String id) {
    assertRefused("Meeting", () -> Meeting.builder().id(id).scheduledAt(TUESDAY_TEN)
        .status(MeetingStatus.SCHEDULED).build())
        .containsExactly(violation("id", "must not be blank"));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -30})
  void aMeetingPlannedForNoMinutesIsRefused(int minutes) {
    assertRefused("Meeting", () -> Meeting.builder().id("m01").scheduledAt(TUESDAY_TEN)
        .status(MeetingStatus.SCHEDULED).plannedMinutes(minutes).build())
        .containsExactly(violation("plannedMinutes", "must be greater than 0"));
  }

  @Test
  void aHeldMeetingThatLastedZeroMinutesIsAcceptedButANegativeLengthIsNot() {
    assertThat(Fixtures.held("m01", TUESDAY_TEN).withActualMinutes(0).getActualMinutes())
        .contains(0);
    assertRefused("Meeting", () -> Fixtures.held("m01", TUESDAY_TEN).withActualMinutes(-5))
        .containsExactly(violation("actualMinutes", "must be greater than or equal to 0"));
  }

  @ParameterizedTest
  @EnumSource(value = MeetingStatus.class, names = "CANCELLED", mode = EnumSource.Mode.EXCLUDE)
  void onlyACancelledMeetingSaysWhoCancelledIt(MeetingStatus status) {
    assertRefused("Meeting", () -> Meeting.builder().id("m01").scheduledAt(TUESDAY_TEN)
        .status(status).cancelledBy(PartnerRole.MENTOR).build())
        .containsExactly(violation("cancelledBy", "only a cancelled meeting has someone who cancelled it"));
  }

  @ParameterizedTest
  @EnumSource(value = MeetingStatus.class, names = "CANCELLED", mode = EnumSource.Mode.EXCLUDE)
  void onlyACancelledMeetingHasACancellationTime(MeetingStatus status) {
    assertRefused("Meeting", () -> Meeting.builder().id("m01").scheduledAt(TUESDAY_TEN)
        .status(status).cancelledAt(TUESDAY_TEN.minusDays(1)).build())
        .containsExactly(violation("cancelledAt", "only a cancelled meeting has a cancellation time"));
  }

  @ParameterizedTest
  @EnumSource(value = MeetingStatus.class, names = "NO_SHOW", mode = EnumSource.Mode.EXCLUDE)
  void onlyANoShowSaysWhoDidNotCome(MeetingStatus status) {
    assertRefused("Meeting", () -> Meeting.builder().id("m01").scheduledAt(TUESDAY_TEN)
        .status(status).noShowBy(PartnerRole.MENTEE).build())
        .containsExactly(violation("noShowBy", "only a no-show meeting has someone who did not come"));
  }

  @ParameterizedTest
  @EnumSource(value = MeetingStatus.class, names = "HELD", mode = EnumSource.Mode.EXCLUDE)
  void onlyAHeldMeetingHasAnActualStart(MeetingStatus status) {
    assertRefused("Meeting", () -> Meeting.builder().id("m01").scheduledAt(TUESDAY_TEN)
        .status(status).actualStart(TUESDAY_TEN).build())
        .containsExactly(violation("actualStart", "only a held meeting has an actual start"));
  }

  @ParameterizedTest
  @EnumSource(value = MeetingStatus.class, names = "HELD", mode = EnumSource.Mode.EXCLUDE)
  void onlyAHeldMeetingHasAnActualLength(MeetingStatus status) {
    assertRefused("Meeting", () -> Meeting.builder().id("m01").scheduledAt(TUESDAY_TEN)
        .status(status).actualMinutes(30).build())
        .containsExactly(violation("actualMinutes", "only a held meeting has an actual length"));
  }

  @ParameterizedTest
  @EnumSource(value = MeetingStatus.class, names = "HELD", mode = EnumSource.Mode.EXCLUDE)
  void onlyAHeldMeetingEndsWithAConversationCheck(MeetingStatus status) {
    assertRefused("Meeting", () -> Meeting.builder().id("m01").scheduledAt(TUESDAY_TEN)
        .status(status).wrapUp(ConversationCheck.builder().nextSteps("Call").build()).build())
        .containsExactly(violation("wrapUp", "only a held meeting has an end-of-conversation check"));
  }

  @Test
  void aMeetingCannotBeCancelledAfterItWasDueToStart() {
    assertRefused("Meeting", () -> Fixtures.cancelled("m01", TUESDAY_TEN, TUESDAY_TEN.plusMinutes(10)))
        .containsExactly(violation("cancelledAt", "a meeting cannot be cancelled after its "
            + "scheduled start 2026-03-03T10:00; record it as a no-show"));
  }

  @Test
  void aMeetingCalledOffAtTheVeryMinuteItWasDueIsStillACancellation() {
    Meeting m = Fixtures.cancelled("m01", TUESDAY_TEN, TUESDAY_TEN);

    assertThat(m.cancellationNotice()).contains(Duration.ZERO);
  }

  @Test
  void theNoticeOfACancellationRunsFromCallingItOffToThePlannedStart() {
    Meeting late = Fixtures.cancelled("m01", TUESDAY_TEN, TUESDAY_TEN.minusHours(2));
    Meeting unrecorded = Meeting.builder().id("m02").scheduledAt(TUESDAY_TEN)
        .status(MeetingStatus.CANCELLED).build();

    assertThat(late.cancellationNotice()).contains(Duration.ofHours(2));
    assertThat(late.isMissed()).isTrue();
    assertThat(unrecorded.cancellationNotice()).isEmpty();
  }

  @Test
  void aNoShowIsAMissedMeeting() {
    Meeting m = Meeting.builder().id("m01").scheduledAt(TUESDAY_TEN).status(MeetingStatus.NO_SHOW)
        .noShowBy(PartnerRole.MENTOR).build();

    assertThat(m.isMissed()).isTrue();
    assertThat(m.isHeld()).isFalse();
    assertThat(m.getNoShowBy()).contains(PartnerRole.MENTOR);
  }

  @Test
  void aMeetingTookPlaceOnTheDayItActuallyStarted() {
    LocalDateTime lateEvening = LocalDateTime.of(2026, 3, 3, 23, 30);
    Meeting m = Fixtures.held("m01", lateEvening).withActualStart(lateEvening.plusHours(1));

    assertThat(m.date()).isEqualTo(LocalDate.of(2026, 3, 4));
    assertThat(Fixtures.held("m02", lateEvening).date()).isEqualTo(LocalDate.of(2026, 3, 3));
  }

  @Test
  void aScheduledMeetingWithEveryOutcomeDetailHearsAboutEachOfThem() {
    assertRefused("Meeting", () -> Meeting.builder()
        .id(" ")
        .scheduledAt(TUESDAY_TEN)
        .status(MeetingStatus.SCHEDULED)
        .plannedMinutes(0)
        .actualMinutes(-1)
        .actualStart(TUESDAY_TEN)
        .cancelledBy(PartnerRole.MENTEE)
        .cancelledAt(TUESDAY_TEN.plusDays(1))
        .noShowBy(PartnerRole.MENTOR)
        .wrapUp(ConversationCheck.builder().build())
        .build())
        .containsExactly(
            violation("actualMinutes", "must be greater than or equal to 0"),
            violation("actualMinutes", "only a held meeting has an actual length"),
            violation("actualStart", "only a held meeting has an actual start"),
            violation("cancelledAt", "a meeting cannot be cancelled after its scheduled start "
                + "2026-03-03T10:00; record it as a no-show"),
            violation("cancelledAt", "only a cancelled meeting has a cancellation time"),
            violation("cancelledBy", "only a cancelled meeting has someone who cancelled it"),
            violation("id", "must not be blank"),
            violation("noShowBy", "only a no-show meeting has someone who did not come"),
            violation("plannedMinutes", "must be greater than 0"),
            violation("wrapUp", "only a held meeting has an end-of-conversation check"));
  }

  @Test
  void aMeetingWithoutStatusOrTimeStillHearsAboutItsOtherProblems() {
    assertRefused("Meeting", () -> Meeting.builder().id("m01").plannedMinutes(-5).build())
        .containsExactly(
            violation("plannedMinutes", "must be greater than 0"),
            violation("scheduledAt", "must not be null"),
            violation("status", "must not be null"));
  }

  @Test
  void aBlankAgendaItemIsRefusedAtItsPlace() {
    assertRefused("Agenda", () -> Agenda.builder().addItems("Updates", "  ", "Next meeting")
        .mentorInput(false).build())
        .containsExactly(violation("items[1]", "must not be blank"));
  }

  @Test
  void anAgendaThatWasNeverSentAheadHasNoSendingTime() {
    Agenda agenda = Agenda.builder().addItems("Updates").mentorInput(false).build();

    assertThat(agenda.getSentAt()).isEmpty();
    assertThat(agenda.isMentorInput()).isFalse();
  }

  @Test
  void aConversationEndsWithNextStepsOnlyWhenTheyAreWrittenDown() {
    assertThat(ConversationCheck.builder().nextSteps("Book the room").build().hasNextSteps()).isTrue();
    assertThat(ConversationCheck.builder().nextSteps("   ").build().hasNextSteps()).isFalse();
    assertThat(ConversationCheck.builder().useful("All of it").build().hasNextSteps()).isFalse();
  }
}
