package io.github.mentoring.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenariosCommandTest {

  @Test
  void theShippedProgramRuleScenariosAllPass() throws IOException {
    long scenarios;
    try (Stream<Path> files = Files.list(Cli.DESIGNER_RULES)) {
      scenarios = files.filter(p -> p.toString().endsWith(".scenario.json")).count();
    }

    Cli.Run run = Cli.run("scenarios", Cli.DESIGNER_RULES.toString());

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(MentoringCli.OK);
    assertThat(run.out())
        .contains("PASS  introduction-not-made.scenario.json: ")
        .contains("PASS  quiet-quarter.scenario.json: ")
        .contains(scenarios + " scenarios: " + scenarios + " passed, 0 failed")
        .doesNotContain("FAIL");
    assertThat(scenarios).isGreaterThanOrEqualTo(3);
  }

  @Test
  void aFailingScenarioExitsWith1AndPrintsTheDifference(@TempDir Path folder) throws Exception {
    copyDesignerRules(folder);
    // The promise is only 12 days old, so the program rule stays silent; and the scenario
    // wrongly forbids a built-in rule that fires.
    String scenario = Files.readString(Cli.DESIGNER_RULES.resolve(
            "introduction-not-made.scenario.json"))
        .replace("\"asOf\": \"2026-03-30\"", "\"asOf\": \"2026-03-16\"")
        .replace("\"follow-ups.overdue\", ", "\"goals.missing\", ")
        .replace("\"description\": \"A contact", "\"description\": \"Broken: a contact");
    Files.writeString(folder.resolve("broken.scenario.json"), scenario);

    Cli.Run run = Cli.run("scenarios", folder.toString());

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(MentoringCli.FINDINGS);
    assertThat(run.out())
        .contains("FAIL  broken.scenario.json: Broken: a contact")
        .contains("expected to fire, did not: program.introduction-not-made")
        .contains("expected not to fire, fired: goals.missing [warning] relationship r-ada-ben: ")
        .contains("fired: ")
        .contains("PASS  quiet-quarter.scenario.json")
        .containsPattern("\\d+ scenarios: \\d+ passed, 1 failed");
  }

  @Test
  void wrongEvidenceIsADifference(@TempDir Path folder) throws Exception {
    copyDesignerRules(folder);
    String scenario = Files.readString(Cli.DESIGNER_RULES.resolve("quiet-quarter.scenario.json"))
        .replace("\"daysWithoutMeeting\": 101", "\"daysWithoutMeeting\": 100");
    Files.writeString(folder.resolve("quiet-quarter.scenario.json"), scenario);

    Cli.Run run = Cli.run("scenarios", folder.toString());

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(MentoringCli.FINDINGS);
    assertThat(run.out()).contains("FAIL  quiet-quarter.scenario.json")
        .contains("evidence of program.quiet-quarter: expected {daysWithoutMeeting=100")
        .contains("\"daysWithoutMeeting\":101");
  }

  @Test
  void badScenarioFilesAreBadInputListingEveryProblem(@TempDir Path folder) throws Exception {
    copyDesignerRules(folder);
    Files.writeString(folder.resolve("typo.scenario.json"), """
        {
          "asOf": "2026-06-01",
          "relationship": {
            "id": "r-1", "mentor": { "id": "a" }, "mentee": { "id": "b" },
            "kind": "formal", "phase": "dormant", "startDate": "2026-01-05"
          },
          "expectFire": ["program.quiet-quater"]
        }
        """);
    Files.writeString(folder.resolve("shape.scenario.json"), """
        { "asOf": "June", "expectFire": ["program.quiet-quarter"], "expectLots": true }
        """);

    Cli.Run run = Cli.run("scenarios", folder.toString());

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(MentoringCli.BAD_INPUT);
    Path typo = folder.resolve("typo.scenario.json");
    Path shape = folder.resolve("shape.scenario.json");
    assertThat(run.err())
        .contains(typo + ": $.expectFire[0]: no rule 'program.quiet-quater' is loaded")
        .contains(typo + ": $.relationship.phase: must be one of")
        .contains(shape + ": $.asOf:")
        .contains(shape + ": $.expectLots: unknown field");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aBrokenDesignerRuleIsBadInput(@TempDir Path folder) throws Exception {
    copyDesignerRules(folder);
    Path drl = folder.resolve("program-rules.drl");
    Files.writeString(drl, Files.readString(drl).replace("when\n    $r : RelationshipFacts(",
        "when\n    $r : RelationshipFacts( ) ) ("));

    Cli.Run run = Cli.run("scenarios", folder.toString());

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(MentoringCli.BAD_INPUT);
    assertThat(run.err()).contains(drl + ":");
  }

  @Test
  void aFolderWithoutScenariosOrNoFolderIsBadInput(@TempDir Path folder) {
    Cli.Run empty = Cli.run("scenarios", folder.toString());
    Cli.Run missing = Cli.run("scenarios", folder.resolve("none").toString());

    assertThat(empty.exitCode()).isEqualTo(MentoringCli.BAD_INPUT);
    assertThat(empty.err()).contains("no *.scenario.json file");
    assertThat(missing.exitCode()).isEqualTo(MentoringCli.BAD_INPUT);
    assertThat(missing.err()).contains("no such folder");
  }

  static void copyDesignerRules(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(Cli.DESIGNER_RULES)) {
      for (Path file : files.toList()) {
        Files.copy(file, folder.resolve(file.getFileName()));
      }
    }
  }
}
