package io.github.mentoring.examples.cli;

import io.github.mentoring.examples.json.ProgramFormatException;
import io.github.mentoring.rules.HealthCheck;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code mentoring scenarios DIR}: a rule designer's tests without Java. Loads the built-in rules
 * and every {@code .drl} file of DIR, runs every {@code *.scenario.json} file of DIR, and prints
 * PASS or FAIL for each, with what differed.
 */
@Command(name = "scenarios",
    header = "Run a rule designer's scenarios against the rules of a folder.",
    description = {
        "Runs a rule designer's scenarios: loads every .drl file of DIR (sub-folders included) "
            + "besides the built-in rules, then runs every *.scenario.json file of DIR and prints "
            + "PASS or FAIL for each, with the rules that did not fire as expected.",
        "A scenario holds a relationship (or a program) in the program format, a check date "
            + "(asOf), expectFire and expectNoFire lists of rule ids, and optional "
            + "expectEvidence (schemas/scenario.schema.json).",
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
    HealthCheck healthCheck = ruleOptions.build(List.of(folder));
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files = walk.filter(p -> p.getFileName().toString().endsWith(SUFFIX))
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
            healthCheck.catalogue()));
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
    int failed = 0;
    for (Scenario scenario : scenarios) {
      Scenario.Outcome outcome = scenario.run(healthCheck);
      out.println((outcome.passed() ? "PASS  " : "FAIL  ") + scenario.name()
          + (scenario.description().isEmpty() ? "" : ": " + scenario.description()));
      if (!outcome.passed()) {
        failed++;
        outcome.differences().forEach(d -> out.println("      " + d));
        out.println("      fired: " + (outcome.fired().isEmpty() ? "(nothing)"
            : String.join(", ", outcome.fired())));
      }
    }
    out.println();
    out.println(scenarios.size() + (scenarios.size() == 1 ? " scenario: " : " scenarios: ")
        + (scenarios.size() - failed) + " passed, " + failed + " failed");
    out.flush();
    return failed == 0 ? MentoringCli.OK : MentoringCli.FINDINGS;
  }
}
