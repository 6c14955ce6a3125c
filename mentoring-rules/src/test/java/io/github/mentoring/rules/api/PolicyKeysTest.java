package io.github.mentoring.rules.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mentoring.rules.HealthCheck;
import io.github.mentoring.rules.RuleBuildException;
import io.github.mentoring.rules.RuleInfo;
import org.junit.jupiter.api.Test;

/**
 * The policy keys a rule reads are its thresholds: read from the rule when the health check is
 * built, shown in the catalogue without being listed by hand, and an unknown key is an error with
 * file and line rather than a failure when the rule first runs.
 */
class PolicyKeysTest {

  private static String rule(String condition, String consequence) {
    return """
        package program.keys;
        import io.github.mentoring.rules.facts.*;
        global io.github.mentoring.rules.facts.Findings findings;
        global io.github.mentoring.rules.Policy policy;

        rule "Reads the policy"
            @id("program.reads-policy") @category("program") @severity("info") @description("x")
        when
            $r : RelationshipFacts( %s )
        then
            %s
        end
        """.formatted(condition, consequence);
  }

  @Test
  void theKeysARuleReadsAreItsThresholdsWithoutBeingListed() {
    HealthCheck healthCheck = HealthCheck.builder().addRules("keys.drl", rule(
        "daysWithoutMeeting > policy.integer(\"fizzling.lookback-days\")",
        "findings.raise(drools, $r, \"m\", \"a\", \"limit\", policy.decimal(\"fizzling.warning-factor\"));"))
        .build();
    RuleInfo info = healthCheck.catalogue().find("program.reads-policy").orElseThrow();
    assertThat(info.thresholds()).containsExactly("fizzling.lookback-days",
        "fizzling.warning-factor");
  }

  @Test
  void anUnknownKeyInAConditionIsAnErrorWithFileAndLine() {
    assertThatThrownBy(() -> HealthCheck.builder().addRules("keys.drl", rule(
        "daysWithoutMeeting > policy.integer(\"fizzling.lookback-dayz\")", "")).build())
        .isInstanceOfSatisfying(RuleBuildException.class, e -> assertThat(e.problems())
            .anySatisfy(p -> {
              assertThat(p.file()).isEqualTo("keys.drl");
              assertThat(p.line()).isEqualTo(9);
              assertThat(p.message()).contains("unknown policy key 'fizzling.lookback-dayz'")
                  .contains("fizzling.lookback-days");
            }));
  }

  @Test
  void anUnknownKeyInAConsequenceIsAnErrorWithItsLine() {
    assertThatThrownBy(() -> HealthCheck.builder().addRules("keys.drl", rule("",
        "int n = 1;\n    findings.raise(drools, $r, \"m\", \"a\", \"n\", policy.integer(\"no.such-key\"));"))
        .build())
        .isInstanceOfSatisfying(RuleBuildException.class, e -> assertThat(e.problems())
            .anySatisfy(p -> {
              assertThat(p.line()).isEqualTo(12);
              assertThat(p.message()).contains("unknown policy key 'no.such-key'");
            }));
  }

  @Test
  void aComputedKeyCannotBeCheckedAndIsRefused() {
    assertThatThrownBy(() -> HealthCheck.builder().addRules("keys.drl", rule(
        "daysWithoutMeeting > policy.integer(\"fizzling.\" + \"lookback-days\")", "")).build())
        .isInstanceOfSatisfying(RuleBuildException.class, e -> assertThat(e.problems())
            .anySatisfy(p -> assertThat(p.message()).contains("computed key")));
  }

  @Test
  void everyBuiltInRuleListsEveryKeyItReads() {
    // fizzling.no-recent-meeting reads the two factors in its conditions
    assertThat(HealthCheck.withBuiltInRules().catalogue().rules())
        .filteredOn(r -> r.id().startsWith("fizzling.no-recent-meeting"))
        .isNotEmpty()
        .allSatisfy(r -> assertThat(r.thresholds()).isNotEmpty());
  }
}
