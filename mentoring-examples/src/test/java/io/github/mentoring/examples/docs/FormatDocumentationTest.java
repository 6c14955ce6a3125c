package io.github.mentoring.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mentoring.json.Program;
import io.github.mentoring.json.ProgramJson;
import io.github.mentoring.json.Schemas;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** FORMAT.md (in the module's folder, the tests' working directory) agrees with the code. */
class FormatDocumentationTest {

  private static final Path PAGE = Path.of("FORMAT.md");

  @Test
  void theExampleIsAValidProgram() throws Exception {
    Matcher json = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(PAGE));

    assertThat(json.find()).isTrue();
    Program example = ProgramJson.read(json.group(1));
    assertThat(example.relationships()).hasSize(1);
  }

  @Test
  void everyPropertyAndEnumerationValueOfTheSchemaIsDocumented() throws Exception {
    String page = Files.readString(PAGE);
    JsonNode schema = Schemas.document(Schemas.PROGRAM);
    List<String> missing = new ArrayList<>();
    schema.path("properties").propertyNames().forEach(p -> {
      if (!page.contains("| `" + p + "` |")) {
        missing.add(p);
      }
    });
    schema.path("$defs").properties().forEach(d -> {
      String type = d.getKey();
      if (d.getValue().has("properties") && !page.contains("### " + type)) {
        missing.add("section " + type);
      }
      d.getValue().path("properties").propertyNames().forEach(p -> {
        if (!page.contains("| `" + p + "` |")) {
          missing.add(type + "." + p);
        }
      });
      d.getValue().path("enum").forEach(v -> {
        if (!page.contains("`" + v.asString() + "`")) {
          missing.add(type + " value " + v.asString());
        }
      });
    });

    assertThat(missing).isEmpty();
  }

  @Test
  void theVersionNamedIsTheCurrentOne() throws Exception {
    assertThat(Files.readString(PAGE))
        .contains("(version " + Program.CURRENT_FORMAT_VERSION + ")")
        .contains("This is version **" + Program.CURRENT_FORMAT_VERSION + "**");
  }
}
