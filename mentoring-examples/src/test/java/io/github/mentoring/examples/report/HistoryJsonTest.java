package io.github.mentoring.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mentoring.json.Program;
import io.github.mentoring.json.ProgramJson;
import io.github.mentoring.json.Schemas;
import io.github.mentoring.rules.Category;
import io.github.mentoring.rules.HealthCheck;
import io.github.mentoring.rules.ProgramHistory;
import io.github.mentoring.rules.ProgramReport;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A report of version 2: the bundled sample with its people and twelve weeks of history, valid
 * against the report schema, and what the history says of a relationship that went from
 * healthy to at risk.
 */
class HistoryJsonTest {

  private static HealthCheck healthCheck;
  private static Program sample;
  private static ProgramReport report;
  private static ProgramHistory history;

  @BeforeAll
  static void checkTheSample() throws IOException {
    healthCheck = HealthCheck.withBuiltInRules();
    try (InputStream in = HistoryJsonTest.class.getClassLoader()
        .getResourceAsStream("samples/sample-program.json")) {
      sample = ProgramJson.read(in);
    }
    LocalDate asOf = sample.asOf().orElseThrow();
    report = healthCheck.checkAll(sample.relationships(), asOf);
    history = healthCheck.history(sample.relationships(), asOf.minusWeeks(11), asOf);
  }

  @AfterAll
  static void close() {
    if (healthCheck != null) {
      healthCheck.close();
    }
  }

  @Test
  void aReportWithHistoryAndPeopleIsAValidVersionTwoReport() {
    ObjectNode tree = ReportJson.toTree(report, sample.name(), List.of(), history);

    assertThat(tree.get("formatVersion").asInt()).isEqualTo(2);
    assertThat(Schemas.validate(ReportJson.SCHEMA, tree)).isEmpty();
    assertThat(tree.at("/history/dates")).hasSize(12);
    assertThat(tree.at("/history/dates/11").asString()).isEqualTo("2026-11-27");
    assertThat(tree.at("/history/summaries/11/byStatus/at-risk").asLong())
        .isEqualTo(tree.at("/summary/byStatus/at-risk").asLong());
    assertThat(tree.get("people")).hasSizeGreaterThanOrEqualTo(34);
  }

  @Test
  void aVersionOneReportHasNeitherPeopleNorHistoryAndTheSchemaHoldsEachVersionToItsOwn() {
    ObjectNode one = ReportJson.toTree(report, sample.name(), List.of());
    ObjectNode two = ReportJson.toTree(report, sample.name(), List.of(), history);

    assertThat(one.get("formatVersion").asInt()).isEqualTo(1);
    assertThat(one.has("people") || one.has("history")).isFalse();
    ObjectNode oneWithHistory = one.deepCopy();
    oneWithHistory.set("history", two.get("history"));
    assertThat(Schemas.validate(ReportJson.SCHEMA, oneWithHistory)).isNotEmpty();
    ObjectNode twoWithout = two.deepCopy();
    twoWithout.remove("people");
    assertThat(Schemas.validate(ReportJson.SCHEMA, twoWithout)).isNotEmpty();
  }

  @Test
  void theHistorySaysWhenGitaAndHugosFindingsWereRaisedAndHowTheirStatusWent() {
    JsonNode gita = relationship(ReportJson.toTree(report, sample.name(), List.of(), history),
        "rel-gita-hugo");

    List<String> statuses = new ArrayList<>();
    gita.get("statuses").forEach(s -> statuses.add(s.get("status").asString()));
    assertThat(statuses).hasSize(12).endsWith("at-risk").contains("needs-attention");
    JsonNode noMeeting = null;
    for (JsonNode span : gita.get("findings")) {
      if (span.get("ruleId").asString().equals("fizzling.no-recent-meeting")
          && !span.has("resolved")) {
        noMeeting = span;
      }
    }
    assertThat(noMeeting).as("an open span of fizzling.no-recent-meeting").isNotNull();
    assertThat(noMeeting.get("levels")).hasSizeGreaterThanOrEqualTo(1);
    assertThat(noMeeting.at("/levels/0/since").asString())
        .isEqualTo(noMeeting.get("raised").asString());
  }

  @Test
  void aHistoryLimitedToOneCategoryKeepsOnlyItsFindingsAndItsStatuses() {
    ObjectNode tree = ReportJson.toTree(report, sample.name(), List.of(Category.PENDING_CLOSURE),
        history);

    assertThat(Schemas.validate(ReportJson.SCHEMA, tree)).isEmpty();
    tree.at("/history/relationships").forEach(r -> r.get("findings")
        .forEach(s -> assertThat(s.get("category").asString()).isEqualTo("pending-closure")));
    tree.get("people").forEach(p -> p.get("findings")
        .forEach(f -> assertThat(f.get("category").asString()).isEqualTo("pending-closure")));
    List<String> rules = new ArrayList<>();
    tree.at("/history/change/rules").forEach(r -> rules.add(r.get("ruleId").asString()));
    assertThat(rules).isNotEmpty().allMatch(id -> id.startsWith("closure."));
  }

  private static JsonNode relationship(JsonNode tree, String id) {
    for (JsonNode r : tree.at("/history/relationships")) {
      if (r.get("relationshipId").asString().equals(id)) {
        return r;
      }
    }
    throw new AssertionError("no history of " + id);
  }
}
