package io.github.mentoring.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mentoring.json.Schemas;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The report and scenario sections of FORMAT.md agree with their schemas. */
class ReportFormatDocumentationTest {

  private static final Path PAGE = Path.of("FORMAT.md");

  @Test
  void theReportExampleIsAValidReport() throws Exception {
    String page = Files.readString(PAGE);
    String section = page.substring(page.indexOf("# The report format"));
    Matcher json = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL).matcher(section);

    assertThat(json.find()).isTrue();
    JsonNode example = JsonMapper.builder().build().readTree(json.group(1));
    assertThat(Schemas.validate(ReportJson.SCHEMA, example)).isEmpty();
  }

  @Test
  void everyPropertyAndValueOfTheReportAndScenarioSchemasIsDocumented() throws Exception {
    String page = Files.readString(PAGE);
    List<String> missing = new ArrayList<>();
    for (String name : List.of(ReportJson.SCHEMA, "scenario")) {
      JsonNode schema = Schemas.document(name);
      schema.path("properties").propertyNames().forEach(p -> {
        if (!page.contains("| `" + p + "` |")) {
          missing.add(name + " " + p);
        }
      });
      schema.path("$defs").properties().forEach(d -> {
        d.getValue().path("properties").propertyNames().forEach(p -> {
          if (!page.contains("`" + p + "`")) {
            missing.add(name + " " + d.getKey() + "." + p);
          }
        });
        d.getValue().path("enum").forEach(v -> {
          if (!page.contains("`" + v.asString() + "`")) {
            missing.add(name + " " + d.getKey() + " value " + v.asString());
          }
        });
      });
    }

    assertThat(missing).isEmpty();
  }
}
