package io.github.mentoring.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.BigIntegerNode;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.DecimalNode;
import tools.jackson.databind.node.DoubleNode;
import tools.jackson.databind.node.IntNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * A valid program is read without the JSON Schema: the reader alone decides, and the schema runs
 * only to describe a document the reader refused. That is sound only if the reader refuses every
 * document the schema refuses. Here both judge every hostile change of a rich program (each value
 * replaced by each kind of wrong value, each member removed, an unknown member added to each
 * object, each list given a repeated or a wrong element, numbers too large for any type), and
 * wherever the schema finds a problem the reader must find one too.
 */
class SchemaAndReaderAgreementTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  static final JsonNode RICH = MAPPER.readTree(ProgramJson.write(SamplePrograms.rich()));

  private static final List<JsonNode> REPLACEMENTS = List.of(
      StringNode.valueOf(""), StringNode.valueOf(" "), StringNode.valueOf("x"),
      StringNode.valueOf("2026-02-30"), StringNode.valueOf("2026-04-15T25:00"),
      StringNode.valueOf("P-1D"), StringNode.valueOf("PT-5M"), StringNode.valueOf("MONDAY"),
      StringNode.valueOf("monday"), IntNode.valueOf(-1), IntNode.valueOf(0),
      IntNode.valueOf(Integer.MAX_VALUE), DoubleNode.valueOf(1.5),
      BigIntegerNode.valueOf(BigInteger.TEN.pow(400)),
      DecimalNode.valueOf(new BigDecimal("1e400")),
      BooleanNode.TRUE, JsonNodeFactory.instance.nullNode(), MAPPER.createObjectNode(),
      MAPPER.createArrayNode());

  @Test
  void theReaderRefusesEveryDocumentTheSchemaRefuses() {
    List<String> missed = new ArrayList<>();
    int schemaRefused = 0;
    int judged = 0;
    List<Leaves.Leaf> nodes = Leaves.all(RICH);
    for (Leaves.Leaf node : nodes.subList(1, nodes.size())) { // every node below the root
      for (JsonNode changed : changesOf(node)) {
        judged++;
        boolean schemaFindsAProblem = Schemas.check(Schemas.PROGRAM, changed, 1).count() > 0;
        if (!schemaFindsAProblem) {
          continue;
        }
        schemaRefused++;
        if (ProgramJson.isVersion(changed, Program.CURRENT_FORMAT_VERSION)
            && ProgramJson.readWithoutSchema((ObjectNode) changed.deepCopy(), 100) != null) {
          missed.add(node.path() + " -> " + Schemas.check(Schemas.PROGRAM, changed, 3).problems());
        }
      }
    }
    assertThat(missed).as("documents the schema refuses and the reader alone accepts").isEmpty();
    assertThat(judged).isGreaterThan(5_000);
    assertThat(schemaRefused).isGreaterThan(judged / 2);
  }

  @Test
  void theReaderAloneAcceptsTheValidProgramsTheSchemaAccepts() {
    for (JsonNode valid : List.of(RICH,
        MAPPER.readTree(ProgramJson.write(new Program(Program.CURRENT_FORMAT_VERSION, "empty",
            java.util.Optional.empty(), List.of()))))) {
      assertThat(Schemas.check(Schemas.PROGRAM, valid, 1).count()).isZero();
      assertThat(ProgramJson.readWithoutSchema((ObjectNode) valid.deepCopy(), 100))
          .isEqualTo(ProgramJson.read(valid));
    }
  }

  /** Every change made to one node of the document, each in a copy of its own. */
  static List<JsonNode> changesOf(Leaves.Leaf node) {
    List<JsonNode> changes = new ArrayList<>();
    for (JsonNode replacement : REPLACEMENTS) {
      if (!replacement.equals(node.value())) {
        changes.add(node.replacedIn(RICH, replacement));
      }
    }
    if (node.value().isObject()) {
      changes.add(node.replacedIn(RICH, ((ObjectNode) node.value().deepCopy())
          .put("unexpected", "member")));
      for (String name : node.value().propertyNames()) {
        changes.add(node.replacedIn(RICH, ((ObjectNode) node.value().deepCopy()).without(name)));
      }
    }
    if (node.value().isArray() && !node.value().isEmpty()) {
      ArrayNode repeated = (ArrayNode) node.value().deepCopy();
      repeated.add(node.value().get(0).deepCopy());
      changes.add(node.replacedIn(RICH, repeated));
      for (JsonNode wrong : List.of(StringNode.valueOf("x"), IntNode.valueOf(1),
          JsonNodeFactory.instance.nullNode(), MAPPER.createArrayNode())) {
        changes.add(node.replacedIn(RICH, ((ArrayNode) node.value().deepCopy()).add(wrong)));
      }
    }
    return changes;
  }
}
