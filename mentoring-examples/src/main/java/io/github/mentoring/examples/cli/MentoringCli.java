package io.github.mentoring.examples.cli;

import io.github.mentoring.json.ProgramFormatException;
import io.github.mentoring.rules.HealthCheck;
import io.github.mentoring.rules.PolicyException;
import io.github.mentoring.rules.RuleBuildException;
import io.github.mentoring.rules.RuleExecutionException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 * {@value #INTERNAL_ERROR} for an internal or rule failure: a rule that threw or was stopped, the
 * JVM out of memory or stack, or a bug. A failure is never exit code {@value #FINDINGS}, which a
 * scheduler reads as "the check ran and found something".
 *
 * <p>Everything printed that comes from input (ids, names, messages) goes through
 * {@link TerminalText}, so that no control character reaches the terminal raw.
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
        StreamsCommand.class,
        CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:no finding at or above --fail-on; every scenario passed",
        "1:findings at or above --fail-on; a scenario failed",
        "2:bad input, options, rules or policy (problems on standard error)",
        "3:internal or rule failure: a rule failed or was stopped, the JVM ran out of memory "
            + "or stack, or a bug (one line on standard error)"})
public final class MentoringCli implements Runnable {

  /** Nothing found at or above the fail-on severity; every scenario passed. */
  public static final int OK = 0;
  /** Something found at or above the fail-on severity; a scenario failed. */
  public static final int FINDINGS = 1;
  /** Bad input, options, rules or policy. */
  public static final int BAD_INPUT = 2;
  /**
   * An internal or rule failure: a rule that threw or was stopped by its budget, a JVM error
   * (out of memory or stack), or a bug.
   */
  public static final int INTERNAL_ERROR = 3;

  private static final Logger LOG = LoggerFactory.getLogger(MentoringCli.class);

  /** The longest message of a failure printed on the one line that reports it. */
  private static final int MAX_FAILURE_MESSAGE = 300;

  /** The most relationships that could not be judged listed one by one. */
  private static final int MAX_FAILURES_LISTED = 20;

  private final Clock clock;
  private final UnaryOperator<HealthCheck.Builder> testRules;
  private final InputStream standardInput;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** A command line that reads the given clock when it needs "today". */
  public MentoringCli(Clock clock) {
    this(clock, UnaryOperator.identity());
  }

  /**
   * For tests only: a command line whose health checks are built with some rules added in code
   * (a rule that fails on purpose, say). No option of the command line adds rules this way.
   */
  MentoringCli(Clock clock, UnaryOperator<HealthCheck.Builder> testRules) {
    this(clock, testRules, System.in);
  }

