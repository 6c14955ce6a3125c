package io.github.mentoring.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mentoring.json.Program;
import io.github.mentoring.json.ProgramJson;
import io.github.mentoring.rules.Category;
import io.github.mentoring.rules.HealthCheck;
import io.github.mentoring.rules.HealthReport;
import io.github.mentoring.rules.ProgramReport;
import io.github.mentoring.rules.ProgramSummary;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The report written relationship by relationship is the report written whole, byte for byte. */
class StreamedReportJsonTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 27);
  private static HealthCheck healthCheck;
  private static Program sample;

  @BeforeAll
  static void read() throws IOException {
    healthCheck = HealthCheck.withBuiltInRules();
    try (InputStream in = StreamedReportJsonTest.class.getClassLoader()
        .getResourceAsStream("samples/sample-program.json")) {
      sample = ProgramJson.read(in);
    }
  }

  @AfterAll
  static void close() {
    healthCheck.close();
  }

  @Test
  void theSampleProgramsReportIsTheSameBytesStreamedAsWhole() throws IOException {
    ProgramReport whole = healthCheck.checkAll(sample.relationships(), AS_OF);
    assertThat(whole.summary().findings()).as("a report with findings").isPositive();

    assertThat(streamed(whole.reports(), sample.name(), Set.of()))
        .isEqualTo(JsonOutput.pretty(ReportJson.toTree(whole, sample.name(), Set.of())));
  }

  @Test
  void aReportOfManyMegabytesIsTheSameBytesToo() throws IOException {
    ProgramReport whole = healthCheck.checkAll(sample.relationships(), AS_OF);
    List<HealthReport> many = new ArrayList<>();
    for (int copy = 0; many.size() < 2_000; copy++) {
      for (HealthReport r : whole.reports()) {
        many.add(HealthReport.of(r.relationshipId() + "-" + copy, AS_OF, r.findings()));
      }
    }

    String streamed = streamed(many, "many", Set.of());

    // Copied from the temporary file in several blocks, none lost or repeated.
    assertThat(streamed.length()).isGreaterThan(3 << 20);
    assertThat(streamed).isEqualTo(JsonOutput.pretty(ReportJson.toTree(
        ProgramReport.of(AS_OF, many), "many", Set.of())));
  }

  @Test
  void aReportLimitedToSomeCategoriesIsTheSameBytesToo() throws IOException {
    ProgramReport whole = healthCheck.checkAll(sample.relationships(), AS_OF);
    Set<Category> only = Set.of(Category.MISSED_FOLLOW_UP, Category.FIZZLING);
    ProgramReport limited = ProgramReport.of(AS_OF, whole.reports().stream()
        .map(r -> StreamedReportJson.limited(r, only)).toList());

    assertThat(streamed(whole.reports(), null, only))
        .isEqualTo(JsonOutput.pretty(ReportJson.toTree(limited, null, only)));
  }

  @Test
  void everyKindOfEvidenceValueIsTheSameBytesToo() throws IOException {
    // What a designer rule may put in evidence, odd values included: each written as the tree
    // writes it (numbers as numbers, what is not a number or list as its text).
    java.util.Map<String, Object> evidence = new java.util.LinkedHashMap<>();
    evidence.put("text", "a \"quoted\" line\nbreak \u00e9\u2603");
    evidence.put("int", 3);
    evidence.put("long", Long.MIN_VALUE);
    evidence.put("short", (short) -2);
    evidence.put("byte", (byte) 7);
    evidence.put("big", new java.math.BigInteger("123456789012345678901234567890"));
    evidence.put("decimal", new java.math.BigDecimal("1.50"));
    evidence.put("double", 0.1);
    evidence.put("float", 2.5f);
    evidence.put("nan", Double.NaN);
    evidence.put("infinite", Double.POSITIVE_INFINITY);
    evidence.put("atomic", new java.util.concurrent.atomic.AtomicLong(9));
    evidence.put("flag", false);
    evidence.put("list", List.of(1, "two", List.of(true, 3.5), Category.FIZZLING));
    evidence.put("empty", List.of());
    evidence.put("date", AS_OF);
    evidence.put("enum", io.github.mentoring.rules.Severity.WARNING);
    evidence.put("other", new StringBuilder("built"));
    io.github.mentoring.rules.Finding finding = new io.github.mentoring.rules.Finding("odd-rule",
        Category.FIZZLING, io.github.mentoring.rules.Severity.WARNING,
        new io.github.mentoring.rules.Subject(io.github.mentoring.rules.Subject.Kind.RELATIONSHIP,
            "r-1"), "a message", evidence, "some advice");
    ProgramReport report = ProgramReport.of(AS_OF, List.of(
        HealthReport.of("r-1", AS_OF, List.of(finding)), HealthReport.of("r-2", AS_OF, List.of())));

    assertThat(streamed(report.reports(), "odd", Set.of()))
        .isEqualTo(JsonOutput.pretty(ReportJson.toTree(report, "odd", Set.of())))
        .contains("\"nan\": \"NaN\"", "\"decimal\": 1.50", "\"float\": 2.5");
  }

  @Test
  void theReportOfNoRelationshipsIsTheSameBytesToo() throws IOException {
    ProgramReport none = ProgramReport.of(AS_OF, List.of());

    assertThat(streamed(List.of(), "nobody yet", Set.of()))
        .isEqualTo(JsonOutput.pretty(ReportJson.toTree(none, "nobody yet", Set.of())));
  }

  @Test
  void eachReportIsHandedOnAsItIsWrittenAndTheSummaryCountsThemAll() throws IOException {
    ProgramReport whole = healthCheck.checkAll(sample.relationships(), AS_OF);
    List<HealthReport> seen = new ArrayList<>();

    ProgramSummary summary = StreamedReportJson.write(whole.reports().iterator(), AS_OF, null,
        Set.of(), seen::add, new ByteArrayOutputStream());

    assertThat(seen).isEqualTo(whole.reports());
    assertThat(summary).isEqualTo(whole.summary());
  }

  private static String streamed(List<HealthReport> reports, String name,
      Collection<Category> only) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StreamedReportJson.write(reports.iterator(), AS_OF, name, only, r -> { }, out);
    return out.toString(StandardCharsets.UTF_8);
  }
}
