package io.github.mentoring.examples.cli;

import io.github.mentoring.json.Program;
import io.github.mentoring.json.ProgramFormatException;
import io.github.mentoring.json.ProgramJson;
import io.github.mentoring.examples.report.JsonOutput;
import io.github.mentoring.examples.report.ReportJson;
import io.github.mentoring.examples.report.html.HtmlReport;
import io.github.mentoring.examples.report.StreamedReportJson;
import io.github.mentoring.json.ProgramStream;
import io.github.mentoring.rules.CheckFailure;
import io.github.mentoring.rules.RuleExecutionException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.stream.Stream;
import io.github.mentoring.rules.Category;
import io.github.mentoring.rules.Finding;
import io.github.mentoring.rules.HealthCheck;
import io.github.mentoring.rules.HealthReport;
import io.github.mentoring.rules.ProgramHistory;
import io.github.mentoring.rules.ProgramReport;
import io.github.mentoring.rules.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code mentoring check [FILE]}: the health of every relationship of a program file; {@code -}
 * reads the program from standard input.
 */
@Command(name = "check",
    header = "Check the relationships of a program file and print their health.",
    description = {
        "Checks every relationship of a program file (the JSON program format) and prints a "
            + "report: a table of relationships with their status and findings per category, "
            + "each relationship's findings, and a summary.",
        "With - as FILE, reads the program from standard input. Without FILE, checks the bundled "
            + "sample program."},
    sortOptions = false)
final class CheckCommand implements Callable<Integer> {

  /** The program checked when no file is given; a classpath resource. */
  static final String SAMPLE = "samples/sample-program.json";

  /** The file name that stands for standard input. */
  static final String STANDARD_INPUT = "-";

  @ParentCommand
  MentoringCli parent;