  /** For tests: a command line that reads {@code standardInput} where a file name is "-". */
  MentoringCli(Clock clock, UnaryOperator<HealthCheck.Builder> testRules,
      InputStream standardInput) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.testRules = Objects.requireNonNull(testRules, "testRules");
    this.standardInput = Objects.requireNonNull(standardInput, "standardInput");
  }

  /** What a command reads where its file name is "-": the process's standard input. */
  InputStream standardInput() {
    return standardInput;
  }

  /** The clock that stands for "today". */
  Clock clock() {
    return clock;
  }

  /** What tests add to every health check built; nothing outside tests. */
  UnaryOperator<HealthCheck.Builder> testRules() {
    return testRules;
  }

  @Override
  public void run() {
    // "mentoring" alone: show what there is to do.
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /**
   * A ready command line: case-insensitive enumeration values, the exit codes above for every
   * error, and error messages with their control characters escaped. Call
   * {@link CommandLine#setOut} and {@link CommandLine#setErr} to capture output.
   */
  public static CommandLine commandLine(Clock clock) {
    return commandLine(new MentoringCli(clock));
  }

  /** For tests: {@link #commandLine(Clock)} with rules added in code to every health check. */
  static CommandLine commandLine(Clock clock, UnaryOperator<HealthCheck.Builder> testRules) {
    return commandLine(new MentoringCli(clock, testRules));
  }

  /** For tests: {@link #commandLine(Clock)} reading {@code standardInput} for "-". */
  static CommandLine commandLine(Clock clock, InputStream standardInput) {
    return commandLine(new MentoringCli(clock, UnaryOperator.identity(), standardInput));
  }

  private static CommandLine commandLine(MentoringCli cli) {
    CommandLine commandLine = new CommandLine(cli);
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setExecutionExceptionHandler(new ErrorHandler());
    commandLine.setParameterExceptionHandler(MentoringCli::badOption);
    commandLine.setExecutionStrategy(MentoringCli::executeGuarded);
    return commandLine;
  }

  /**
   * Runs the chosen command. Exceptions reach the {@link ErrorHandler}; an {@link Error} such as
   * {@link StackOverflowError} or {@link OutOfMemoryError} (which picocli lets through, and which
   * would end the JVM with exit code 1, the code of findings, and a stack trace) is reported here
   * on one line, with exit code {@value #INTERNAL_ERROR}.
   */
  private static int executeGuarded(ParseResult parsed) {
    try {
      return new CommandLine.RunLast().execute(parsed);
    } catch (Error e) {
      CommandLine commandLine = parsed.subcommands().isEmpty() ? parsed.commandSpec().commandLine()
          : parsed.subcommands().get(parsed.subcommands().size() - 1).commandSpec().commandLine();
      String what = e instanceof StackOverflowError
          ? "the JVM ran out of stack (a rule or an input nested too deeply; raise -Xss)"
          : e instanceof OutOfMemoryError
              ? "the JVM ran out of memory (an input too large for it; raise -Xmx)"
              : "internal error: " + e;
      PrintWriter err = TerminalText.escaping(commandLine.getErr());
      err.println(commandName(commandLine) + ": failed: " + what);
      err.flush();
      return INTERNAL_ERROR;
    }
  }

  /**
   * A bad option or argument, in the form of every other bad input: what was not done, the
   * problem naming the option, and a one-line hint to {@code --help} (not the whole help, which
   * would bury the problem). Everything typed is escaped.
   */
  private static int badOption(CommandLine.ParameterException e, String[] args) {
    CommandLine commandLine = e.getCommandLine();
    PrintWriter err = TerminalText.escaping(commandLine.getErr());
    String command = commandName(commandLine);
    err.println(command + ": " + notDone(commandLine) + " (1 problem):");
    err.println("  " + problem(e));
    err.println("Try '" + command + " --help' for more information.");
    err.flush();
    return BAD_INPUT;
  }

  /** What a command did not do because of bad input, as its other errors say it. */
  static String notDone(CommandLine commandLine) {
    return switch (commandLine.getCommandName()) {
      case "check" -> "nothing was checked";
      case "rules" -> "no rules were listed";
      case "scenarios" -> "no scenarios were run";
      case "serve" -> "the service was not started";
      case "streams" -> "the stream was not started";
      default -> "nothing was done";
    };
  }

  /**
   * One line naming the option (or parameter) and what is wrong with its value; picocli's own
   * message, which may name Java types and exceptions, only where no option is at fault.
   */
  private static String problem(CommandLine.ParameterException e) {
    CommandLine.Model.ArgSpec arg = e.getArgSpec();
    if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
      List<String> suggestions = unmatched.getSuggestions();
      return e.getMessage() + (suggestions.isEmpty() ? ""
          : " (did you mean " + String.join(" or ", suggestions) + "?)");
    }
    if (arg == null || e.getValue() == null || e.getCause() == null) {
      return e.getMessage();
    }
    String name = arg instanceof CommandLine.Model.OptionSpec option ? option.longestName()
        : arg.paramLabel();
    return name + ": " + (e.getCause() instanceof CommandLine.TypeConversionException conversion
        ? conversion.getMessage() : "'" + e.getValue() + "' is not a valid " + arg.paramLabel());
  }

  private static String commandName(CommandLine commandLine) {
    return commandLine.getCommandSpec().qualifiedName();
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

  /**
   * Turns the exceptions of bad input into exit code 2, with every problem on standard error, and
   * rule failures and bugs into exit code 3.
   */
  private static final class ErrorHandler implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parsed) {
      PrintWriter err = TerminalText.escaping(commandLine.getErr());
      String command = commandName(commandLine);
      int exitCode = BAD_INPUT;
      if (e instanceof InputException input) {
        err.println(command + ": " + input.getMessage() + " ("
            + count(input.problemCount(), input.problems().size()) + "):");
        input.problems().forEach(p -> err.println("  " + p));
      } else if (e instanceof ProgramFormatException format) {
        err.println(command + ": cannot read " + format.source() + " ("
            + count(format.problemCount(), format.problems().size()) + "):");
        format.problems().forEach(p -> err.println("  " + format.source() + ": " + p));
      } else if (e instanceof RuleBuildException build) {
        err.println(command + ": the rules could not be built ("
            + count(build.problems().size(), build.problems().size()) + "):");
        build.problems().forEach(p -> err.println("  " + p));
      } else if (e instanceof PolicyException policy) {
        err.println(command + ": " + policy.getMessage());
      } else if (e instanceof RuleFailureException failed) {
        // Each relationship that could not be judged, on one line naming the rule; no report.
        failed.failures().stream().limit(MAX_FAILURES_LISTED).forEach(f -> err.println(command
            + ": rule failure: " + shorten(f.reason())));
        if (failed.failures().size() > MAX_FAILURES_LISTED) {
          err.println(command + ": rule failure: and " + (failed.failures().size()
              - MAX_FAILURES_LISTED) + " more relationships could not be judged");
        }
        exitCode = INTERNAL_ERROR;
      } else if (e instanceof RuleExecutionException failed) {
        // Not the input's fault and not a finding: a broken or runaway rule. One line, naming
        // the rule and the relationship, without the engine's stack trace.
        err.println(command + ": rule failure: rule '" + failed.ruleId() + "' failed"
            + (failed.relationshipId() == null ? ""
                : " on relationship '" + failed.relationshipId() + "'")
            + ": " + rootCause(failed));
        LOG.debug("Rule failure", failed);
        exitCode = INTERNAL_ERROR;
      } else {
        err.println(command + ": internal error (a bug: please report it with the trace below): "
            + e);
        e.printStackTrace(err);
        exitCode = INTERNAL_ERROR;
      }
      err.flush();
      return exitCode;
    }

    private static String count(int problems, int listed) {
      return problems + (problems == 1 ? " problem" : " problems")
          + (problems > listed ? ", the first " + listed + " listed" : "");
    }

    /** The innermost cause, as {@code Type: message}, on one line and not too long. */
    private static String rootCause(Throwable e) {
      Throwable root = e;
      while (root.getCause() != null && root.getCause() != root) {
        root = root.getCause();
      }
      if (root == e) {
        return String.valueOf(e.getMessage());
      }
      return shorten(root.getClass().getSimpleName()
          + (root.getMessage() == null ? "" : ": " + root.getMessage()));
    }

    private static String shorten(String text) {
      return text.length() <= MAX_FAILURE_MESSAGE ? text
          : text.substring(0, MAX_FAILURE_MESSAGE - 3) + "...";
    }
  }
}
