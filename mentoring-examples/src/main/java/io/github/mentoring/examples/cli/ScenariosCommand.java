package io.github.mentoring.examples.cli;

import io.github.mentoring.json.ProgramFormatException;
import io.github.mentoring.examples.report.JsonOutput;
import io.github.mentoring.rules.Category;
import io.github.mentoring.rules.HealthCheck;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code mentoring scenarios DIR}: a rule designer's tests without Java, and the way a judgement
 * set is scored. Loads the built-in rules and every {@code .drl} file of DIR, runs every
 * {@code *.scenario.json} file of DIR, and prints PASS or FAIL for each, with what differed; then,
 * per category, how many expected findings were raised (recall) and how many findings were raised
 * that a scenario forbade (false alarms), and the failing scenarios once more.
 */
@Command(name = "scenarios",
    header = "Run a rule designer's scenarios against the rules of a folder.",
    description = {
        "Runs a rule designer's scenarios: loads every .drl file of DIR (sub-folders included) "
            + "besides the built-in rules, then runs every *.scenario.json file of DIR and prints "
            + "PASS or FAIL for each, with the rules that did not fire as expected.",
        "A scenario holds a relationship (or a program) in the program format, a check date "
            + "(asOf), expectFire and expectNoFire lists of rule ids, expectCategory and "
            + "expectNoCategory lists of categories, optional expectEvidence, and optional "
            + "policy keys of its own (schemas/scenario.schema.json).",
        "At the end it prints per category the recall (expected findings raised / expected) "
            + "and the false alarms (findings of a rule or category a scenario forbade), then "
            + "the failing scenarios.",
        "Exit code 0 when every scenario passes, 1 when one fails, 2 when a file is bad."},
    sortOptions = false)
final class ScenariosCommand implements Callable<Integer> {

  /** How scenario files are recognised. */
  static final String SUFFIX = ".scenario.json";

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "DIR", description = "The folder of .drl and *.scenario.json files.")
  Path folder;

  @Mixin
  RuleOptions ruleOptions;

  @Override
  public Integer call() throws IOException {
    if (!Files.isDirectory(folder)) {
      throw new InputException("no scenarios were run", List.of(folder + ": no such folder"));
    }
    HealthCheck healthCheck = ruleOptions.build(List.of(folder), Map.of());
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files = walk.filter(ScenariosCommand::isScenarioFile)
          .filter(Files::isRegularFile)
          .sorted()
          .toList();
    }
    if (files.isEmpty()) {
      throw new InputException("no scenarios were run",
          List.of(folder + ": no *" + SUFFIX + " file"));
    }

    // Every file is read before any runs, so that all bad files are listed together.
    List<Scenario> scenarios = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    int unlisted = 0;
    for (Path file : files) {
      try {
        scenarios.add(Scenario.read(file, folder.relativize(file).toString(),
            healthCheck.catalogue(), healthCheck.policy()));
      } catch (ProgramFormatException e) {
        e.problems().forEach(p -> problems.add(file + ": " + p));
        unlisted += e.problemCount() - e.problems().size();
      }
    }
    if (!problems.isEmpty()) {
      throw new InputException("no scenarios were run", problems, problems.size() + unlisted);
    }

    // Names, descriptions and rule messages come from files: escaped like all input.
    PrintWriter out = TerminalText.escaping(spec.commandLine().getOut());
    // A scenario with policy keys of its own is judged by a health check built with them; the
    // few distinct policies of a set are built once each.
    Map<Map<String, String>, HealthCheck> byPolicy = new HashMap<>();
    byPolicy.put(Map.of(), healthCheck);
    List<Scenario.Outcome> outcomes = new ArrayList<>();
    for (Scenario scenario : scenarios) {
      HealthCheck own = byPolicy.computeIfAbsent(scenario.policy(),
          keys -> ruleOptions.build(List.of(folder), keys));
      Scenario.Outcome outcome = scenario.run(own);
      outcomes.add(outcome);
      out.println((outcome.passed() ? "PASS  " : "FAIL  ") + scenario.name()
          + (scenario.description().isEmpty() ? "" : ": " + scenario.description()));
      if (!outcome.passed()) {
        outcome.differences().forEach(d -> out.println("      " + d));
        out.println("      fired: " + (outcome.fired().isEmpty() ? "(nothing)"
            : String.join(", ", outcome.fired())));
      }
    }
    int failed = tally(outcomes, out);
    out.flush();
    return failed == 0 ? MentoringCli.OK : MentoringCli.FINDINGS;
  }

  /**
   * Prints recall and false alarms per category, the failing scenarios, and the count of
   * scenarios; answers how many failed.
   */
  static int tally(List<Scenario.Outcome> outcomes, PrintWriter out) {
    Map<Category, int[]> counts = new EnumMap<>(Category.class); // expected, raised, false alarms
    List<Scenario.Outcome> failing = new ArrayList<>();
    for (Scenario.Outcome outcome : outcomes) {
      for (Scenario.Expectation e : outcome.expectations()) {
        int[] c = counts.computeIfAbsent(e.category(), k -> new int[3]);
        c[0]++;
        c[1] += e.met() ? 1 : 0;
      }
      outcome.falseAlarms().forEach(f ->
          counts.computeIfAbsent(f.category(), k -> new int[3])[2]++);
      outcome.scenario().expectNoCategory().forEach(k -> counts.computeIfAbsent(k,
          x -> new int[3]));
      if (!outcome.passed()) {
        failing.add(outcome);
      }
    }
    out.println();
    out.println(String.format(Locale.ROOT, "%-18s %8s %6s %7s %12s", "category", "expected",
        "raised", "recall", "false alarms"));
    int[] all = new int[3];
    counts.forEach((category, c) -> {
      out.println(row(JsonOutput.name(category), c));
      for (int i = 0; i < 3; i++) {
        all[i] += c[i];
      }
    });
    out.println(row("all", all));
    if (!failing.isEmpty()) {
      out.println();
      out.println("Failing scenarios:");
      for (Scenario.Outcome outcome : failing) {
        out.println("  " + outcome.scenario().name() + ": "
            + String.join("; ", outcome.differences()));
      }
    }
    out.println();
    int count = outcomes.size();
    out.println(count + (count == 1 ? " scenario: " : " scenarios: ")
        + (count - failing.size()) + " passed, " + failing.size() + " failed");
    return failing.size();
  }

  private static String row(String name, int[] c) {
    String recall = c[0] == 0 ? "-"
        : String.format(Locale.ROOT, "%.0f %%", 100.0 * c[1] / c[0]);
    return String.format(Locale.ROOT, "%-18s %8d %6d %7s %12d", name, c[0], c[1], recall, c[2]);
  }

  /** Whether a path names a scenario file (a file-system root has no name at all). */
  private static boolean isScenarioFile(Path path) {
    Path name = path.getFileName();
    return name != null && name.toString().endsWith(SUFFIX);
  }
}
