package io.github.mentoring.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mentoring.core.testing.QuietWhenPassing;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A mistyped option or value gets the tidy form of every other bad input: what was not done, the
 * problem naming the option, and one line pointing to {@code --help}; never a Java exception's
 * name nor the whole help, and always exit code 2.
 */
class BadOptionTest {

  private static final String MINIMAL = CheckCommandTest.MINIMAL;

  static Stream<Arguments> badOptions() {
    return Stream.of(
        Arguments.of(new String[] {"check", MINIMAL, "--as-of", "2026-13-01"},
            "mentoring check: nothing was checked",
            "--as-of: '2026-13-01' is not a day of the calendar (yyyy-mm-dd)"),
        Arguments.of(new String[] {"check", MINIMAL, "--as-of", "2026-02-30"},
            "mentoring check: nothing was checked",
            "--as-of: '2026-02-30' is not a day of the calendar (yyyy-mm-dd)"),
        Arguments.of(new String[] {"check", MINIMAL, "--as-of", "yesterday"},
            "mentoring check: nothing was checked",
            "--as-of: 'yesterday' is not a date (yyyy-mm-dd)"),
        Arguments.of(new String[] {"check", MINIMAL, "--only", "nonsense"},
            "mentoring check: nothing was checked",
            "--only: 'nonsense' is not one of fizzling, vague-goal, missed-follow-up, "
                + "pending-closure, agreement-gap, program"),
        Arguments.of(new String[] {"check", MINIMAL, "--fail-on", "x"},
            "mentoring check: nothing was checked",
            "--fail-on: 'x' is not one of info, warning, critical"),
        Arguments.of(new String[] {"check", MINIMAL, "--format", "x"},
            "mentoring check: nothing was checked",
            "--format: 'x' is not one of text, json, html"),
        Arguments.of(new String[] {"check", MINIMAL, "--as-of"},
            "mentoring check: nothing was checked",
            "Missing required parameter for option '--as-of' (DATE)"),
        Arguments.of(new String[] {"check", MINIMAL, "--fail-onn", "critical"},
            "mentoring check: nothing was checked",
            "Unknown options: '--fail-onn', 'critical' (did you mean --fail-on?)"),
        Arguments.of(new String[] {"rules", "--format", "html"},
            "mentoring rules: no rules were listed",
            "--format: 'html' is not one of text, json, markdown"),
        Arguments.of(new String[] {"serve", "--port", "eighty"},
            "mentoring serve: the service was not started",
            "--port: 'eighty' is not an int"),
        Arguments.of(new String[] {"scenarios"},
            "mentoring scenarios: no scenarios were run",
            "Missing required parameter: 'DIR'"),
        Arguments.of(new String[] {"nonsense"},
            "mentoring: nothing was done",
            "Unmatched argument at index 0: 'nonsense' (did you mean serve or scenarios?)"));
  }

  @ParameterizedTest
  @MethodSource("badOptions")
  void aBadOptionValueIsOneProblemNamingTheOptionAndAHintToHelp(String[] args, String summary,
      String problem) {
    Cli.Run run = Cli.run(args);

    String command = summary.substring(0, summary.indexOf(':'));
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(MentoringCli.BAD_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).as(run.toString()).isEqualTo(summary + " (1 problem):\n"
        + "  " + problem + "\n"
        + "Try '" + command + " --help' for more information.\n");
    assertThat(QuietWhenPassing.written()).as("logged besides").isEmpty();
  }

  @Test
  void controlCharactersInABadValueReachTheTerminalEscaped() {
    Cli.Run run = Cli.run("check", MINIMAL, "--only", "\u001b[2Jx");

    assertThat(run.exitCode()).isEqualTo(MentoringCli.BAD_INPUT);
    assertThat(run.err()).doesNotContain("\u001b").contains("\\u001b[2Jx");
  }

  @Test
  void aGoodValueInAnyCaseOrSpellingIsTaken() {
    Cli.Run run = Cli.run("check", MINIMAL, "--only", "VAGUE_GOAL", "--fail-on", "Critical",
        "--format", "JSON", "--as-of", "2026-04-15");

    assertThat(run.err()).isEmpty();
    assertThat(run.out()).contains("\"only\"", "\"vague-goal\"");
  }
}
