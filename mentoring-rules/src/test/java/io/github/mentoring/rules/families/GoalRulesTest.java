package io.github.mentoring.rules.families;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mentoring.core.model.*;
import io.github.mentoring.rules.Category;
import io.github.mentoring.rules.HealthCheck;
import io.github.mentoring.rules.Policy;
import io.github.mentoring.rules.Severity;
import io.github.mentoring.rules.Subject;
import io.github.mentoring.rules.testkit.RuleVerifier;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class GoalRulesTest {
  static final LocalDate AS_OF = LocalDate.of(2026, 5, 15);
  static final LocalDate START = LocalDate.of(2026, 1, 5);
  static final LocalDate PLANNED_END = LocalDate.of(2026, 12, 31);
  static final String LEADERSHIP = "get better at leadership";
  static final String RETROSPECTIVES =
      "lead two team retrospectives and get written feedback from my manager by 30 June";

  final RuleVerifier rules = RuleVerifier.builtIn();
  static final RuleVerifier LENIENT = RuleVerifier.of(HealthCheck.builder()
      .policy(Policy.defaults().with("goals.max-active", "5").with("goals.min-words", "3"))
      .build());

  static Relationship relationship(Phase phase, LocalDate start, SmartGoal... goals) {
    return Relationship.builder().id("r-1").mentor(Partner.of("ada")).mentee(Partner.of("ben"))
        .kind(RelationshipKind.FORMAL).phase(phase).startDate(start).plannedEnd(PLANNED_END)
        .addGoals(goals)
        .build();
  }

  static Relationship active(SmartGoal... goals) {
    return relationship(Phase.ACTIVE, START, goals);
  }

  /** A goal that passes every SMART letter; tests take one thing away from it. */
  static SmartGoal.Builder smart(String id) {
    return SmartGoal.builder().id(id).statement(RETROSPECTIVES)
        .targetDate(LocalDate.of(2026, 6, 30))
        .servesObjective("leading my own team next year")
        .addProgressChecks(ProgressCheck.builder().date(AS_OF.minusDays(7)).build());
  }

  /** The brief's vague goal: no measure, no date, nothing else. */
  static SmartGoal leadership(String id) {
    return SmartGoal.builder().id(id).statement(LEADERSHIP).build();
  }

  // --- The two goals of the SMART example -----------------------------------------------

  @Test
  void getBetterAtLeadershipFailsSpecificMeasurableAndTimeBound() {
    Relationship r = active(leadership("g1"));
    rules.verify("goals.not-specific").given(r).asOf(AS_OF).fires()
        .about(Subject.Kind.GOAL, "g1")
        .withEvidence("goalId", "g1").withEvidence("vaguePhrase", "get better")
        .withEvidence("words", 4)
        .having("a message naming the vague phrase and the short length",
            f -> f.message().contains("'get better'") && f.message().contains("4 words"));
    rules.verify("goals.not-measurable").given(r).asOf(AS_OF).fires()
        .withEvidence("goalId", "g1").withEvidence("measure", false);
    rules.verify("goals.not-time-bound").given(r).asOf(AS_OF).fires()
        .withEvidence("goalId", "g1").about(Subject.Kind.GOAL, "g1");
  }

  @Test
  void leadingTwoRetrospectivesWithWrittenFeedbackByJunePassesSpecificMeasurableAndTimeBound() {
    Relationship r = active(smart("g1").build());
    rules.verify("goals.not-specific").given(r).asOf(AS_OF).doesNotFire();
    rules.verify("goals.not-measurable").given(r).asOf(AS_OF).doesNotFire();
    rules.verify("goals.not-time-bound").given(r).asOf(AS_OF).doesNotFire();
    assertThat(rules.healthCheck().check(r, AS_OF).findings())
        .filteredOn(f -> f.category() == Category.VAGUE_GOAL).isEmpty();
  }

  // --- Specific ---------------------------------------------------------------------------

  @Test
  void aShortGoalWithoutVagueWordsIsStillNotSpecific() {
    rules.verify("goals.not-specific").given(active(smart("g1").statement("publish two posts").build()))
        .asOf(AS_OF).fires()
        .withEvidence("vaguePhrase", "none").withEvidence("words", 3)
        .having("a message about the length only", f -> f.message().contains("only 3 words")
            && !f.message().contains("vague phrase"));
  }

  @Test
  void aGoalOfExactlyTheMinimumWordsWithoutVagueWordsIsSpecific() {
    rules.verify("goals.not-specific")
        .given(active(smart("g1").statement("publish two posts every month").build()))
        .asOf(AS_OF).doesNotFire();
  }

  @Test
  void aLongGoalBuiltOnAVagueVerbIsNotSpecific() {
    rules.verify("goals.not-specific")
        .given(active(smart("g1")
            .statement("improve how I present our quarterly results to the board").build()))
        .asOf(AS_OF).fires().withEvidence("vaguePhrase", "improve").withEvidence("words", 10)
        .having("a message about the phrase only", f -> !f.message().contains("words"));
  }

  @Test
  void aGoalThatStartsWithAVagueWordButStatesABaselineATargetAndADateIsSpecific() {
    // Before: "improve" alone made it "not specific", though the rest says exactly what changes.
    SmartGoal goal = smart("g1")
        .statement("Improve first-call resolution from 62% to 75% by 30 June").build();
    rules.verify("goals.not-specific").given(active(goal)).asOf(AS_OF).doesNotFire();
    rules.verify("goals.not-measurable").given(active(goal)).asOf(AS_OF).doesNotFire();
  }

  @Test
  void aVagueWordWithNothingConcreteAfterItStaysVagueWhateverComesBefore() {
    rules.verify("goals.not-specific")
        .given(active(smart("g1")
            .statement("run three workshops and then become a more confident speaker").build()))
        .asOf(AS_OF).fires().withEvidence("vaguePhrase", "more confident");
  }

  @Test
  void anActionVerbAloneIsNoMeasureOfHowWellTheGoalWasMet() {
    // "present" says the deck was shown, not how anyone would know it went well.
    rules.verify("goals.not-measurable")
        .given(active(smart("g1")
            .statement("Present the quarterly budget pack to the directors").build()))
        .asOf(AS_OF).fires();
    rules.verify("goals.not-measurable")
        .given(active(smart("g1")
            .statement("Present the quarterly budget pack and get feedback from the CFO").build()))
        .asOf(AS_OF).doesNotFire();
  }

  // --- Measurable -------------------------------------------------------------------------

  @Test
  void aVagueGoalWithASeparateMeasureIsMeasurable() {
    rules.verify("goals.not-measurable")
        .given(active(smart("g1").statement(LEADERSHIP).measure("two 360 reviews").build()))
        .asOf(AS_OF).doesNotFire();
  }

  @Test
  void aGoalWhoseOnlyNumberIsItsDeadlineIsNotMeasurable() {
    rules.verify("goals.not-measurable")
        .given(active(smart("g1").statement("talk with senior staff about careers by 30 June 2026")
            .build()))
        .asOf(AS_OF).fires().withEvidence("measurableStatement", false);
  }

  @Test
  void aDeadlineWrittenInDigitsIsNotAMeasureEither() {
    for (String deadline : new String[] {"2026-06-30", "30/06/2026", "30.6.26"}) {
      rules.verify("goals.not-measurable")
          .given(active(smart("g1").statement("talk with senior staff about careers by " + deadline)
              .build()))
          .asOf(AS_OF).fires().withEvidence("measurableStatement", false);
    }
  }

  @Test
  void aVerbAloneSaysNothingAboutHowMuch() {
    rules.verify("goals.not-measurable")
        .given(active(smart("g1").statement("lead the team with more empathy and calm").build()))
        .asOf(AS_OF).fires();
  }

  // --- Time-bound and achievable ----------------------------------------------------------

  @Test
  void aGoalWithoutATargetDateIsNotTimeBound() {
    SmartGoal undated = SmartGoal.builder().from(smart("g1").build()).targetDate(java.util.Optional.empty())
        .build();
    rules.verify("goals.not-time-bound").given(active(undated)).asOf(AS_OF).fires()
        .withEvidence("plannedEnd", PLANNED_END.toString());
  }

  @Test
  void aGoalDueAfterThePlannedEndCannotBeAchievedInTime() {
    rules.verify("goals.not-achievable-in-time")
        .given(active(smart("g1").targetDate(PLANNED_END.plusDays(1)).build())).asOf(AS_OF)
        .fires().about(Subject.Kind.GOAL, "g1")
        .withEvidence("targetDate", "2027-01-01").withEvidence("plannedEnd", "2026-12-31");
  }

  @Test
  void aGoalDueOnThePlannedEndCanStillBeAchievedInTime() {
    rules.verify("goals.not-achievable-in-time")
        .given(active(smart("g1").targetDate(PLANNED_END).build())).asOf(AS_OF).doesNotFire();
  }

  // --- Relevant ---------------------------------------------------------------------------

  @Test
  void aGoalNotTiedToTheObjectiveIsFlaggedAsInformation() {
    SmartGoal loose = SmartGoal.builder().from(smart("g1").build())
        .servesObjective(java.util.Optional.empty()).build();
    var outcome = rules.verify("goals.not-relevant").given(active(loose)).asOf(AS_OF).fires()
        .withEvidence("goalId", "g1");
    assertThat(outcome.findings()).allMatch(f -> f.severity() == Severity.INFO);
    rules.verify("goals.not-relevant").given(active(smart("g1").build())).asOf(AS_OF)
        .doesNotFire();
  }

  // --- Too many, missing ------------------------------------------------------------------

  @Test
  void fourGoalsPursuedAtOnceAreTooMany() {
    Relationship r = active(smart("g1").build(), smart("g2").build(), smart("g3").build(),
        smart("g4").build());
    rules.verify("goals.too-many-active").given(r).asOf(AS_OF).firesTimes(1)
        .about(Subject.Kind.RELATIONSHIP, "r-1").withEvidence("activeGoals", 4)
        .withEvidence("maxActive", 3);
  }

  @Test
  void threeGoalsPursuedBesideAnAchievedOneAreNotTooMany() {
    Relationship r = active(smart("g1").build(), smart("g2").build(), smart("g3").build(),
        smart("g4").status(GoalStatus.ACHIEVED).build());
    rules.verify("goals.too-many-active").given(r).asOf(AS_OF).doesNotFire();
  }

  @Test
  void aFormalRelationshipActiveForTwentyTwoDaysWithoutGoalsIsMissingThem() {
    rules.verify("goals.missing").given(relationship(Phase.ACTIVE, AS_OF.minusDays(22)))
        .asOf(AS_OF).fires().about(Subject.Kind.RELATIONSHIP, "r-1")
        .withEvidence("daysSinceStart", 22).withEvidence("goals", 0);
  }

  @Test
  void threeWeeksWithoutGoalsIsStillWithinTheGracePeriod() {
    rules.verify("goals.missing").given(relationship(Phase.ACTIVE, AS_OF.minusDays(21)))
        .asOf(AS_OF).doesNotFire();
  }

  @Test
  void anInformalRelationshipNeedsNoWrittenGoals() {
    Relationship informal = Relationship.builder().from(relationship(Phase.ACTIVE, START))
        .kind(RelationshipKind.INFORMAL).build();
    rules.verify("goals.missing").given(informal).asOf(AS_OF).doesNotFire();
  }

  @Test
  void aRelationshipStillBeingEstablishedIsNotYetMissingGoals() {
    rules.verify("goals.missing").given(relationship(Phase.ESTABLISHING, START)).asOf(AS_OF)
        .doesNotFire();
  }

  // --- Never checked ----------------------------------------------------------------------

  @Test
  void aGoalNeverCheckedAfterThirtyDaysIsFlagged() {
    SmartGoal unchecked = SmartGoal.builder().from(smart("g1").build())
        .progressChecks(List.of()).build();
    rules.verify("goals.never-checked").given(relationship(Phase.ACTIVE, AS_OF.minusDays(30), unchecked))
        .asOf(AS_OF).fires().withEvidence("goalId", "g1").withEvidence("daysSinceSet", 30)
        .withEvidence("progressChecks", 0);
  }

  @Test
  void aGoalNotYetCheckedAfterTwentyNineDaysIsFine() {
    SmartGoal unchecked = SmartGoal.builder().from(smart("g1").build())
        .progressChecks(List.of()).build();
    rules.verify("goals.never-checked").given(relationship(Phase.ACTIVE, AS_OF.minusDays(29), unchecked))
        .asOf(AS_OF).doesNotFire();
  }

  @Test
  void aGoalAddedLaterIsGivenItsOwnThirtyDaysFromTheDayItWasSet() {
    // Before: counted from the start of the relationship, so a goal set yesterday in a
    // relationship of three months was "never checked" at once.
    SmartGoal newGoal = SmartGoal.builder().from(smart("g1").build())
        .progressChecks(List.of()).setOn(AS_OF.minusDays(29)).build();
    Relationship r = relationship(Phase.ACTIVE, AS_OF.minusDays(90), newGoal);
    rules.verify("goals.never-checked").given(r).asOf(AS_OF).doesNotFire();
    rules.verify("goals.never-checked").given(r).asOf(AS_OF.plusDays(1))
        .fires().withEvidence("daysSinceSet", 30)
        .withEvidence("setOn", AS_OF.minusDays(29).toString());
  }

  @Test
  void aGoalSetAfterTheCheckDateIsNotKnownYet() {
    SmartGoal later = SmartGoal.builder().from(smart("g1").build())
        .statement("get better at leadership").setOn(AS_OF.plusDays(3)).build();
    Relationship r = relationship(Phase.ACTIVE, AS_OF.minusDays(90), later);
    rules.verify("goals.not-specific").given(r).asOf(AS_OF).doesNotFire();
    rules.verify("goals.not-specific").given(r).asOf(AS_OF.plusDays(3)).fires();
  }

  @Test
  void aGoalAchievedAfterTheCheckDateWasStillPursuedOnIt() {
    SmartGoal achieved = smart("g1").targetDate(AS_OF.minusDays(10))
        .status(GoalStatus.ACHIEVED).achievedOn(AS_OF.plusDays(5)).build();
    rules.verify("goals.overdue").given(active(achieved)).asOf(AS_OF)
        .fires().withEvidence("daysPastTarget", 10);
    rules.verify("goals.overdue").given(active(achieved)).asOf(AS_OF.plusDays(5))
        .doesNotFire();
  }

  @Test
  void aProgressCheckAfterTheCheckDateIsNotKnownYet() {
    SmartGoal checkedLater = SmartGoal.builder().from(smart("g1").build())
        .progressChecks(List.of(ProgressCheck.builder().date(AS_OF.plusDays(1)).build())).build();
    rules.verify("goals.never-checked").given(active(checkedLater)).asOf(AS_OF).fires();
    rules.verify("goals.never-checked").given(active(checkedLater)).asOf(AS_OF.plusDays(1))
        .doesNotFire();
  }

  // --- Overdue ----------------------------------------------------------------------------

  @Test
  void aGoalStillPursuedTenDaysAfterItsTargetIsOverdue() {
    rules.verify("goals.overdue").given(active(smart("g1").targetDate(AS_OF.minusDays(10)).build()))
        .asOf(AS_OF).fires().about(Subject.Kind.GOAL, "g1").withEvidence("daysPastTarget", 10)
        .withEvidence("targetDate", AS_OF.minusDays(10).toString());
  }

  @Test
  void aGoalDueTodayIsNotYetOverdue() {
    rules.verify("goals.overdue").given(active(smart("g1").targetDate(AS_OF).build()))
        .asOf(AS_OF).doesNotFire();
  }

  @Test
  void anAchievedGoalPastItsTargetIsNotOverdue() {
    rules.verify("goals.overdue").given(active(smart("g1").targetDate(AS_OF.minusDays(10))
            .status(GoalStatus.ACHIEVED).build()))
        .asOf(AS_OF).doesNotFire();
  }

  // --- Phases and status ------------------------------------------------------------------

  @Test
  void goalsAreJudgedWhileTheRelationshipIsBeingEstablished() {
    rules.verify("goals.not-time-bound")
        .given(relationship(Phase.ESTABLISHING, START, leadership("g1"))).asOf(AS_OF).fires();
  }

  @Test
  void goalsAreNoLongerJudgedOnceClosureHasStartedOrBeforeTheAgreement() {
    for (Phase phase : List.of(Phase.PREPARING, Phase.CLOSING, Phase.CONTINUING_INFORMALLY)) {
      Relationship r = relationship(phase, START, leadership("g1"));
      assertThat(rules.healthCheck().check(r, AS_OF).findings())
          .as("phase %s", phase)
          .filteredOn(f -> f.category() == Category.VAGUE_GOAL).isEmpty();
    }
  }

  @Test
  void aDroppedVagueGoalIsNotJudged() {
    Relationship r = active(SmartGoal.builder().from(leadership("g1")).status(GoalStatus.DROPPED)
        .build());
    assertThat(rules.healthCheck().check(r, AS_OF).findings())
        .filteredOn(f -> f.category() == Category.VAGUE_GOAL).isEmpty();
  }

  @Test
  void findingsNeverQuoteTheGoalStatement() {
    Relationship r = active(leadership("g1"));
    assertThat(rules.healthCheck().check(r, AS_OF).findings())
        .filteredOn(f -> f.category() == Category.VAGUE_GOAL).isNotEmpty()
        .allSatisfy(f -> {
          assertThat(f.message()).doesNotContain(LEADERSHIP);
          assertThat(f.evidence().values()).noneMatch(v -> String.valueOf(v).contains("leadership"));
        });
  }

  // --- Policy -----------------------------------------------------------------------------

  @Test
  void aProgramThatAllowsFiveGoalsAndShortStatementsRelaxesTheRules() {
    Relationship fourGoals = active(smart("g1").build(), smart("g2").build(), smart("g3").build(),
        smart("g4").build());
    rules.verify("goals.too-many-active").given(fourGoals).asOf(AS_OF).fires();
    LENIENT.verify("goals.too-many-active").given(fourGoals).asOf(AS_OF).doesNotFire();

    Relationship shortGoal = active(smart("g1").statement("publish two posts").build());
    rules.verify("goals.not-specific").given(shortGoal).asOf(AS_OF).fires();
    LENIENT.verify("goals.not-specific").given(shortGoal).asOf(AS_OF).doesNotFire();
  }
}
