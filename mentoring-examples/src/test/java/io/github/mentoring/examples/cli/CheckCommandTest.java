package io.github.mentoring.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mentoring.json.Schemas;
import io.github.mentoring.examples.report.ReportJson;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CheckCommandTest {

  static final JsonMapper MAPPER = JsonMapper.builder().build();

  /** A small program with findings of every severity, judged as of its own date 2026-04-15. */
  static final String MINIMAL = "src/main/resources/samples/minimal-program.json";

  static final String PROGRAM_RULE = """
      package program.test;

      import io.github.mentoring.rules.facts.*;

      global io.github.mentoring.rules.facts.Findings findings;
      global io.github.mentoring.rules.Policy policy;

      rule "Every relationship is seen"
          @id("program.seen")
          @category("program")
          @severity("critical")
          @description("Flags every relationship, to see that designer rules load")
      when
          $r : RelationshipFacts()
      then
          findings.raise(drools, $r, "Seen.", "Nothing to do.", "heldMeetings", $r.getHeldMeetings());
      end
      """;

  @Test
  void withoutAFileTheBundledSampleIsCheckedAsOfItsOwnDate() {
    Cli.Run run = Cli.run("check");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(MentoringCli.FINDINGS);
    assertThat(run.out())
        .contains("Health check of 2026 engineering and product mentoring program as of 2026-11-27: "
            + "17 relationships")
        .containsPattern("rel-ana-ben +[a-z-]+ +\\d+");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void theTextReportHasATableFindingsAndASummaryAndFindingsGiveExitCode1() {
    Cli.Run run = Cli.run("check", MINIMAL);

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(MentoringCli.FINDINGS);
    assertThat(run.out())
        .contains("as of 2026-04-15")
        .containsPattern("RELATIONSHIP +STATUS +FIZZLING +VAGUE-GOAL +MISSED-FOLLOW-UP")
        .containsPattern("r-ada-ben +at-risk")
        .containsPattern("r-chen-dana +healthy")
        .contains("CRITICAL", "fizzling.no-recent-meeting.critical", "Advice: ")
        .contains("Summary", "Relationships: 2 (healthy 1", "By category: fizzling ",
            "Top rules: ");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void aHealthyProgramExitsWith0AndWithoutADateIsJudgedAsOfTheClock() {
    Cli.Run run = Cli.run("check", Cli.HEALTHY.toString());

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(MentoringCli.OK);
    assertThat(run.out()).contains("Healthy cohort as of " + Cli.TODAY)
        .contains("Findings: 0");
  }

  @Test
  void asOfOverridesTheProgramsDate() {
    Cli.Run run = Cli.run("check", MINIMAL, "--as-of", "2026-03-01", "--format", "json");

    assertThat(run.exitCode()).as(run.toString()).isIn(MentoringCli.OK, MentoringCli.FINDINGS);
    assertThat(json(run).get("asOf").stringValue()).isEqualTo("2026-03-01");
  }

  @Test
  void jsonOutputValidatesAgainstTheReportSchema() {
    Cli.Run run = Cli.run("check", MINIMAL, "--format", "json");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(MentoringCli.FINDINGS);
    JsonNode report = json(run);
    assertThat(Schemas.validate(ReportJson.SCHEMA, report)).isEmpty();
    assertThat(report.get("program").stringValue()).isEqualTo("Spring 2026 engineering cohort");
    assertThat(report.at("/reports/0/status").stringValue()).isEqualTo("at-risk");
    assertThat(report.has("only")).isFalse();
  }

  @Test
  void failOnSetsTheSeverityThatFails() {
    // The sample's agreement gaps are informational only.
    Cli.Run info = Cli.run("check", MINIMAL, "--only", "agreement-gap", "--fail-on", "info");
    Cli.Run warning = Cli.run("check", MINIMAL, "--only", "agreement-gap");
    Cli.Run critical = Cli.run("check", MINIMAL, "--fail-on", "CRITICAL");

    assertThat(info.exitCode()).as(info.toString()).isEqualTo(MentoringCli.FINDINGS);
    assertThat(info.out()).contains("INFO").doesNotContain("WARNING", "CRITICAL  ");
    assertThat(warning.exitCode()).as(warning.toString()).isEqualTo(MentoringCli.OK);
    assertThat(critical.exitCode()).as(critical.toString()).isEqualTo(MentoringCli.FINDINGS);
  }

  @Test
  void onlyKeepsTheCategoriesAskedForAndRecomputesStatusesAndCounts() {
    Cli.Run text = Cli.run("check", MINIMAL, "--only", "agreement-gap", "--only", "VAGUE_GOAL");
    Cli.Run json = Cli.run("check", MINIMAL, "--only", "agreement-gap", "--format", "json");

    // The agreement gaps of the sample are informational: without the critical fizzling and
    // follow-up findings the relationship is healthy, and nothing fails on warning.
    assertThat(text.exitCode()).as(text.toString()).isEqualTo(MentoringCli.OK);
    assertThat(text.out()).contains("only vague-goal, agreement-gap")
        .containsPattern("RELATIONSHIP +STATUS +VAGUE-GOAL +AGREEMENT-GAP\n")
        .containsPattern("r-ada-ben +healthy")
        .doesNotContain("fizzling.", "follow-ups.");
    JsonNode report = json(json);
    assertThat(Schemas.validate(ReportJson.SCHEMA, report)).isEmpty();
    assertThat(report.get("only").toString()).isEqualTo("[\"agreement-gap\"]");
    assertThat(report.at("/summary/byCategory/fizzling").asLong()).isZero();
    assertThat(report.at("/summary/byStatus/at-risk").asLong()).isZero();
    report.at("/reports/0/findings").forEach(f ->
        assertThat(f.get("category").stringValue()).isEqualTo("agreement-gap"));
  }

  @Test
  void anUnknownCategoryIsAUsageError() {
    Cli.Run run = Cli.run("check", MINIMAL, "--only", "gossip");

    assertThat(run.exitCode()).isEqualTo(MentoringCli.BAD_INPUT);
    assertThat(run.err()).contains("--only").contains("gossip").contains("vague-goal");
  }

  @Test
  void disableSwitchesRulesOffAndAnUnknownIdIsBadInput() {
    Cli.Run run = Cli.run("check", MINIMAL, "--disable", "fizzling.no-recent-meeting.critical",
        "--disable", "follow-ups.long-overdue");
    Cli.Run unknown = Cli.run("check", MINIMAL, "--disable", "fizzling.no-such-rule");

    // A pair is one rule: with its critical level disabled, the finding stays a warning.
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(MentoringCli.FINDINGS);
    assertThat(run.out()).doesNotContain("fizzling.no-recent-meeting.critical",
        "follow-ups.long-overdue", "CRITICAL  ")
        .contains("fizzling.no-recent-meeting ", "follow-ups.overdue ");
    assertThat(unknown.exitCode()).isEqualTo(MentoringCli.BAD_INPUT);
    assertThat(unknown.err()).contains("fizzling.no-such-rule");
    assertThat(unknown.out()).isEmpty();
  }

  @Test
  void rulesFromATemporaryFolderAreLoaded(@TempDir Path folder) throws Exception {
    Files.writeString(folder.resolve("seen.drl"), PROGRAM_RULE);

    Cli.Run run = Cli.run("check", Cli.HEALTHY.toString(), "--rules", folder.toString());

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(MentoringCli.FINDINGS);
    assertThat(run.out()).contains("program.seen").containsPattern("r-chen-dana +at-risk");
  }

  @Test
  void aBrokenRuleFileIsBadInputNamingFileAndLine(@TempDir Path folder) throws Exception {
    Path broken = folder.resolve("broken.drl");
    Files.writeString(broken, PROGRAM_RULE.replace("RelationshipFacts()",
        "RelationshipFacts( heldMeetings >>> 2 )"));

    Cli.Run run = Cli.run("check", MINIMAL, "--rules", broken.toString());

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(MentoringCli.BAD_INPUT);
    assertThat(run.err()).contains(broken + ":14");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aMissingRulesFolderIsBadInput() {
    Cli.Run run = Cli.run("check", MINIMAL, "--rules", "no/such/folder");

    assertThat(run.exitCode()).isEqualTo(MentoringCli.BAD_INPUT);
    assertThat(run.err()).contains("no/such/folder: no such rules file or folder");
  }

  @Test
  void aPolicyFileChangesThresholds(@TempDir Path folder) throws Exception {
    Path policy = folder.resolve("policy.properties");
    // A critical factor this high leaves the sample's long silence a warning.
    Files.writeString(policy, "fizzling.critical-factor = 10.0\n");

    Cli.Run run = Cli.run("check", MINIMAL, "--policy", policy.toString());

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(MentoringCli.FINDINGS);
    assertThat(run.out()).contains("fizzling.no-recent-meeting ")
        .doesNotContain("fizzling.no-recent-meeting.critical");
  }

  @Test
  void aPolicyWithAnUnknownKeyIsBadInputNamingFileAndLine(@TempDir Path folder)
      throws Exception {
    Path policy = folder.resolve("policy.properties");
    Files.writeString(policy, "# thresholds\nfizzling.warning-factor = 2.0\n"
        + "fizzling.warning-factr = 2.0\ngoals.max-active = many\n");

    Cli.Run run = Cli.run("check", MINIMAL, "--policy", policy.toString());

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(MentoringCli.BAD_INPUT);
    assertThat(run.err())
        .contains(policy + ":3: unknown key 'fizzling.warning-factr'")
        .contains(policy + ":4: goals.max-active");
  }

  @Test
  void aBadProgramFileIsBadInputListingEveryJsonPath() {
    Cli.Run run = Cli.run("check", Cli.BAD.toString());

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(MentoringCli.BAD_INPUT);
    assertThat(run.err()).contains(
        Cli.BAD + ": $.relationships[0].phase: must be one of",
        Cli.BAD + ": $.relationships[0].meetings[0].actualMinutes:",
        Cli.BAD + ": $.relationships[1].mentee: is required but missing",
        Cli.BAD + ": $.relationships[1].colour: unknown field");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aBadProgramAndABadPolicyAreReportedTogether(@TempDir Path folder) throws Exception {
    Path policy = folder.resolve("policy.properties");
    Files.writeString(policy, "nope = 1\n");

    Cli.Run run = Cli.run("check", Cli.BAD.toString(), "--policy", policy.toString());

    assertThat(run.exitCode()).isEqualTo(MentoringCli.BAD_INPUT);
    assertThat(run.err()).contains("$.relationships[1].colour", policy + ":1: unknown key 'nope'");
  }

  @Test
  void aMissingFileAndNonJsonAreBadInput(@TempDir Path folder) throws Exception {
    Path notJson = folder.resolve("program.json");
    Files.writeString(notJson, "relationships: []\n");

    Cli.Run missing = Cli.run("check", folder.resolve("none.json").toString());
    Cli.Run garbage = Cli.run("check", notJson.toString());

    assertThat(missing.exitCode()).isEqualTo(MentoringCli.BAD_INPUT);
    assertThat(missing.err()).contains("none.json: no such file");
    assertThat(garbage.exitCode()).isEqualTo(MentoringCli.BAD_INPUT);
    assertThat(garbage.err()).contains(notJson + ": $: is not valid JSON");
  }

  @Test
  void badOptionValuesAreUsageErrors() {
    assertThat(Cli.run("check", MINIMAL, "--as-of", "yesterday").exitCode())
        .isEqualTo(MentoringCli.BAD_INPUT);
    assertThat(Cli.run("check", MINIMAL, "--fail-on", "loud").exitCode())
        .isEqualTo(MentoringCli.BAD_INPUT);
    assertThat(Cli.run("check", MINIMAL, "--format", "xml").exitCode())
        .isEqualTo(MentoringCli.BAD_INPUT);
    assertThat(Cli.run("check", MINIMAL, "--no-such-option").exitCode())
        .isEqualTo(MentoringCli.BAD_INPUT);
  }

  @Test
  void helpNamesEveryOption() {
    Cli.Run run = Cli.run("check", MINIMAL, "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("--as-of", "--format", "--rules", "--disable", "--policy",
        "--only", "--fail-on");
  }

  static JsonNode json(Cli.Run run) {
    return MAPPER.readTree(run.out());
  }
}
