package io.github.mentoring.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mentoring.core.model.Relationship;
import io.github.mentoring.core.testing.RelationshipGenerator;
import io.github.mentoring.rules.RuleEngine.Source;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A history judges a batch's relationships on all their days in one session when no rule can see
 * two facts together, and day by day otherwise; both give what a check on each day gives.
 */
class HistorySessionsTest {

  static final LocalDate FROM = LocalDate.of(2026, 3, 2);
  static final LocalDate TO = LocalDate.of(2026, 6, 1);

  /** A designer's rule that joins two facts of a relationship: a goal and the relationship. */
  static final String JOIN = """
      package program.join;

      import io.github.mentoring.rules.facts.*;

      global io.github.mentoring.rules.facts.Findings findings;

      rule "Goals while quiet"
          @id("program.goals-while-quiet") @category("program") @severity("warning")
          @description("A pursued goal while no meeting was held for a month")
      when
          $r : RelationshipFacts( daysWithoutMeeting > 30 )
          $g : GoalFacts( relationshipId == $r.relationshipId )
      then
          findings.raise(drools, $g, "A goal waits.", "Meet.", "goalId", $g.getGoalId());
      end
      """;

  /** A trusted rule whose condition throws for one relationship only. */
  static final String THROWS = """
      package program.conditions;

      import io.github.mentoring.rules.facts.*;

      rule "Reads past the end of the id"
          @id("program.condition-throws") @category("program") @severity("info") @description("x")
      when
          $r : RelationshipFacts( relationshipId == "r-bad", relationshipId.substring(40) == "x" )
      then
      end
      """;

  @Test
  void inAProgramsHistoryOnlyTheRelationshipWhoseConditionThrowsFailsNamedOnce() {
    List<Relationship> program = new java.util.ArrayList<>(
        new RelationshipGenerator(23, TO).list(9));
    program.set(4, Relationship.builder().from(program.get(4)).id("r-bad").build());
    try (HealthCheck healthCheck = HealthCheck.builder().addTrustedRules("throws.drl", THROWS)
        .parallelism(2).batchSize(4).build()) {
      ProgramHistory history = healthCheck.history(program, FROM, TO, Period.ofWeeks(2));

      assertThat(history.failures()).extracting(CheckFailure::relationshipId,
          CheckFailure::ruleId)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("r-bad",
              "program.condition-throws"));
      assertThat(history.isComplete()).isFalse();
      assertThat(history.histories()).hasSize(8)
          .noneMatch(h -> h.relationshipId().equals("r-bad"));
    }
  }

  @Test
  void theHistoryOfARelationshipWhoseConditionThrowsThrowsNamingTheRule() {
    Relationship bad = Relationship.builder().from(new RelationshipGenerator(24, TO).next())
        .id("r-bad").build();
    try (HealthCheck healthCheck = HealthCheck.builder().addTrustedRules("throws.drl", THROWS)
        .parallelism(1).build()) {
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> healthCheck.history(bad, FROM, TO))
          .isInstanceOfSatisfying(RuleExecutionException.class, e -> {
            assertThat(e.ruleId()).isEqualTo("program.condition-throws");
            assertThat(e.relationshipId()).isEqualTo("r-bad");
          });
    }
  }

  @Test
  void theBuiltInRulesEachMatchOneFactAtATime() {
    assertThat(RuleEngine.build(BuiltInModelTest.builtIns(), Set.of(), Policy.defaults())
        .judgesOneFactAtATime()).isTrue();
  }

  @Test
  void aRuleThatJoinsTwoFactsDoesNotMatchOneFactAtATime() {
    assertThat(RuleEngine.build(List.of(Source.trusted("join.drl", JOIN)), Set.of(),
        Policy.defaults()).judgesOneFactAtATime()).isFalse();
  }

  @Test
  void withAJoiningRuleEachDayIsStillJudgedAsACheckOnThatDayWould() {
    try (HealthCheck healthCheck = HealthCheck.builder().addRules("join.drl", JOIN)
        .parallelism(1).build()) {
      List<Relationship> program = new RelationshipGenerator(21, TO).list(12);
      ProgramHistory history = healthCheck.history(program, FROM, TO, Period.ofWeeks(2));
      boolean joined = false;
      for (LocalDate day : history.dates()) {
        List<Relationship> begun = program.stream()
            .filter(r -> !r.getStartDate().isAfter(day)).toList();
        ProgramReport bulk = healthCheck.checkAll(begun, day);
        assertThat(history.summaryOn(day)).as("summary on %s", day).isEqualTo(bulk.summary());
        joined |= bulk.summary().byRule().containsKey("program.goals-while-quiet");
      }
      assertThat(joined).as("the joining rule fired on some day").isTrue();
    }
  }

  @Test
  void theBuiltInRulesGiveTheSameHistoryInOneSessionAsDayByDay() {
    List<Relationship> program = new RelationshipGenerator(22, TO).list(15);
    try (HealthCheck healthCheck = HealthCheck.builder().parallelism(1).build()) {
      ProgramHistory history = healthCheck.history(program, FROM, TO, Period.ofDays(9));
      for (Relationship r : program) {
        RelationshipHistory one = history.history(r.getId()).orElseThrow();
        for (int i = 0; i < one.dates().size(); i++) {
          assertThat(one.statuses().get(i)).as("%s on %s", r.getId(), one.dates().get(i))
              .isEqualTo(healthCheck.check(r, one.dates().get(i)).status());
        }
      }
    }
  }
}
