package io.github.mentoring.examples.cli;

import io.github.mentoring.examples.json.ProgramFormatException;
import io.github.mentoring.rules.PolicyException;
import io.github.mentoring.rules.RuleBuildException;
import io.github.mentoring.rules.RuleExecutionException;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Objects;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * The {@code mentoring} command line: health checks of program files, the rule catalogue,
 * designer scenarios and the HTTP service.
 *
 * <pre>
 * java -jar mentoring-examples-0.1.0-SNAPSHOT.jar check program.json --format json
 * java -jar mentoring-examples-0.1.0-SNAPSHOT.jar rules --rules program-rules/ --format markdown
 * java -jar mentoring-examples-0.1.0-SNAPSHOT.jar scenarios program-rules/
 * java -jar mentoring-examples-0.1.0-SNAPSHOT.jar serve --port 8080
 * </pre>
 *
 * <p>Exit codes: {@value #OK} when nothing was found at or above the {@code --fail-on} severity
 * (or every scenario passed), {@value #FINDINGS} when something was (or a scenario failed),
 * {@value #BAD_INPUT} for bad input, options, rules or policy (every problem on standard error),
 * {@value #INTERNAL_ERROR} for a bug.
 *
 * <p>This is the one place of the library that reads the clock, for {@code check} without an
 * {@code --as-of} date or a date in the program file; tests pass a fixed {@link Clock}.
 */
@Command(name = "mentoring",
    // Subcommands inherit -h/--help, -V/--version and the list of exit codes.
    scope = CommandLine.ScopeType.INHERIT,
    mixinStandardHelpOptions = true,
    version = "mentoring 0.1.0-SNAPSHOT",
    description = "Health checks of mentoring relationships: fizzling relationships, vague goals, "
        + "missed follow-ups, pending closure steps and agreement gaps.",
    subcommands = {
        CheckCommand.class,
        RulesCommand.class,
        ScenariosCommand.class,
        ServeCommand.class,
        CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:no finding at or above --fail-on; every scenario passed",
        "1:findings at or above --fail-on; a scenario failed",
        "2:bad input, options, rules or policy (problems on standard error)",
        "3:internal error"})
public final class MentoringCli implements Runnable {

  /** Nothing found at or above the fail-on severity; every scenario passed. */
  public static final int OK = 0;
  /** Something found at or above the fail-on severity; a scenario failed. */
  public static final int FINDINGS = 1;
  /** Bad input, options, rules or policy. */
  public static final int BAD_INPUT = 2;
  /** A bug: an unexpected exception. */
  public static final int INTERNAL_ERROR = 3;

  private final Clock clock;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** A command line that reads the given clock when it needs "today". */
  public MentoringCli(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** The clock that stands for "today". */
  Clock clock() {
    return clock;
  }

  @Override
  public void run() {
    // "mentoring" alone: show what there is to do.
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /**
   * A ready command line: case-insensitive enumeration values, and the exit codes above for
   * every error. Call {@link CommandLine#setOut} and {@link CommandLine#setErr} to capture output.
   */
  public static CommandLine commandLine(Clock clock) {
    CommandLine commandLine = new CommandLine(new MentoringCli(clock));
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setExecutionExceptionHandler(new ErrorHandler());
    return commandLine;
  }

  /** Runs the command line on the system clock and exits with its exit code. */
  public static void main(String[] args) {
    // Hibernate Validator logs through JBoss Logging, which would pick java.util.logging and
    // print on every run; send it to SLF4J like everything else.
    if (System.getProperty("org.jboss.logging.provider") == null) {
      System.setProperty("org.jboss.logging.provider", "slf4j");
    }
    int exitCode = commandLine(Clock.systemDefaultZone()).execute(args);
    System.exit(exitCode);
  }

  /** Turns the exceptions of bad input into exit code 2, with every problem on standard error. */
  private static final class ErrorHandler implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parsed) {
      PrintWriter err = commandLine.getErr();
      String command = "mentoring " + commandLine.getCommandName();
      if (e instanceof InputException input) {
        err.println(command + ": " + input.getMessage() + " (" + count(input.problems().size())
            + "):");
        input.problems().forEach(p -> err.println("  " + p));
      } else if (e instanceof ProgramFormatException format) {
        err.println(command + ": cannot read " + format.source() + " ("
            + count(format.problems().size()) + "):");
        format.problems().forEach(p -> err.println("  " + format.source() + ": " + p));
      } else if (e instanceof RuleBuildException build) {
        err.println(command + ": the rules could not be built (" + count(build.problems().size())
            + "):");
        build.problems().forEach(p -> err.println("  " + p));
      } else if (e instanceof PolicyException policy) {
        err.println(command + ": " + policy.getMessage());
      } else if (e instanceof RuleExecutionException failed) {
        // A rule that throws is a broken rule: the designer's to fix, like a compile error.
        err.println(command + ": " + failed.getMessage());
      } else {
        err.println(command + ": internal error: " + e);
        e.printStackTrace(err);
        err.flush();
        return INTERNAL_ERROR;
      }
      err.flush();
      return BAD_INPUT;
    }

    private static String count(int problems) {
      return problems + (problems == 1 ? " problem" : " problems");
    }
  }
}
