package io.github.mentoring.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mentoring.json.Problem;
import io.github.mentoring.json.Program;
import io.github.mentoring.json.ProgramJson;
import io.github.mentoring.json.Schemas;
import io.github.mentoring.rules.Category;
import io.github.mentoring.rules.Finding;
import io.github.mentoring.rules.HealthCheck;
import io.github.mentoring.rules.HealthReport;
import io.github.mentoring.rules.ProgramReport;
import io.github.mentoring.rules.Severity;
import io.github.mentoring.rules.Subject;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Reports the code writes validate against schemas/report.schema.json, and say what they should. */
class ReportJsonTest {

  static final JsonMapper MAPPER = JsonMapper.builder().build();

  static HealthCheck healthCheck;
  static Program program;

  @BeforeAll
  static void load() throws Exception {
    healthCheck = HealthCheck.builder().addRulesFromClasspath("rules/program-rules.drl").build();
    try (InputStream in = ReportJsonTest.class.getClassLoader()
        .getResourceAsStream("samples/minimal-program.json")) {
      program = ProgramJson.read(in);
    }
  }

  @Test
  void programReportsOnSeveralDatesValidate() {
    for (LocalDate asOf = LocalDate.of(2026, 1, 1); asOf.isBefore(LocalDate.of(2027, 1, 1));
        asOf = asOf.plusDays(23)) {
      ProgramReport report = healthCheck.checkAll(program.relationships(), asOf);
      JsonNode tree = MAPPER.readTree(ReportJson.write(report));

      assertThat(Schemas.validate(ReportJson.SCHEMA, tree)).as("as of " + asOf).isEmpty();
      assertThat(tree.get("asOf").stringValue()).isEqualTo(asOf.toString());
      assertThat(tree.at("/summary/findings").asLong()).isEqualTo(report.summary().findings());
    }
  }

  /** The bundled sample, which triggers every built-in rule. */
  static Program fullSample() throws java.io.IOException {
    try (InputStream in = ReportJsonTest.class.getClassLoader()
        .getResourceAsStream("samples/sample-program.json")) {
      return ProgramJson.read(in);
    }
  }

  @Test
  void theReportOfTheFullSampleValidates() throws Exception {
    // The sample triggers every built-in rule, so every kind of evidence is written.
    Program sample = fullSample();
    ProgramReport report = healthCheck.checkAll(sample.relationships(), sample.asOf().orElseThrow());

    JsonNode tree = MAPPER.readTree(ReportJson.write(report));

    assertThat(Schemas.validate(ReportJson.SCHEMA, tree)).isEmpty();
    assertThat(tree.at("/summary/relationships").asInt()).isEqualTo(sample.relationships().size());
  }

  @Test
  void aReportWrittenToAStreamIsTheTextOfItsTree() throws Exception {
    Program sample = fullSample();
    ProgramReport report = healthCheck.checkAll(sample.relationships(), sample.asOf().orElseThrow());
    for (List<Category> only : List.of(List.<Category>of(),
        List.of(Category.VAGUE_GOAL, Category.FIZZLING))) {
      ObjectNode tree = ReportJson.toTree(report, "the sample", only);
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();

      ReportJson.write(report, "the sample", only, out);

      String text = out.toString(java.nio.charset.StandardCharsets.UTF_8);
      assertThat(text).isEqualTo(JsonOutput.pretty(tree)).endsWith("}\n");
      assertThat(Schemas.validate(ReportJson.SCHEMA, MAPPER.readTree(text))).isEmpty();
      // In the order the format gives them, whoever writes the report.
      assertThat(tree.propertyNames()).containsExactlyElementsOf(only.isEmpty()
          ? List.of("formatVersion", "asOf", "program", "summary", "reports")
          : List.of("formatVersion", "asOf", "program", "only", "summary", "reports"));
      assertThat(tree.get("formatVersion").isInt()).isTrue();
      assertThat(tree.at("/summary/findings").asLong()).isEqualTo(report.summary().findings());
      assertThat(tree.at("/summary/byRule").size()).isEqualTo(report.summary().byRule().size());
      assertThat(tree.get("reports").size()).isEqualTo(sample.relationships().size());
    }
  }

