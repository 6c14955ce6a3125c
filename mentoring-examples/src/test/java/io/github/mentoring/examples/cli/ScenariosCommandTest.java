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

  /** A fortnightly relationship whose last meeting was 22 days before the check date. */
  private static final String LATE_RELATIONSHIP = """
      "asOf": "2026-04-15",
      "relationship": {
        "id": "r-ada-ben", "mentor": { "id": "ada" }, "mentee": { "id": "ben" },
        "kind": "formal", "phase": "active", "startDate": "2026-02-02",
        "agreement": { "meetingFrequency": "P2W" },
        "meetings": [
          { "id": "m1", "scheduledAt": "2026-03-24T10:00", "status": "held" },
          { "id": "m2", "scheduledAt": "2026-04-16T10:00", "status": "scheduled" }
        ]
      }
      """;

  @Test
  void aScenarioMaySetPolicyKeysForItselfOnly(@TempDir Path folder) throws Exception {
    // Twice the rhythm before warning: 22 days is not late for this scenario...
    Files.writeString(folder.resolve("tolerant.scenario.json"), "{" + LATE_RELATIONSHIP + """
        , "policy": { "fizzling.warning-factor": "2.0", "fizzling.critical-factor": 4 },
          "expectNoFire": ["fizzling.no-recent-meeting"] }
        """);
    // ...but still is for the next one, which keeps the default factor of 1.5.
    Files.writeString(folder.resolve("strict.scenario.json"), "{" + LATE_RELATIONSHIP + """
        , "expectFire": ["fizzling.no-recent-meeting"] }
        """);

    Cli.Run run = Cli.run("scenarios", folder.toString());

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(MentoringCli.OK);
    assertThat(run.out()).contains("PASS  tolerant.scenario.json")
        .contains("PASS  strict.scenario.json")
        .contains("2 scenarios: 2 passed, 0 failed");
  }

  @Test
  void aForbiddenCategoryThatIsRaisedIsAFalseAlarm(@TempDir Path folder) throws Exception {
    Files.writeString(folder.resolve("quiet.scenario.json"), "{" + LATE_RELATIONSHIP + """
        , "expectNoCategory": ["fizzling", "pending-closure"] }
        """);
    Files.writeString(folder.resolve("drift.scenario.json"), "{" + LATE_RELATIONSHIP + """
        , "expectCategory": ["fizzling"], "expectFire": ["goals.missing"],
          "expectNoFire": ["agreement.missing"] }
        """);

    Cli.Run run = Cli.run("scenarios", folder.toString());

    // Every fizzling finding of the quiet scenario (no recent meeting, the silent mentee, ...) is
    // a false alarm; the drift scenario's expectations are met.
    int alarms = run.out().split("\n      expected no fizzling finding, raised: ", -1).length - 1;
    assertThat(alarms).as(run.toString()).isGreaterThanOrEqualTo(2);
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(MentoringCli.FINDINGS);
    assertThat(run.out())
        .contains("FAIL  quiet.scenario.json")
        .contains("expected no fizzling finding, raised: fizzling.no-recent-meeting [warning] "
            + "relationship r-ada-ben: ")
        .contains("PASS  drift.scenario.json")
        .containsPattern("\nfizzling +1 +1 +100 % +" + alarms + "\n")
        .containsPattern("\nvague-goal +1 +1 +100 % +0\n")
        .containsPattern("\npending-closure +0 +0 +- +0\n")
        .containsPattern("\nall +2 +2 +100 % +" + alarms + "\n")
        .contains("Failing scenarios:\n  quiet.scenario.json: expected no fizzling finding")
        .contains("2 scenarios: 1 passed, 1 failed");
  }

  @Test
  void anExpectedCategoryNotRaisedIsAMiss(@TempDir Path folder) throws Exception {
    Files.writeString(folder.resolve("closing.scenario.json"), "{" + LATE_RELATIONSHIP + """
        , "expectCategory": ["pending-closure"] }
        """);

    Cli.Run run = Cli.run("scenarios", folder.toString());

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(MentoringCli.FINDINGS);
    assertThat(run.out())
        .contains("expected a finding of category pending-closure, none was raised")
        .containsPattern("\npending-closure +1 +0 +0 % +0\n");
  }

  @Test
  void badPolicyKeysAndCategoriesAreBadInputAtTheirPaths(@TempDir Path folder) throws Exception {
    Files.writeString(folder.resolve("typos.scenario.json"), "{" + LATE_RELATIONSHIP + """
        , "policy": { "fizzling.warning-facter": "2.0", "goals.min-words": "five",
                      "fizzling.lookback-days": true, "fizzling.short-meeting-ratio": 1e400,
                      "fizzling.warning-factor": "NaN" },
          "expectNoCategory": ["fizzing"] }
        """);
    Files.writeString(folder.resolve("contradiction.scenario.json"), "{" + LATE_RELATIONSHIP + """
        , "expectFire": ["goals.missing"], "expectCategory": ["fizzling"],
          "expectNoCategory": ["vague-goal", "fizzling"] }
        """);

    Cli.Run run = Cli.run("scenarios", folder.toString());

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(MentoringCli.BAD_INPUT);
    Path typos = folder.resolve("typos.scenario.json");
    Path contradiction = folder.resolve("contradiction.scenario.json");
    assertThat(run.err())
        .contains(typos + ": $.policy['fizzling.warning-facter']: unknown key "
            + "'fizzling.warning-facter' (known keys like it: ")
        .contains(typos + ": $.policy['goals.min-words']: ")
        .contains(typos + ": $.policy['fizzling.lookback-days']: ")
        .contains(typos + ": $.policy['fizzling.short-meeting-ratio']: must be a finite number")
        .contains(typos + ": $.policy['fizzling.warning-factor']: must be a finite number")
        .contains(typos + ": $.expectNoCategory[0]: ")
        .contains(contradiction + ": $.expectNoCategory: 'fizzling' is also expected to be "
            + "raised")
        .contains(contradiction + ": $.expectNoCategory: 'goals.missing' is expected to fire, "
            + "but no finding of its category 'vague-goal' may be raised");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aScenarioThatExpectsOnlyCategoriesIsValid(@TempDir Path folder) throws Exception {
    Files.writeString(folder.resolve("nothing.scenario.json"), "{" + LATE_RELATIONSHIP + "}");
    Files.writeString(folder.resolve("only-categories.scenario.json"), "{" + LATE_RELATIONSHIP
        + ", \"expectNoCategory\": [\"agreement-gap\"] }");

    Cli.Run run = Cli.run("scenarios", folder.toString());

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(MentoringCli.BAD_INPUT);
    assertThat(run.err()).contains(folder.resolve("nothing.scenario.json") + ": $: expects "
        + "nothing: add \"expectFire\", \"expectNoFire\", \"expectEvidence\", "
        + "\"expectCategory\" or \"expectNoCategory\"")
        .doesNotContain("only-categories.scenario.json");
  }

  static void copyDesignerRules(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(Cli.DESIGNER_RULES)) {
      for (Path file : files.toList()) {
        Files.copy(file, folder.resolve(file.getFileName()));
      }
    }
  }
}
