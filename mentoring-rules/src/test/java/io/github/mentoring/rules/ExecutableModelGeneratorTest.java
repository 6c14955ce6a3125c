package io.github.mentoring.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the build hands Drools' executable-model generator for a built-in file. */
class ExecutableModelGeneratorTest {

  @Test
  void theRuleContextAConsequenceHandsToFindingsIsCalledKcontextForTheExecutableModel() {
    String drl = """
        then
            findings.report(drools, $g, "goalId", $g.getGoalId());
            findings . raise( drools, $r, "m", "a");
        end
        """;
    assertThat(ExecutableModelGenerator.forExecutableModel(drl))
        .contains("findings.report(kcontext, $g, \"goalId\"")
        .contains("findings . raise( kcontext, $r,")
        .doesNotContain("drools");
  }

  @Test
  void everyOtherUseOfTheWordIsLeftAsWritten() {
    String drl = """
        // drools is the engine
        then
            other.report(drools, $r);
            findings.report(droolsContext, $r);
            findings.count(drools);
        """;
    assertThat(ExecutableModelGenerator.forExecutableModel(drl)).isEqualTo(drl);
  }
}
