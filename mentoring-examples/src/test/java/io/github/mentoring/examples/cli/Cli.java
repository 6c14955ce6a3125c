package io.github.mentoring.examples.cli;

import io.github.mentoring.rules.HealthCheck;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.function.UnaryOperator;
import picocli.CommandLine;

/** Runs the command line in-process with captured output and a fixed clock. */
final class Cli {

  /** "Today" for every test: a day the sample program's relationships are judged on. */
  static final LocalDate TODAY = LocalDate.of(2026, 5, 1);
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-01T09:00:00Z"), ZoneOffset.UTC);

  static final Path RESOURCES = Path.of("src/test/resources/cli");
  static final Path HEALTHY = RESOURCES.resolve("healthy-program.json");
  static final Path BAD = RESOURCES.resolve("bad-program.json");
  static final Path DESIGNER_RULES = Path.of("src/main/resources/rules");

  private Cli() {}

  /**
   * The outcome of one run.
   *
   * @param exitCode the exit code
   * @param out what went to standard output
   * @param err what went to standard error
   */
  record Run(int exitCode, String out, String err) {
    @Override
    public String toString() {
      return "exit " + exitCode + "\n--- out ---\n" + out + "--- err ---\n" + err;
    }
  }

  static Run run(String... args) {
    return run(MentoringCli.commandLine(CLOCK), args);
  }

  /** A run whose health checks also have rules added in code, as no option can add them. */
  static Run runWithRules(UnaryOperator<HealthCheck.Builder> rules, String... args) {
    return run(MentoringCli.commandLine(CLOCK, rules), args);
  }

  /** A run whose standard input holds {@code input}, for "-" as a file name. */
  static Run runWithInput(byte[] input, String... args) {
    return run(MentoringCli.commandLine(CLOCK, new java.io.ByteArrayInputStream(input)), args);
  }

  private static Run run(CommandLine commandLine, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int exitCode = commandLine.execute(args);
    return new Run(exitCode, out.toString(), err.toString());
  }
}
