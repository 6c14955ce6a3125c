package io.github.mentoring.json;

import io.github.mentoring.json.internal.JsonValues;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.mentoring.core.model.Relationship;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ProgramSchemaTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final JsonNode SCHEMA = Schemas.document(Schemas.PROGRAM);

  @Test
  void theSchemaIsAValidDraft202012Schema() {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    var metaSchema = registry.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));

    assertThat(metaSchema.validate(SCHEMA)).isEmpty();
    assertThat(SCHEMA.path("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(SCHEMA.path("$id").asString()).isEqualTo(Schemas.id(Schemas.PROGRAM));
  }

  @Test
  void eachObjectDefinitionHasExactlyTheModelTypesProperties() {
    definitions().forEach((name, definition) -> {
      if ("object".equals(definition.path("type").asString(""))) {
        assertThat(ModelProperties.isModelType(name)).as("model type %s", name).isTrue();
        assertThat(new TreeSet<>(definition.path("properties").propertyNames()))
            .as("properties of %s", name)
            .containsExactlyElementsOf(ModelProperties.of(name));
        assertThat(definition.path("additionalProperties").isBoolean()
            && !definition.path("additionalProperties").booleanValue())
            .as("%s refuses unknown fields", name).isTrue();
      }
    });
  }

  @Test
  void everyModelTypeHasADefinition() throws Exception {
    Set<String> modelTypes = new TreeSet<>();
    Path location = Path.of(Relationship.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    String folder = ModelProperties.MODEL_PACKAGE.replace('.', '/') + "/";
    List<String> entries = new ArrayList<>();
    if (Files.isDirectory(location)) {
      try (Stream<Path> files = Files.list(location.resolve(folder))) {
        files.forEach(f -> entries.add(folder + f.getFileName()));
      }
    } else {
      try (ZipFile jar = new ZipFile(location.toFile())) {
        jar.stream().forEach(e -> entries.add(e.getName()));
      }
    }
    for (String entry : entries) {
      String file = entry.startsWith(folder) ? entry.substring(folder.length()) : "";
      // every model type has its own builder, X.Builder; the generated implementation is hidden
      String builder = "$Builder.class";
      if (file.endsWith(builder) && file.indexOf('$') == file.length() - builder.length()
          && !file.startsWith("Immutable")) {
        modelTypes.add(file.substring(0, file.length() - builder.length()));
      }
    }

    assertThat(modelTypes).isNotEmpty();
    assertThat(definitions().keySet()).containsAll(modelTypes);
  }

  @Test
  void eachEnumerationDefinitionListsEveryConstantInTheFormatsSpelling() throws Exception {
    int checked = 0;
    for (Map.Entry<String, JsonNode> d : definitions().entrySet()) {
      if (d.getValue().has("enum")) {
        Class<?> type = d.getKey().equals("DayOfWeek") ? java.time.DayOfWeek.class
            : Class.forName(ModelProperties.MODEL_PACKAGE + "." + d.getKey());
        @SuppressWarnings("unchecked")
        List<String> expected = JsonValues.enumNames((Class<? extends Enum<?>>) type);
        List<String> listed = new ArrayList<>();
        d.getValue().path("enum").forEach(v -> listed.add(v.asString()));
        assertThat(listed).as(d.getKey()).containsExactlyElementsOf(expected);
        checked++;
      }
    }
    assertThat(checked).isEqualTo(12);
  }

  @Test
  void everyDefinitionAndPropertyIsDescribed() {
    List<String> undescribed = new ArrayList<>();
    check("$", SCHEMA, undescribed);
    definitions().forEach((name, definition) -> check("$defs/" + name, definition, undescribed));

    assertThat(undescribed).isEmpty();
  }

  private static void check(String where, JsonNode schema, List<String> undescribed) {
    if (!schema.path("description").isString()) {
      undescribed.add(where);
    }
    schema.path("properties").properties().forEach(p -> {
      if (!p.getValue().path("description").isString()) {
        undescribed.add(where + "/" + p.getKey());
      }
    });
  }

  @Test
  void validationReportsPlainMessagesAtJsonPaths() {
    JsonNode instance = MAPPER.readTree("""
        {"formatVersion": 2, "name": " ", "relationships": [{"id": "r", "kind": "formal",
         "mentor": {"id": 3}, "mentr": true}]}""");

    List<Problem> problems = Schemas.validate(Schemas.PROGRAM, instance);

    assertThat(problems).extracting(Problem::toString).containsExactly(
        "$.name: must not be blank",
        "$.relationships[0].mentee: is required but missing",
        "$.relationships[0].phase: is required but missing",
        "$.relationships[0].startDate: is required but missing",
        "$.relationships[0].mentor.id: must be a string, found the number 3",
        "$.relationships[0].mentr: unknown field; did you mean \"mentor\"?");
  }

  @Test
  void schemasAreFoundByNameOnly() {
    assertThat(Schemas.resourceName("program")).isEqualTo("schemas/program.schema.json");
    assertThat(Schemas.resourceName("program.schema.json")).isEqualTo("schemas/program.schema.json");
    assertThat(Schemas.id("program")).isEqualTo(
        URI.create(Schemas.ID_PREFIX).resolve("program.schema.json").toString());
    assertThatThrownBy(() -> Schemas.document("no-such-format"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("schemas/no-such-format.schema.json");
    assertThatThrownBy(() -> Schemas.validate("../secret", MAPPER.readTree("{}")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a schema name");
    assertThatThrownBy(() -> Schemas.document("Program"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theSchemaDocumentHandedOutIsACopy() {
    ((tools.jackson.databind.node.ObjectNode) Schemas.document(Schemas.PROGRAM)).removeAll();

    assertThat(Schemas.document(Schemas.PROGRAM).path("$defs").size()).isGreaterThan(30);
  }

  private static Map<String, JsonNode> definitions() {
    Map<String, JsonNode> out = new java.util.TreeMap<>();
    SCHEMA.path("$defs").properties().forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }
}
