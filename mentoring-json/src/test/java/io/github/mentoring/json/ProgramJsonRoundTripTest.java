package io.github.mentoring.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ProgramJsonRoundTripTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  @Test
  void writeThenReadGivesAnEqualProgram() {
    Program original = SamplePrograms.rich();

    Program read = ProgramJson.read(ProgramJson.write(original));

    assertThat(read).isEqualTo(original);
    assertThat(read.relationships()).containsExactlyElementsOf(original.relationships());
  }

  @Test
  void writingIsStable() {
    String once = ProgramJson.write(SamplePrograms.rich());

    assertThat(ProgramJson.write(ProgramJson.read(once))).isEqualTo(once);
  }

  @Test
  void anEmptyProgramRoundTrips() {
    Program empty = Program.of("nobody yet", List.of());

    String json = ProgramJson.write(empty);

    assertThat(ProgramJson.read(json)).isEqualTo(empty);
    assertThat(MAPPER.readTree(json).path("relationships").isArray()).isTrue();
    assertThat(MAPPER.readTree(json).has("asOf")).isFalse();
  }

  @Test
  void whatIsWrittenMatchesTheSchema() {
    JsonNode written = MAPPER.readTree(ProgramJson.write(SamplePrograms.rich()));

    assertThat(Schemas.validate(Schemas.PROGRAM, written)).isEmpty();
  }

  @Test
  void valuesAreSpeltAsTheFormatSays() {
    String json = ProgramJson.write(SamplePrograms.rich());

    assertThat(json)
        .contains("\"formatVersion\": 2,")
        .contains("\"thankedBy\": [", "\"replaces\": \"m2\"",
            "\"resource-shared\"", "\"raisedThrough\": \"video\"", "\"droppedOn\": \"2026-01-20\"",
            "\"achievedOn\": \"2026-01-27\"", "\"setOn\": \"2025-09-16\"",
            "\"phaseSince\": \"2026-02-10\"")
        .contains("\"kind\": \"formal\"", "\"phase\": \"continuing-informally\"")
        .contains("\"status\": \"no-show\"", "\"noShowBy\": \"mentee\"")
        .contains("\"in-person\"", "\"promotion-or-move\"", "\"closed-on-purpose\"",
            "\"on-track\"", "\"day\": \"sunday\"")
        .contains("\"meetingFrequency\": \"P2W\"", "\"plannedLength\": \"P6M\"",
            "\"meetingFrequency\": \"P1Y1M15D\"", "\"frequency\": \"P3M\"")
        .contains("\"minimumNotice\": \"PT24H\"", "\"leadTime\": \"PT1H30M\"")
        .contains("\"startDate\": \"2025-09-01\"", "\"scheduledAt\": \"2025-09-02T10:00\"",
            "\"actualStart\": \"2025-09-02T10:07:30\"", "\"sentAt\": \"2025-08-31T18:45:12.500\"",
            "\"from\": \"17:00:15\"")
        .doesNotContain("null", "NO_SHOW", "\"isEndedEarly\"", "\"endedEarly\"",
            "\"acknowledged\"")
        .endsWith("}\n")
        .doesNotContain("\r");
  }

  @Test
  void readsAndWritesFilesAndStreams(@TempDir Path folder) throws Exception {
    Program original = SamplePrograms.rich();
    Path file = folder.resolve("program.json");

    ProgramJson.write(original, file);

    assertThat(ProgramJson.read(file)).isEqualTo(original);
    byte[] bytes = Files.readAllBytes(file);
    assertThat(ProgramJson.read(new ByteArrayInputStream(bytes))).isEqualTo(original);
    assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("Zoë O'Brien-Ñúñez");
  }

  /** The round trip proves something only if the samples use every property of every model type. */
  @Test
  void theSamplesSetEveryPropertyOfEveryModelType() {
    Set<String> expected = new TreeSet<>();
    Set<String> set = new TreeSet<>();
    Set<String> types = new TreeSet<>();
    SamplePrograms.rich().relationships().forEach(r -> visit(r, expected, set, types));

    assertThat(set).containsExactlyElementsOf(expected);
    Set<String> objectDefinitions = new TreeSet<>();
    Schemas.document(Schemas.PROGRAM).path("$defs").properties().forEach(d -> {
      if ("object".equals(d.getValue().path("type").asString(""))) {
        objectDefinitions.add(d.getKey());
      }
    });
    assertThat(types).containsExactlyElementsOf(objectDefinitions);
  }

  private static void visit(Object model, Set<String> expected, Set<String> set, Set<String> types) {
    String type = ModelProperties.typeOf(model);
    if (!ModelProperties.isModelType(type)) {
      return;
    }
    types.add(type);
    for (String property : ModelProperties.of(type)) {
      expected.add(type + "." + property);
      Object value = ModelProperties.value(model, property);
      boolean present = value instanceof Optional<?> o ? o.isPresent()
          : value instanceof Collection<?> c ? !c.isEmpty()
          : value instanceof Boolean b ? b
          : value != null;
      if (present) {
        set.add(type + "." + property);
      }
      if (value instanceof Optional<?> o) {
        o.ifPresent(v -> visit(v, expected, set, types));
      } else if (value instanceof Collection<?> c) {
        c.forEach(v -> visit(v, expected, set, types));
      } else if (value != null) {
        visit(value, expected, set, types);
      }
    }
  }
}