  @Spec
  CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "FILE",
      description = "The program file (JSON); - reads it from standard input. Default: the "
          + "bundled sample program.")
  Path file;

  @Option(names = "--as-of", paramLabel = "DATE", converter = OptionValues.Day.class,
      description = "Judge the relationships as of this day (yyyy-mm-dd). Default: the "
          + "program file's asOf, else today.")
  LocalDate asOf;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      converter = OptionValues.ReportFormats.class,
      description = "text (default), json (the report format, schemas/report.schema.json) "
          + "or html (one self-contained page: charts of the program and its last "
          + HtmlReport.DEFAULT_WEEKS + " weeks, a row per relationship with a timeline of its "
          + "meetings, filters).")
  ReportFormat format;

  @Option(names = "--history", paramLabel = "WEEKS",
      description = "json: also write the program's history over the last WEEKS weekly checks "
          + "(the check date the last) and its people, as report format version 2; html: the "
          + "weeks its trend shows (default " + HtmlReport.DEFAULT_WEEKS + "). 1 to "
          + CheckCommand.MAX_HISTORY_WEEKS + "; not with text.")
  Integer historyWeeks;

  /** The longest history a check writes: ten years of weeks. */
  static final int MAX_HISTORY_WEEKS = 520;

  @Mixin
  RuleOptions ruleOptions;

  @Option(names = "--only", paramLabel = "CATEGORY", converter = OptionValues.Categories.class,
      description = "Show only findings of this category: fizzling, vague-goal, "
          + "missed-follow-up, pending-closure, agreement-gap or program. Repeatable. Statuses, "
          + "counts and the exit code are then computed from the findings shown only.")
  List<Category> only = new ArrayList<>();

  @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "warning",
      converter = OptionValues.Severities.class,
      description = "Exit with 1 when a finding shown is this severe or more: info, warning "
          + "(default) or critical.")
  Severity failOn;

  /** The output formats of a report. */
  enum ReportFormat {
    TEXT,
    JSON,
    HTML
  }

  @Override
  public Integer call() {
    List<String> problems = new ArrayList<>();
    int unlisted = 0;
    if (asOf != null && !HealthCheck.isCheckDateInRange(asOf)) {
      problems.add("--as-of: must lie between " + HealthCheck.EARLIEST_CHECK_DATE + " and "
          + HealthCheck.LATEST_CHECK_DATE + ", found " + asOf);
    }
    // The rules are built on a second thread while the program is read: the two are independent
    // and together are most of a short run's start (both load and initialise many classes).
    CompletableFuture<HealthCheck> building = buildInBackground();
    if (historyWeeks != null && (historyWeeks < 1 || historyWeeks > MAX_HISTORY_WEEKS)) {
      problems.add("--history: must be 1 to " + MAX_HISTORY_WEEKS + " weeks, found "
          + historyWeeks);
    } else if (historyWeeks != null && format == ReportFormat.TEXT) {
      problems.add("--history: only with --format json or html");
    }
    if (format == ReportFormat.JSON && historyWeeks == null && isFile(file)) {
      Integer streamed = streamJson(problems, unlisted, building);
      if (streamed != null) {
        return streamed;
      }
    }
    Program program = null;
    try {
      program = load();
    } catch (ProgramFormatException e) {
      e.problems().forEach(p -> problems.add(e.source() + ": " + p));
      unlisted += e.problemCount() - e.problems().size();
    }
    HealthCheck healthCheck = null;
    try {
      healthCheck = built(building);
    } catch (InputException e) {
      problems.addAll(e.problems());
      unlisted += e.problemCount() - e.problems().size();
    }
    if (!problems.isEmpty()) {
      if (healthCheck != null) {
        healthCheck.close();
      }
      throw new InputException("nothing was checked", problems, problems.size() + unlisted);
    }

    LocalDate date = asOf != null ? asOf
        : program.asOf().orElseGet(() -> LocalDate.now(parent.clock()));
    ProgramReport checked = healthCheck.checkAll(program.relationships(), date);
    if (!checked.isComplete()) {
      throw new RuleFailureException(checked.failures());
    }
    ProgramReport report = only(checked, only);
    if (format == ReportFormat.JSON) {
      spec.commandLine().getOut().print(TerminalText.escapeKeepingLineBreaks(JsonOutput.pretty(
          historyWeeks == null ? ReportJson.toTree(report, program.name(), only)
              : ReportJson.toTree(report, program.name(), only,
                  history(healthCheck, program, date, historyWeeks)))));
    } else if (format == ReportFormat.HTML) {
      // jte escaped every text for HTML; control characters are escaped for the terminal too.
      spec.commandLine().getOut().print(TerminalText.escapeKeepingLineBreaks(HtmlReport.write(
          healthCheck, program.relationships(), report, program.name(), only,
          historyWeeks == null ? HtmlReport.DEFAULT_WEEKS : historyWeeks)));
    } else {
      new TextReport(TerminalText.escaping(spec.commandLine().getOut())).print(report,
          program.name(), healthCheck.catalogue().size(), only);
    }
    spec.commandLine().getOut().flush();
    return failsOn(report, failOn) ? MentoringCli.FINDINGS : MentoringCli.OK;
  }

  /** Whether the program comes from a file named on the command line (not standard input). */
  private static boolean isFile(Path file) {
    return file != null && !file.toString().equals(STANDARD_INPUT);
  }

  /**
   * The JSON report of a program file read, judged and written relationship by relationship,
   * so that a file of any size is checked in bounded memory. All or nothing as the other path:
   * the report is written only once the whole file has been read without a problem (until then
   * it goes to a temporary file), and the problems of the file and of the rules are listed
   * together. Null, having read nothing, when the check date is not known before the
   * relationships (no {@code --as-of}, and the file gives its {@code asOf} after them or not at
   * all): the caller then reads the file whole.
   */
  private Integer streamJson(List<String> problems, int unlisted,
      CompletableFuture<HealthCheck> building) {
    ProgramStream stream = null;
    try {
      try {
        stream = ProgramJson.open(file);
      } catch (ProgramFormatException e) {
        e.problems().forEach(p -> problems.add(e.source() + ": " + p));
        unlisted += e.problemCount() - e.problems().size();
      } catch (NoSuchFileException e) {
        problems.add(file + ": no such file");
      } catch (IOException e) {
        problems.add(file + ": cannot read (" + RuleOptions.reason(e) + ")");
      }
      if (stream != null && asOf == null && stream.asOf().isEmpty()) {
        return null;
      }
      HealthCheck healthCheck = null;
      InputException rules = null;
      try {
        healthCheck = built(building);
      } catch (InputException e) {
        rules = e;
      }
      if (rules != null || !problems.isEmpty()) {
        // Read on to the end anyway, so that the file's problems are listed with the others,
        // in the order the whole-file path lists them: the file's, then the rules'.
        if (stream != null) {
          try {
            stream.relationships().forEach(r -> { });
          } catch (ProgramFormatException e) {
            e.problems().forEach(p -> problems.add(e.source() + ": " + p));
            unlisted += e.problemCount() - e.problems().size();
          }
        }
        if (rules != null) {
          problems.addAll(rules.problems());
          unlisted += rules.problemCount() - rules.problems().size();
        }
        if (healthCheck != null) {
          healthCheck.close();
        }
        throw new InputException("nothing was checked", problems, problems.size() + unlisted);
      }
      LocalDate date = asOf != null ? asOf : stream.asOf().orElseThrow();
      boolean[] fails = {false};
      try (Stream<HealthReport> reports = healthCheck.checkStream(stream.relationships(), date);
          OutputStream out = new TerminalJsonStream(spec.commandLine().getOut())) {
        StreamedReportJson.write(reports.iterator(), date, stream.name().orElse(null), only,
            report -> fails[0] |= failsOn(report, failOn), out);
      } catch (ProgramFormatException e) {
        List<String> found = new ArrayList<>();
        e.problems().forEach(p -> found.add(e.source() + ": " + p));
        throw new InputException("nothing was checked", found,
            found.size() + e.problemCount() - e.problems().size());
      } catch (RuleExecutionException e) {
        throw new RuleFailureException(List.of(new CheckFailure(
            Objects.requireNonNullElse(e.relationshipId(), ""), e.ruleId(), e.getMessage())));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } finally {
        healthCheck.close();
      }
      return fails[0] ? MentoringCli.FINDINGS : MentoringCli.OK;
    } finally {
      if (stream != null) {
        stream.close();
      }
    }
  }

  /** Whether a report has a finding at least as severe as the threshold. */
  static boolean failsOn(HealthReport report, Severity threshold) {
    return report.findings().stream().map(Finding::severity)
        .anyMatch(s -> s.compareTo(threshold) >= 0);
  }

  /**
   * The bytes of a pretty-printed JSON report on their way to the terminal, a line at a time
   * through {@link TerminalText#escapeKeepingLineBreaks}: the JSON writer escapes control
   * characters but not the other non-printing ones (U+009B, U+202E), which a terminal obeys.
   * Its strings hold no raw line break, so a line never splits one.
   */
  private static final class TerminalJsonStream extends OutputStream {
    private final java.io.PrintWriter out;
    private final java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream(256);

    TerminalJsonStream(java.io.PrintWriter out) {
      this.out = out;
    }

    @Override
    public void write(int b) {
      line.write(b);
      if (b == '\n') {
        emit();
      }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
      for (int i = offset; i < offset + length; i++) {
        write(bytes[i]);
      }
    }

    private void emit() {
      out.print(TerminalText.escapeKeepingLineBreaks(
          line.toString(java.nio.charset.StandardCharsets.UTF_8)));
      line.reset();
    }

    @Override
    public void flush() {
      out.flush();
    }

    @Override
    public void close() {
      if (line.size() > 0) {
        emit();
      }
      out.flush();
    }
  }

  /** Starts building the health check on a daemon thread of its own. */
  private CompletableFuture<HealthCheck> buildInBackground() {
    CompletableFuture<HealthCheck> building = new CompletableFuture<>();
    Thread builder = new Thread(() -> {
      try {
        building.complete(ruleOptions.build(List.of()));
      } catch (RuntimeException | Error e) {
        building.completeExceptionally(e);
      }
    }, "mentoring-rules-build");
    builder.setDaemon(true);
    builder.start();
    return building;
  }

  /** The health check built in the background, or what stopped it, as thrown where it arose. */
  private static HealthCheck built(CompletableFuture<HealthCheck> building) {
    try {
      return building.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      if (e.getCause() instanceof Error cause) {
        throw cause;
      }
      throw e;
    }
  }

  private Program load() {
    boolean standardInput = file != null && file.toString().equals(STANDARD_INPUT);
    String source = file == null ? "classpath:" + SAMPLE
        : standardInput ? "standard input" : file.toString();
    try {
      if (standardInput) {
        // Read to its end and left open: the stream belongs to the process.
        return ProgramJson.read(parent.standardInput());
      }
      if (file != null) {
        return ProgramJson.read(file);
      }
      try (InputStream in = CheckCommand.class.getClassLoader().getResourceAsStream(SAMPLE)) {
        if (in == null) {
          throw new IllegalStateException(SAMPLE + " is missing from the class path");
        }
        return ProgramJson.read(in);
      }
    } catch (ProgramFormatException e) {
      // The reader names a path it was given; the sample's problems name the resource instead.
      throw file == null || standardInput
          ? new ProgramFormatException(source, e.problems(), e.problemCount()) : e;
    } catch (NoSuchFileException e) {
      throw new InputException("nothing was checked", List.of(source + ": no such file"));
    } catch (IOException e) {
      throw new InputException("nothing was checked",
          List.of(source + ": cannot read (" + RuleOptions.reason(e) + ")"));
    }
  }

  /** The program's weekly history up to the check date, at most {@code weeks} steps. */
  private static ProgramHistory history(HealthCheck healthCheck, Program program, LocalDate date,
      int weeks) {
    LocalDate from = date.minusWeeks(weeks - 1L);
    if (!HealthCheck.isCheckDateInRange(from)) {
      from = HealthCheck.EARLIEST_CHECK_DATE;
    }
    ProgramHistory history = healthCheck.history(program.relationships(), from, date);
    if (!history.isComplete()) {
      throw new RuleFailureException(history.failures());
    }
    return history;
  }

  /**
   * The report limited to some categories: findings of the others are left out, and each status
   * and the summary are computed again from the findings kept, as if only those rules had run.
   * An empty set keeps everything. The people stay (their findings are limited where they are
   * written).
   */
  static ProgramReport only(ProgramReport report, Collection<Category> categories) {
    if (categories.isEmpty()) {
      return report;
    }
    Set<Category> kept = EnumSet.copyOf(categories);
    List<HealthReport> reports = report.reports().stream()
        .map(r -> HealthReport.of(r.relationshipId(), r.asOf(), r.findings().stream()
            .filter(f -> kept.contains(f.category())).toList()))
        .toList();
    ProgramReport limited = ProgramReport.of(report.asOf(), reports);
    return new ProgramReport(limited.asOf(), limited.reports(), limited.summary(),
        report.failures(), report.people());
  }

  /** Whether a report has a finding at least as severe as the threshold. */
  static boolean failsOn(ProgramReport report, Severity threshold) {
    return report.reports().stream().anyMatch(r -> failsOn(r, threshold));
  }
}