  @Test
  void enumerationsAreSpelledAsInProgramFiles() {
    ProgramReport report = healthCheck.checkAll(program.relationships(), LocalDate.of(2026, 4, 15));
    ObjectNode tree = ReportJson.toTree(report, program.name(), Set.of(Category.VAGUE_GOAL,
        Category.AGREEMENT_GAP));

    assertThat(Schemas.validate(ReportJson.SCHEMA, tree)).isEmpty();
    assertThat(tree.get("program").stringValue()).isEqualTo(program.name());
    assertThat(tree.get("only").toString()).isEqualTo("[\"vague-goal\",\"agreement-gap\"]");
    assertThat(tree.at("/summary/byStatus").propertyNames())
        .containsExactly("healthy", "needs-attention", "at-risk");
    assertThat(tree.at("/summary/byCategory").propertyNames()).contains("missed-follow-up");
    JsonNode finding = tree.at("/reports/0/findings/0");
    assertThat(finding.propertyNames()).containsExactly("ruleId", "category", "severity",
        "subject", "message", "evidence", "advice");
    assertThat(finding.get("severity").stringValue()).isEqualTo("critical");
    assertThat(tree.toString()).contains("\"kind\":\"follow-up\"").doesNotContain("AT_RISK",
        "FOLLOW_UP");
  }

  @Test
  void aSingleReportIsAProgramReportOfOne() {
    HealthReport report = healthCheck.check(program.relationships().get(0),
        LocalDate.of(2026, 4, 15));
    JsonNode tree = MAPPER.readTree(ReportJson.write(report));

    assertThat(Schemas.validate(ReportJson.SCHEMA, tree)).isEmpty();
    assertThat(tree.at("/summary/relationships").asInt()).isEqualTo(1);
    assertThat(tree.at("/reports/0/relationshipId").stringValue()).isEqualTo("r-ada-ben");
  }

  @Test
  void evidenceKeepsItsTypesAndOrder() {
    Map<String, Object> evidence = new LinkedHashMap<>();
    evidence.put("daysOverdue", 21);
    evidence.put("ratio", 0.5);
    evidence.put("agreed", true);
    evidence.put("due", "2026-03-01");
    evidence.put("gapsInDays", List.of(14, 21, 30));
    evidence.put("role", Severity.WARNING);
    Finding finding = new Finding("program.example", Category.PROGRAM, Severity.WARNING,
        new Subject(Subject.Kind.FOLLOW_UP, "f1"), "Message.", evidence, "Advice.");
    HealthReport report = HealthReport.of("r-1", LocalDate.of(2026, 4, 15), List.of(finding));

    ObjectNode tree = ReportJson.toTree(report);

    assertThat(Schemas.validate(ReportJson.SCHEMA, tree)).isEmpty();
    assertThat(tree.at("/reports/0/findings/0/evidence").toString()).isEqualTo(
        "{\"daysOverdue\":21,\"ratio\":0.5,\"agreed\":true,\"due\":\"2026-03-01\","
            + "\"gapsInDays\":[14,21,30],\"role\":\"warning\"}");
    assertThat(tree.at("/reports/0/status").stringValue()).isEqualTo("needs-attention");
  }

  @Test
  void theSchemaRefusesWhatTheFormatDoesNotAllow() {
    ProgramReport report = healthCheck.checkAll(program.relationships(), LocalDate.of(2026, 4, 15));
    ObjectNode tree = ReportJson.toTree(report);
    ((ObjectNode) tree.at("/reports/0")).put("status", "AT_RISK");
    ((ObjectNode) tree.at("/reports/0/findings/0")).remove("advice");
    ((ObjectNode) tree.at("/summary")).put("extra", 1);

    List<Problem> problems = Schemas.validate(ReportJson.SCHEMA, tree);

    assertThat(problems).extracting(Problem::path).contains("$.reports[0].status",
        "$.reports[0].findings[0].advice", "$.summary.extra");
  }

  @Test
  void theCatalogueValidatesAndNamesThresholdValues() {
    JsonNode tree = MAPPER.readTree(CatalogueJson.write(healthCheck.catalogue(),
        healthCheck.policy()));

    assertThat(Schemas.validate(CatalogueJson.SCHEMA, tree)).isEmpty();
    assertThat(tree.get("count").asInt()).isEqualTo(healthCheck.catalogue().size());
    assertThat(tree.toString()).contains("\"id\":\"program.introduction-not-made\"",
        "\"key\":\"follow-ups.critical-after-days\",\"value\":\"14\",\"kind\":\"integer\"");
  }
}
