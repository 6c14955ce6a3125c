package io.github.mentoring.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mentoring.core.model.Relationship;
import io.github.mentoring.core.testing.RelationshipGenerator;
import io.github.mentoring.json.internal.ProgramBinder;
import io.github.mentoring.json.internal.ProgramTreeReader;
import io.github.mentoring.json.internal.ReadContext;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A valid document is bound straight from the parser ({@link ProgramBinder}); anything the binder
 * is not sure of goes to the tree reader, which reports the problems. That is sound only if the
 * binder never accepts what the tree reader refuses, and reads what it accepts as an equal value.
 * Here both read every hostile change of a rich program, and generated valid programs, which the
 * binder must take without falling back.
 */
class BinderAndReaderAgreementTest {

  private static final JsonMapper MAPPER = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();

  @Test
  void whatTheBinderAcceptsTheTreeReaderAcceptsAsAnEqualProgram() {
    List<String> disagreements = new ArrayList<>();
    int bound = 0;
    int refused = 0;
    List<Leaves.Leaf> nodes = Leaves.all(SchemaAndReaderAgreementTest.RICH);
    for (Leaves.Leaf node : nodes.subList(1, nodes.size())) {
      for (JsonNode changed : SchemaAndReaderAgreementTest.changesOf(node)) {
        Program byBinder = ProgramBinder.program(MAPPER.treeAsTokens(changed));
        Program byReader = treeReader((ObjectNode) changed.deepCopy());
        if (byBinder == null) {
          refused++;
        } else {
          bound++;
          if (!byBinder.equals(byReader)) {
            disagreements.add(node.path() + " -> " + (byReader == null ? "refused by the reader"
                : "read differently"));
          }
        }
        // The same document as text, bound from the bytes, and each relationship on its own.
        byte[] text = MAPPER.writeValueAsBytes(changed);
        if (!Objects.equals(ProgramBinder.program(MAPPER.createParser(text)), byBinder)) {
          disagreements.add(node.path() + " -> text and tree bound differently");
        }
        JsonNode relationships = changed.path("relationships");
        for (int i = 0; i < relationships.size(); i++) {
          Relationship one = ProgramBinder.relationship(MAPPER.treeAsTokens(relationships.get(i)));
          if (one != null && (byReader == null
              ? !one.equals(relationshipByReader(relationships.get(i)))
              : !one.equals(byReader.relationships().get(i)))) {
            disagreements.add(node.path() + " -> relationship " + i + " bound differently");
          }
        }
      }
    }
    assertThat(disagreements).as("documents the binder reads unlike the tree reader").isEmpty();
    assertThat(bound + refused).isGreaterThan(5_000);
    assertThat(refused).as("hostile changes the binder leaves to the reader")
        .isGreaterThan(bound);
  }

