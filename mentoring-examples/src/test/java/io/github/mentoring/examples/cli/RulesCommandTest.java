package io.github.mentoring.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mentoring.json.Schemas;
import io.github.mentoring.examples.report.CatalogueJson;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class RulesCommandTest {

  @Test
  void textListsEveryRuleWithItsThresholdValues() {
    Cli.Run run = Cli.run("rules");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out())
        .containsPattern("ID +CATEGORY +SEVERITY +DESCRIPTION")
        .containsPattern("fizzling\\.no-recent-meeting +fizzling +warning +No meeting held")
        .contains("fizzling.warning-factor = 1.5")
        .containsPattern("goals\\.too-many-active +vague-goal +")
        .containsPattern("\\d+ rules\\.");
  }

  @Test
  void designerRulesPolicyAndDisabledRulesShowInTheCatalogue(@TempDir Path folder)
      throws Exception {
    Path policy = folder.resolve("policy.properties");
    Files.writeString(policy, "fizzling.warning-factor = 2.5\n");

    Cli.Run run = Cli.run("rules", "--rules", Cli.DESIGNER_RULES.toString(),
        "--policy", policy.toString(), "--disable", "goals.too-many-active");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out())
        .containsPattern("program\\.introduction-not-made +program +warning")
        .contains("follow-ups.critical-after-days = 14")
        .contains("fizzling.warning-factor = 2.5")
        .doesNotContain("goals.too-many-active");
  }

  @Test
  void jsonValidatesAgainstTheCatalogueSchema() {
    Cli.Run run = Cli.run("rules", "--format", "json", "--rules", Cli.DESIGNER_RULES.toString());

    assertThat(run.exitCode()).as(run.toString()).isZero();
    JsonNode catalogue = CheckCommandTest.json(run);
    assertThat(Schemas.validate(CatalogueJson.SCHEMA, catalogue)).isEmpty();
    assertThat(catalogue.get("count").asInt()).isEqualTo(catalogue.get("rules").size());
    JsonNode rule = null;
    for (JsonNode r : catalogue.get("rules")) {
      if (r.get("id").stringValue().equals("program.quiet-quarter")) {
        rule = r;
      }
    }
    assertThat(rule).isNotNull();
    assertThat(rule.get("category").stringValue()).isEqualTo("program");
    assertThat(rule.at("/thresholds/0/key").stringValue()).isEqualTo("fizzling.lookback-days");
    assertThat(rule.at("/thresholds/0/value").stringValue()).isEqualTo("90");
  }

  @Test
  void markdownIsTheCataloguePage() {
    Cli.Run run = Cli.run("rules", "--format", "markdown");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).startsWith("# Rule catalogue").contains("| `fizzling.no-recent-meeting` |");
  }

  @Test
  void badRuleOptionsAreBadInput(@TempDir Path folder) throws Exception {
    Path policy = folder.resolve("policy.properties");
    Files.writeString(policy, "goals.max-active = -1\n");

    Cli.Run run = Cli.run("rules", "--policy", policy.toString(), "--disable", "nope.nope");

    assertThat(run.exitCode()).isEqualTo(MentoringCli.BAD_INPUT);
    assertThat(run.err()).contains(policy + ":1: goals.max-active: must not be negative")
        .contains("nope.nope");
  }
}
