package io.github.mentoring.core.model;

import static io.github.mentoring.core.testing.ModelAssertions.assertRefused;
import static io.github.mentoring.core.testing.ModelAssertions.violation;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class GoalAndRoadmapTest {

  private static final LocalDate JUNE_30 = LocalDate.of(2026, 6, 30);

  @Test
  void aSmartGoalKeepsItsMeasureDateAndLinkToTheObjective() {
    SmartGoal goal = SmartGoal.builder()
        .id("g1")
        .statement("Lead two team retrospectives and get written feedback from my manager by 30 June")
        .measure("Written feedback received")
        .targetDate(JUNE_30)
        .servesObjective("Leading retrospectives is part of the team-lead role")
        .build();

    assertThat(goal.getMeasure()).contains("Written feedback received");
    assertThat(goal.getTargetDate()).contains(JUNE_30);
    assertThat(goal.getServesObjective()).isPresent();
    assertThat(goal.getStatus()).isEqualTo(GoalStatus.ACTIVE);
    assertThat(goal.isActive()).isTrue();
  }

  @Test
  void aVagueGoalIsStillAValidGoalForTheRulesToJudge() {
    SmartGoal vague = SmartGoal.builder().id("g1").statement("Get better at leadership").build();

    assertThat(vague.getMeasure()).isEmpty();
    assertThat(vague.getTargetDate()).isEmpty();
    assertThat(vague.getServesObjective()).isEmpty();
    assertThat(vague.getProgressChecks()).isEmpty();
    assertThat(vague.lastProgressCheck()).isEmpty();
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "  "})
  void aGoalWithoutAnIdIsRefused(String id) {
    assertRefused("SmartGoal", () -> SmartGoal.builder().id(id).statement("Network more").build())
        .containsExactly(violation("id", "must not be blank"));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "  "})
  void aGoalWithoutAStatementIsRefused(String statement) {
    assertRefused("SmartGoal", () -> SmartGoal.builder().id("g1").statement(statement).build())
        .containsExactly(violation("statement", "must not be blank"));
  }

  @Test
  void aBlankMeasureIsRefusedWhileAnAbsentOneIsAccepted() {
    assertRefused("SmartGoal", () -> SmartGoal.builder().id("g1").statement("Network more")
        .measure(" ").build())
        .containsExactly(violation("measure", "must not be blank"));
  }

  @Test
  void aBlankLinkToTheObjectiveIsRefused() {
    assertRefused("SmartGoal", () -> SmartGoal.builder().id("g1").statement("Network more")
        .servesObjective("").build())
        .containsExactly(violation("servesObjective", "must not be blank"));
  }

  @Test
  void aGoalWithEveryProblemHearsAboutAllOfThem() {
    assertRefused("SmartGoal", () -> SmartGoal.builder().measure(" ").servesObjective(" ").build())
        .containsExactly(
            violation("id", "must not be blank"),
            violation("measure", "must not be blank"),
            violation("servesObjective", "must not be blank"),
            violation("statement", "must not be blank"));
  }

  @Test
  void theLastProgressCheckIsTheMostRecentWhateverTheOrderTheyWereWrittenIn() {
    ProgressCheck april = ProgressCheck.builder().date(LocalDate.of(2026, 4, 1)).build();
    ProgressCheck may = ProgressCheck.builder().date(LocalDate.of(2026, 5, 1))
        .percentComplete(60).outcome(CheckOutcome.ON_TRACK).note("Halfway").build();
    ProgressCheck march = ProgressCheck.builder().date(LocalDate.of(2026, 3, 1)).build();
    SmartGoal goal = Fixtures.goal("g1").withProgressChecks(april, may, march);

    assertThat(goal.lastProgressCheck()).contains(may);
  }

  @Test
  void achievedAndDroppedGoalsNoLongerAskForWork() {
    assertThat(Fixtures.goal("g1").withStatus(GoalStatus.ACHIEVED).isActive()).isFalse();
    assertThat(Fixtures.goal("g1").withStatus(GoalStatus.DROPPED).isActive()).isFalse();
  }

  @Test
  void aProgressCheckNeedsTheDayItWasMade() {
    assertRefused("ProgressCheck", () -> ProgressCheck.builder().percentComplete(50).build())
        .containsExactly(violation("date", "must not be null"));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 50, 100})
  void progressFromNoneToAllOfTheGoalIsAccepted(int percent) {
    assertThat(ProgressCheck.builder().date(JUNE_30).percentComplete(percent).build()
        .getPercentComplete()).contains(percent);
  }

  @Test
  void progressBelowNothingIsRefused() {
    assertRefused("ProgressCheck",
        () -> ProgressCheck.builder().date(JUNE_30).percentComplete(-1).build())
        .containsExactly(violation("percentComplete", "must be greater than or equal to 0"));
  }

  @Test
  void progressBeyondTheWholeGoalIsRefused() {
    assertRefused("ProgressCheck",
        () -> ProgressCheck.builder().date(JUNE_30).percentComplete(101).build())
        .containsExactly(violation("percentComplete", "must be less than or equal to 100"));
  }

  @Test
  void aProgressCheckWithoutADayAndBeyondTheGoalHearsAboutBoth() {
    assertRefused("ProgressCheck", () -> ProgressCheck.builder().percentComplete(250).build())
        .containsExactly(
            violation("date", "must not be null"),
            violation("percentComplete", "must be less than or equal to 100"));
  }

  @Test
  void aRoadmapPlansTopicsByMeetingNumberByDateOrBoth() {
    Roadmap roadmap = Roadmap.builder()
        .addEntries(RoadmapEntry.builder().meetingNumber(2).topic("Industry trends").build())
        .addEntries(RoadmapEntry.builder().date(JUNE_30).topic("Time management").build())
        .addEntries(RoadmapEntry.builder().meetingNumber(4).date(JUNE_30).topic("Feedback").build())
        .build();

    assertThat(roadmap.getEntries()).extracting(RoadmapEntry::getTopic)
        .containsExactly("Industry trends", "Time management", "Feedback");
  }

  @Test
  void aRoadmapTopicWithNeitherMeetingNumberNorDateIsRefused() {
    assertRefused("RoadmapEntry", () -> RoadmapEntry.builder().topic("Industry trends").build())
        .containsExactly(violation("meetingNumber",
            "give the meeting number or the date the topic is planned for"));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -2})
  void aRoadmapTopicForMeetingNumberZeroOrLessIsRefused(int number) {
    assertRefused("RoadmapEntry",
        () -> RoadmapEntry.builder().meetingNumber(number).topic("Industry trends").build())
        .containsExactly(violation("meetingNumber", "must be greater than 0"));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", " "})
  void aRoadmapEntryWithoutATopicIsRefused(String topic) {
    assertRefused("RoadmapEntry", () -> RoadmapEntry.builder().meetingNumber(1).topic(topic).build())
        .containsExactly(violation("topic", "must not be blank"));
  }

  @Test
  void aRoadmapEntryWithNoTopicAndNoPlaceInTheSeriesHearsAboutBoth() {
    assertRefused("RoadmapEntry", () -> RoadmapEntry.builder().topic(" ").build())
        .containsExactly(
            violation("meetingNumber", "give the meeting number or the date the topic is planned for"),
            violation("topic", "must not be blank"));
  }
}
