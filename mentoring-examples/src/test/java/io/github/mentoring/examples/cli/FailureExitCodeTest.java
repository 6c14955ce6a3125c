package io.github.mentoring.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mentoring.rules.HealthCheck;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * A rule that fails, and a JVM error, end the command line with exit code 3 ("internal or rule
 * failure") and one line on standard error naming the rule and the relationship: never exit code
 * 1, which a scheduler reads as "findings", and never a stack trace.
 */
class FailureExitCodeTest {

  /** A rule whose consequence runs {@code action} for every relationship. */
  private static String failingRule(String id, String action) {
    return """
        package program.failing;

        import io.github.mentoring.rules.facts.*;

        global io.github.mentoring.rules.facts.Findings findings;

        function int deeper(int depth) {
            return deeper(depth + 1) + 1;
        }

        rule "Fails on purpose"
            @id("%s")
            @category("program")
            @severity("info")
            @description("Fails while judging a relationship, for the tests of exit codes")
        when
            $r : RelationshipFacts()
        then
            %s
        end
        """.formatted(id, action);
  }

  /**
   * Adds a failing rule in code, as trusted rules: the designer-file checker refuses such
   * consequences in designer files (the command line itself never offers trusted rules).
   */
  private static UnaryOperator<HealthCheck.Builder> with(String id, String action) {
    return builder -> builder.addTrustedRules("failing.drl", failingRule(id, action));
  }

  /** Exit code 3, no report, one line per relationship (the minimal program has two). */
  private static void assertOneLineRuleFailure(Cli.Run run, String ruleId) {
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(MentoringCli.INTERNAL_ERROR);
    assertThat(run.err().lines()).as(run.toString()).hasSizeBetween(1, 2)
        .allSatisfy(line -> assertThat(line).startsWith("mentoring "));
    assertThat(run.err()).doesNotContain("\tat ", "Exception in thread");
    assertThat(run.out()).isEmpty();
    if (ruleId != null) {
      assertThat(run.err().lines()).allSatisfy(line -> assertThat(line)
          .contains("'" + ruleId + "'", "relationship '"));
    }
  }

  @Test
  void aRuleThatThrowsExitsWith3NamingTheRuleAndTheRelationship() {
    Cli.Run run = Cli.runWithRules(with("program.throws",
        "throw new IllegalStateException(\"broken on purpose\");"),
        "check", CheckCommandTest.MINIMAL);

    assertOneLineRuleFailure(run, "program.throws");
    assertThat(run.err()).startsWith("mentoring check: rule failure: ")
        .contains("'r-ada-ben'", "IllegalStateException: broken on purpose");
  }

  @Test
  void aRuleFailureInAScenarioRunExitsWith3Too() {
    Cli.Run run = Cli.runWithRules(with("program.throws",
        "throw new IllegalStateException(\"broken on purpose\");"),
        "scenarios", Cli.DESIGNER_RULES.toString());

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(MentoringCli.INTERNAL_ERROR);
    assertThat(run.err()).contains("'program.throws'", "rule failure").doesNotContain("\tat ");
  }

  @Test
  void aStackOverflowExitsWith3OnOneLine() {
    Cli.Run run = Cli.runWithRules(with("program.recurses", "deeper(0);"),
        "check", CheckCommandTest.MINIMAL);

    // The engine may report it as a failure of the rule or let the JVM error through.
    assertOneLineRuleFailure(run, null);
    assertThat(run.err()).containsAnyOf("StackOverflowError", "out of stack");
  }

  @Test
  void runningOutOfMemoryExitsWith3OnOneLine() {
    // An array larger than any heap fails at once, without filling the heap.
    Cli.Run run = Cli.runWithRules(with("program.hoards",
        "long[] all = new long[Integer.MAX_VALUE - 16]; System.out.println(all.length);"),
        "check", CheckCommandTest.MINIMAL);

    assertOneLineRuleFailure(run, null);
    assertThat(run.err()).containsAnyOf("OutOfMemoryError", "out of memory");
  }

  @Test
  void theHelpListsExitCode3AsAFailure() {
    Cli.Run run = Cli.run("check", "--help");

    assertThat(run.out()).contains("3   internal or rule failure");
  }
}
