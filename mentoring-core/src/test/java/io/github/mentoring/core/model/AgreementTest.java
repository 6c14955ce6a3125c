package io.github.mentoring.core.model;

import static io.github.mentoring.core.testing.ModelAssertions.assertRefused;
import static io.github.mentoring.core.testing.ModelAssertions.violation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mentoring.core.testing.Samples;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AgreementTest {

  private static final LocalDate START = LocalDate.of(2026, 1, 5);

  @Test
  void aCompleteAgreementHoldsEveryElementTheyAgreedOn() {
    Agreement a = Samples.completeAgreement(START);

    assertThat(a.getObjective()).isPresent();
    assertThat(a.getMeetingFormats()).containsExactlyInAnyOrder(Channel.VIDEO, Channel.IN_PERSON);
    assertThat(a.getMeetingFrequency()).contains(Period.ofWeeks(1));
    assertThat(a.getPlannedLength()).contains(Period.ofMonths(6));
    assertThat(a.getPlannedEnd()).contains(START.plusMonths(6));
    assertThat(a.getEarlyEndingPlan()).isPresent();
    assertThat(a.getAvailability()).extracting(Availability::getPartner)
        .containsExactly(PartnerRole.MENTOR, PartnerRole.MENTEE);
    assertThat(a.getMeetingMinutes()).contains(45);
    assertThat(a.getCancellation().flatMap(CancellationPolicy::getMinimumNotice))
        .contains(Duration.ofHours(24));
    assertThat(a.getAgenda()).hasValueSatisfying(p -> {
      assertThat(p.isSentAhead()).isTrue();
      assertThat(p.isMentorAddsInput()).isTrue();
      assertThat(p.getLeadTime()).contains(Duration.ofHours(24));
    });
    assertThat(a.getConfidentiality()).isPresent();
    assertThat(a.getBoundaries().map(Boundaries::getContactChannels).orElseThrow())
        .containsExactlyInAnyOrder(Channel.EMAIL, Channel.CHAT);
    assertThat(a.getActivities()).hasSize(2);
    assertThat(a.getTopics()).hasSize(3);
  }

  @Test
  void anEmptyAgreementIsAcceptedSoThatTheRulesCanNameEachMissingElement() {
    Agreement empty = Agreement.builder().build();

    assertThat(empty.getObjective()).isEmpty();
    assertThat(empty.getMeetingFormats()).isEmpty();
    assertThat(empty.getMeetingFrequency()).isEmpty();
    assertThat(empty.getAvailability()).isEmpty();
    assertThat(empty.meetingIntervalDays()).isEmpty();
  }

  @Test
  void anObjectiveOfOnlySpacesIsRefused() {
    assertRefused("Agreement", () -> Agreement.builder().objective("   ").build())
        .containsExactly(violation("objective", "must not be blank"));
  }

  @Test
  void aBlankPlanForEndingEarlyIsRefused() {
    assertRefused("Agreement", () -> Agreement.builder().earlyEndingPlan("").build())
        .containsExactly(violation("earlyEndingPlan", "must not be blank"));
  }

  @Test
  void aBlankConfidentialityClauseIsRefused() {
    assertRefused("Agreement", () -> Agreement.builder().confidentiality("\t").build())
        .containsExactly(violation("confidentiality", "must not be blank"));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -15})
  void aMeetingLengthOfNoMinutesOrLessIsRefused(int minutes) {
    assertRefused("Agreement", () -> Agreement.builder().meetingMinutes(minutes).build())
        .containsExactly(violation("meetingMinutes", "must be greater than 0"));
  }

  @Test
  void aBlankActivityIsRefusedAtItsPlaceInTheList() {
    assertRefused("Agreement", () -> Agreement.builder()
        .addActivities("Role-play a job interview", " ").build())
        .containsExactly(violation("activities[1]", "must not be blank"));
  }

  @Test
  void aBlankTopicIsRefusedAtItsPlaceInTheList() {
    assertRefused("Agreement", () -> Agreement.builder().addTopics("", "Time management").build())
        .containsExactly(violation("topics[0]", "must not be blank"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"P0D", "-P1W", "P-1M", "P1M-3D", "P0Y0M0D"})
  void aMeetingRhythmThatIsNotAPositivePeriodIsRefused(String period) {
    assertRefused("Agreement",
        () -> Agreement.builder().meetingFrequency(Period.parse(period)).build())
        .containsExactly(violation("meetingFrequency", "must be a positive period, e.g. P1W or P1M"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"P0M", "P-6M", "-P1Y"})
  void aPlannedLengthThatIsNotAPositivePeriodIsRefused(String period) {
    assertRefused("Agreement",
        () -> Agreement.builder().plannedLength(Period.parse(period)).build())
        .containsExactly(violation("plannedLength", "must be a positive period, e.g. P6M"));
  }

  @ParameterizedTest
  @CsvSource({"P1W, 7", "P2W, 14", "P1M, 30", "P1Y, 365", "P1M2D, 32"})
  void theAgreedRhythmReadsInDaysCountingAMonthAsThirty(String period, int days) {
    Agreement a = Agreement.builder().meetingFrequency(Period.parse(period)).build();

    assertThat(a.meetingIntervalDays()).contains(days);
    assertThat(Agreement.approximateDays(Period.parse(period))).isEqualTo(days);
  }

  @Test
  void anAgreementWithManyProblemsListsThemAllAtOnce() {
    assertRefused("Agreement", () -> Agreement.builder()
        .objective(" ")
        .meetingFrequency(Period.ZERO)
        .plannedLength(Period.ofMonths(-6))
        .meetingMinutes(0)
        .earlyEndingPlan("")
        .confidentiality(" ")
        .addActivities(" ")
        .addTopics("Time management", "")
        .build())
        .containsExactly(
            violation("activities[0]", "must not be blank"),
            violation("confidentiality", "must not be blank"),
            violation("earlyEndingPlan", "must not be blank"),
            violation("meetingFrequency", "must be a positive period, e.g. P1W or P1M"),
            violation("meetingMinutes", "must be greater than 0"),
            violation("objective", "must not be blank"),
            violation("plannedLength", "must be a positive period, e.g. P6M"),
            violation("topics[1]", "must not be blank"));
  }

  @Test
  void anAvailabilityWindowNeedsAPartnerADayAndBothEnds() {
    assertRefused("Availability", () -> Availability.builder().build())
        .containsExactly(
            violation("day", "must not be null"),
            violation("from", "must not be null"),
            violation("partner", "must not be null"),
            violation("until", "must not be null"));
  }

  @ParameterizedTest
  @CsvSource({"09:00, 09:00", "11:00, 09:30"})
  void anAvailabilityWindowThatDoesNotEndAfterItStartsIsRefused(String from, String until) {
    assertRefused("Availability", () -> Availability.builder()
        .partner(PartnerRole.MENTEE).day(DayOfWeek.THURSDAY)
        .from(LocalTime.parse(from)).until(LocalTime.parse(until)).build())
        .containsExactly(violation("until", "must be after " + LocalTime.parse(from)));
  }

  @Test
  void aCancellationPolicyMayAskForNoNoticeButNotForNegativeNotice() {
    assertThat(CancellationPolicy.builder().minimumNotice(Duration.ZERO).build().getMinimumNotice())
        .contains(Duration.ZERO);
    assertRefused("CancellationPolicy",
        () -> CancellationPolicy.builder().minimumNotice(Duration.ofHours(-1)).build())
        .containsExactly(violation("minimumNotice", "must be longer than or equal to 0"));
  }

  @Test
  void anAgendaCannotBeDueANegativeTimeBeforeTheMeeting() {
    assertThat(AgendaPolicy.builder().sentAhead(true).mentorAddsInput(false)
        .leadTime(Duration.ZERO).build().getLeadTime()).contains(Duration.ZERO);
    assertRefused("AgendaPolicy", () -> AgendaPolicy.builder().sentAhead(true)
        .mentorAddsInput(false).leadTime(Duration.ofMinutes(-30)).build())
        .containsExactly(violation("leadTime", "must be longer than or equal to 0"));
  }

  @Test
  void boundariesAreAllOptionalAndTheirContactChannelsCannotBeChangedLater() {
    Boundaries b = Boundaries.builder().addContactChannels(Channel.EMAIL).build();

    assertThat(b.getMentorRole()).isEmpty();
    assertThat(b.getContactHours()).isEmpty();
    assertThatThrownBy(() -> b.getContactChannels().add(Channel.PHONE))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