  @Test
  void readingBytesGivesWhatReadingTheSameTextAsAStreamGives() {
    int compared = 0;
    List<Leaves.Leaf> nodes = Leaves.all(SchemaAndReaderAgreementTest.RICH);
    for (int i = 1; i < nodes.size(); i += 3) {
      for (JsonNode changed : SchemaAndReaderAgreementTest.changesOf(nodes.get(i))) {
        String text = changed.toString();
        assertThat(outcome(() -> ProgramJson.read(text.getBytes(StandardCharsets.UTF_8))))
            .as(nodes.get(i).path()).isEqualTo(outcome(() -> ProgramJson.read(text)));
        compared++;
      }
    }
    String valid = ProgramJson.write(SamplePrograms.rich());
    assertThat(ProgramJson.read(valid.getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(SamplePrograms.rich());
    for (String broken : List.of("", "[]", "{", valid + "x", valid.replace("\"name\"", "\"name\": 1, \"name\""))) {
      assertThat(outcome(() -> ProgramJson.read(broken.getBytes(StandardCharsets.UTF_8))))
          .as(broken.length() > 40 ? broken.substring(0, 40) : broken)
          .isEqualTo(outcome(() -> ProgramJson.read(broken)));
    }
    assertThat(compared).isGreaterThan(1_500);
  }

  /**
   * A large text in memory is refused relationship by relationship rather than as one tree: with
   * the same problems, in the same order and count, as the tree reader gives.
   */
  @Test
  void aLargeBrokenTextInMemoryHasTheTreeReadersProblems() {
    RelationshipGenerator generator = new RelationshipGenerator(20261205L);
    Program program = new Program(Program.CURRENT_FORMAT_VERSION, "large",
        Optional.of(generator.asOf()), generator.list(200));
    String valid = ProgramJson.write(program);
    assertThat(valid.length()).as("large enough to be read as a stream when refused")
        .isGreaterThan(ProgramJson.LARGE_TEXT_BYTES);
    assertThat(ProgramJson.read(valid.getBytes(StandardCharsets.UTF_8))).isEqualTo(program);

    String firstId = program.relationships().get(0).getId();
    String lastId = program.relationships().get(199).getId();
    List<String> broken = List.of(
        valid.replaceFirst("\"status\": \"held\"", "\"status\": \"sleeping\""),
        valid.replace("\"status\": \"held\"", "\"status\": 7"),
        valid.replace("\"id\": \"" + lastId + "\"", "\"id\": \"" + firstId + "\""),
        valid.replaceFirst("\"formatVersion\": 2", "\"formatVersion\": 9"),
        valid.replaceFirst("\"name\": \"large\"", "\"name\": \"large\", \"extra\": true"),
        valid.substring(0, valid.length() / 2),
        valid + " {}");
    for (String text : broken) {
      Object fromBytes = outcome(() -> ProgramJson.read(text.getBytes(StandardCharsets.UTF_8)));
      assertThat(fromBytes).as("refused").isInstanceOf(String.class);
      assertThat(fromBytes).isEqualTo(outcome(() -> ProgramJson.read(text)));
      JsonNode tree = treeOrNull(text);
      if (tree != null) {
        assertThat(fromBytes).isEqualTo(outcome(() -> ProgramJson.read(tree)));
      }
    }
  }

  private static JsonNode treeOrNull(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (RuntimeException e) {
      return null; // no JSON: only the text readers can say so
    }
  }

  /** The program read, or the problems (with their count) that refused it. */
  private static Object outcome(java.util.function.Supplier<Program> read) {
    try {
      return read.get();
    } catch (ProgramFormatException e) {
      return e.problems() + " (" + e.problemCount() + ")";
    }
  }

  @Test
  void theBinderTakesEveryGeneratedValidProgramAsTheReaderDoes() {
    RelationshipGenerator generator = new RelationshipGenerator(20261204L);
    List<Relationship> relationships = generator.list(300);
    Program program = new Program(Program.CURRENT_FORMAT_VERSION, "generated",
        Optional.of(generator.asOf()), relationships);
    String text = ProgramJson.write(program);

    Program bound = ProgramBinder.program(MAPPER.createParser(text));

    assertThat(bound).isEqualTo(program);
    assertThat(treeReader((ObjectNode) MAPPER.readTree(text))).isEqualTo(program);
    for (Relationship relationship : relationships) {
      byte[] one = ProgramJson.writeRelationship(relationship);
      assertThat(ProgramBinder.relationship(MAPPER.createParser(one))).isEqualTo(relationship);
    }
  }

  @Test
  void textThatIsNotExactlyOneValidObjectIsLeftToTheReader() {
    String valid = ProgramJson.writeRelationshipAsString(SamplePrograms.closedEarly());
    List<String> hostile = List.of(
        valid + " {}",                                     // trailing content
        valid + " x",
        valid.substring(0, valid.length() - 1),            // cut short
        valid.replaceFirst("\\{", "{\"id\": \"twice\", "), // a repeated name
        "[" + valid + "]",
        "null",
        "",
        valid.replace("\"formal\"", "\"FORMAL\""));
    assertThat(ProgramBinder.relationship(MAPPER.createParser(valid)))
        .isEqualTo(SamplePrograms.closedEarly());
    for (String text : hostile) {
      assertThat(ProgramBinder.relationship(
          MAPPER.createParser(text.getBytes(StandardCharsets.UTF_8)))).as(text).isNull();
    }
  }

  private static Program treeReader(ObjectNode root) {
    ReadContext context = new ReadContext(List.of(), 100);
    Program program = ProgramTreeReader.read(context, root);
    return context.count() == 0 ? program : null;
  }

  private static Relationship relationshipByReader(JsonNode relationship) {
    ObjectNode wrapper = MAPPER.createObjectNode();
    wrapper.put("formatVersion", Program.CURRENT_FORMAT_VERSION);
    wrapper.put("name", "one relationship");
    wrapper.putArray("relationships").add(relationship.deepCopy());
    Program program = treeReader(wrapper);
    return program == null ? null : program.relationships().get(0);
  }
}
