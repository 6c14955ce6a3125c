package io.github.mentoring.rules.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mentoring.core.model.Relationship;
import io.github.mentoring.core.testing.RelationshipGenerator;
import io.github.mentoring.rules.CheckFailure;
import io.github.mentoring.rules.HealthCheck;
import io.github.mentoring.rules.HealthReport;
import io.github.mentoring.rules.Policy;
import io.github.mentoring.rules.ProgramReport;
import io.github.mentoring.rules.RuleExecutionException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runaway rules are stopped: a rule that re-fires forever spends its firing budget, a slow one
 * its time budget, one that overflows the stack is caught; the check names the rule and the
 * relationship, and the other relationships of a bulk check still get their reports. Such rules
 * can only come from files a caller trusts in code (designer files cannot loop, insert or
 * recurse), so these files are added as trusted.
 */
class RunawayRulesTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 27);

  private static final String RUNAWAY = """
      package program.runaway;
      import io.github.mentoring.rules.facts.*;

      function int deeper(int n) { return deeper(n + 1) + 1; }

      rule "Fires forever"
          @id("program.fires-forever") @category("program") @severity("info") @description("x")
      when
          $r : RelationshipFacts( relationshipId == "r-loop" )
      then
          update($r);
      end

      rule "Slow forever"
          @id("program.slow-forever") @category("program") @severity("info") @description("x")
      when
          $r : RelationshipFacts( relationshipId == "r-slow" )
      then
          Thread.sleep(100);
          update($r);
      end

      rule "Overflows the stack"
          @id("program.overflows") @category("program") @severity("info") @description("x")
      when
          $r : RelationshipFacts( relationshipId == "r-deep" )
      then
          deeper(0);
      end
      """;

  private static final HealthCheck HEALTH_CHECK = HealthCheck.builder()
      .addTrustedRules("runaway.drl", RUNAWAY)
      .policy(Policy.defaults().with("engine.firing-budget", "500"))
      .batchSize(10)
      .build();

  private static List<Relationship> program(String... badIds) {
    RelationshipGenerator generator = new RelationshipGenerator(11, AS_OF);
    List<Relationship> all = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      all.add(generator.next());
    }
    for (int i = 0; i < badIds.length; i++) {
      all.set(3 + 7 * i, Relationship.builder().from(HostileRuleFilesTest.relationship()).id(badIds[i]).build());
    }
    return all;
  }

  @Test
  void aRuleThatFiresForeverSpendsItsFiringBudgetAndTheOthersAreStillJudged() {
    List<Relationship> program = program("r-loop");
    ProgramReport report = HEALTH_CHECK.checkAll(program, AS_OF);

    assertThat(report.failures()).singleElement().satisfies(f -> {
      assertThat(f.relationshipId()).isEqualTo("r-loop");
      assertThat(f.ruleId()).isEqualTo("program.fires-forever");
      assertThat(f.reason()).contains("more than 500 rule firings")
          .contains("engine.firing-budget");
    });
    assertThat(report.reports()).hasSize(program.size() - 1)
        .extracting(HealthReport::relationshipId)
        .containsExactlyElementsOf(program.stream().map(Relationship::getId)
            .filter(id -> !id.equals("r-loop")).toList());
    assertThat(report.reports()).isEqualTo(HealthCheck.withBuiltInRules()
        .checkAll(program.stream().filter(r -> !r.getId().equals("r-loop")).toList(), AS_OF)
        .reports());
    assertThat(report.isComplete()).isFalse();
  }

  @Test
  void aSlowRuleSpendsTheTimeBudget() {
    HealthCheck impatient = HealthCheck.builder().addTrustedRules("runaway.drl", RUNAWAY)
        .policy(Policy.defaults().with("engine.time-budget-millis", "1000")).build();
    // The first checks of a new rule base are slow (classes load, code warms up): not the rule
    // under test.
    for (Relationship r : program()) {
      impatient.check(r, AS_OF);
    }
    assertThatThrownBy(() -> impatient.check(program("r-slow").get(3), AS_OF))
        .isInstanceOfSatisfying(RuleExecutionException.class, e -> {
          assertThat(e.ruleId()).isEqualTo("program.slow-forever");
          assertThat(e.relationshipId()).isEqualTo("r-slow");
          assertThat(e.getMessage()).contains("longer than 1000 ms")
              .contains("engine.time-budget-millis");
        });
  }

  @Test
  void aStackOverflowIsAFailedCheckOfThatRelationshipNotACrash() {
    ProgramReport report = HEALTH_CHECK.checkAll(program("r-deep", "r-loop"), AS_OF);
    assertThat(report.failures()).extracting(CheckFailure::relationshipId, CheckFailure::ruleId)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("r-deep", "program.overflows"),
            org.assertj.core.groups.Tuple.tuple("r-loop", "program.fires-forever"));
    assertThat(report.failures().get(0).reason()).contains("StackOverflowError");
    assertThat(report.reports()).hasSize(23);
  }

  @Test
  void aStreamHandsOutTheReportsBeforeAFailureThenThrowsIt() {
    List<Relationship> program = program("r-loop");
    Iterator<HealthReport> reports = HEALTH_CHECK.checkStream(program.stream(), AS_OF).iterator();
    for (int i = 0; i < 3; i++) {
      assertThat(reports.next().relationshipId()).isEqualTo(program.get(i).getId());
    }
    assertThatThrownBy(reports::hasNext).isInstanceOfSatisfying(RuleExecutionException.class,
        e -> assertThat(e.relationshipId()).isEqualTo("r-loop"));
  }

  @Test
  void aStreamWhoseLastChunkFailsAtItsFirstRelationshipStillThrows() {
    // On two processors the stream takes chunks of 20 (batch size 10, two threads): the failure
    // then opens the last chunk, which has no report before it to hand out.
    List<Relationship> program = new ArrayList<>(program().subList(0, 25));
    program.set(20, Relationship.builder().from(HostileRuleFilesTest.relationship())
        .id("r-loop").build());
    Iterator<HealthReport> reports = HEALTH_CHECK.checkStream(program.stream(), AS_OF).iterator();
    for (int i = 0; i < 20; i++) {
      assertThat(reports.next().relationshipId()).isEqualTo(program.get(i).getId());
    }
    assertThatThrownBy(reports::hasNext).isInstanceOfSatisfying(RuleExecutionException.class,
        e -> assertThat(e.relationshipId()).isEqualTo("r-loop"));
  }

  @Test
  void theBudgetsAreInThePolicyWithSaneDefaults() {
    assertThat(Policy.defaults().integer("engine.firing-budget")).isEqualTo(10_000);
    assertThat(Policy.defaults().integer("engine.time-budget-millis")).isEqualTo(10_000);
  }
}
