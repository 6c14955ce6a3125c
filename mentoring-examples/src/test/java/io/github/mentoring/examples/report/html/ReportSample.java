package io.github.mentoring.examples.report.html;

import io.github.mentoring.json.Program;
import io.github.mentoring.json.ProgramJson;
import io.github.mentoring.rules.HealthCheck;
import io.github.mentoring.rules.ProgramReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The bundled sample program and its HTML report, as the report tests use them. */
final class ReportSample {

  static final String RESOURCE = "samples/sample-program.json";
  static final JsonMapper MAPPER = JsonMapper.builder().build();

  /** The rules are built once for all the report tests (building them takes seconds). */
  static final HealthCheck HEALTH_CHECK = HealthCheck.withBuiltInRules();

  private ReportSample() {}

  /** The sample program as a JSON tree, to change before reading it. */
  static JsonNode tree() {
    try (InputStream in = ReportSample.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      return MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Program program(JsonNode tree) {
    return ProgramJson.read(MAPPER.writeValueAsString(tree));
  }

  /** The HTML report of a program as of its own check date. */
  static String html(Program program) {
    LocalDate asOf = program.asOf().orElseThrow();
    ProgramReport report = HEALTH_CHECK.checkAll(program.relationships(), asOf);
    return HtmlReport.write(HEALTH_CHECK, program.relationships(), report, program.name(),
        List.of());
  }

  /** The bundled sample's HTML report. */
  static String html() {
    return html(program(tree()));
  }
}
