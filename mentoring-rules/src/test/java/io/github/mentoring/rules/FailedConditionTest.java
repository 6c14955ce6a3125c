package io.github.mentoring.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mentoring.core.model.Relationship;
import io.github.mentoring.core.testing.RelationshipGenerator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A rule whose condition throws is named in the failure, found by judging the relationship again
 * rather than by reading the exception's message.
 */
class FailedConditionTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 27);

  private static final String DRL = """
      package program.conditions;

      import io.github.mentoring.rules.facts.*;

      global io.github.mentoring.rules.facts.Findings findings;

      rule "Harmless"
          @id("program.harmless") @category("program") @severity("info") @description("x")
      when
          $r : RelationshipFacts( relationshipId != null )
      then
      end

      rule "Reads past the end of the id"
          @id("program.condition-throws") @category("program") @severity("info") @description("x")
      when
          $r : RelationshipFacts( relationshipId == "r-bad", relationshipId.substring(40) == "x" )
      then
      end
      """;

  private static final HealthCheck HEALTH_CHECK = HealthCheck.builder()
      .addTrustedRules("conditions.drl", DRL).batchSize(8).build();

  private static Relationship relationship(String id) {
    return Relationship.builder().from(new RelationshipGenerator(3, AS_OF).next()).id(id).build();
  }

  @Test
  void aConditionThatThrowsNamesItsRuleAndRelationship() {
    assertThatThrownBy(() -> HEALTH_CHECK.check(relationship("r-bad"), AS_OF))
        .isInstanceOfSatisfying(RuleExecutionException.class, e -> {
          assertThat(e.ruleId()).isEqualTo("program.condition-throws");
          assertThat(e.relationshipId()).isEqualTo("r-bad");
        });
  }

  @Test
  void inAProgramOnlyTheRelationshipWhoseConditionThrowsFailsAndItsRuleIsNamed() {
    RelationshipGenerator generator = new RelationshipGenerator(5, AS_OF);
    List<Relationship> program = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      program.add(generator.next());
    }
    program.set(5, Relationship.builder().from(program.get(5)).id("r-bad").build());
    ProgramReport report = HEALTH_CHECK.checkAll(program, AS_OF);
    assertThat(report.failures()).extracting(CheckFailure::relationshipId, CheckFailure::ruleId)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("r-bad", "program.condition-throws"));
    assertThat(report.reports()).hasSize(11);
  }

  @Test
  void aRelationshipOnWhichNoConditionThrowsIsJudged() {
    assertThat(HEALTH_CHECK.check(relationship("r-good"), AS_OF).relationshipId())
        .isEqualTo("r-good");
  }
}
