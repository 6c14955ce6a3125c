package io.github.mentoring.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mentoring.examples.report.ReportJson;
import io.github.mentoring.json.Schemas;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code mentoring check --history WEEKS}: the report with the program's recent history. */
class CheckHistoryTest {

  @Test
  void aJsonReportWithFourWeeksOfHistoryIsVersionTwo() {
    Cli.Run run = Cli.run("check", "--format", "json", "--history", "4");

    assertThat(run.err()).as(run.toString()).isEmpty();
    JsonNode report = JsonMapper.builder().build().readTree(run.out());
    assertThat(Schemas.validate(ReportJson.SCHEMA, report)).isEmpty();
    assertThat(report.get("formatVersion").asInt()).isEqualTo(2);
    assertThat(report.at("/history/dates").toString())
        .isEqualTo("[\"2026-11-06\",\"2026-11-13\",\"2026-11-20\",\"2026-11-27\"]");
    assertThat(report.at("/history/change/before").asString()).isEqualTo("2026-11-20");
  }

  @Test
  void aHistoryOfNoWeeksOrForTheTextReportIsRefusedNamingTheOption() {
    Cli.Run none = Cli.run("check", "--format", "json", "--history", "0");
    Cli.Run text = Cli.run("check", "--history", "4");

    assertThat(none.exitCode()).isEqualTo(MentoringCli.BAD_INPUT);
    assertThat(none.err()).contains("--history: must be 1 to 520 weeks, found 0");
    assertThat(text.exitCode()).isEqualTo(MentoringCli.BAD_INPUT);
    assertThat(text.err()).contains("--history: only with --format json or html");
  }
}
