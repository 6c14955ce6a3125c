package io.github.mentoring.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ContainerNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Odd input never crashes the reader: every value of a rich program file, replaced by a value of
 * each JSON type or removed, gives either a program or a {@link ProgramFormatException}.
 */
class ProgramJsonRobustnessTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final List<String> REPLACEMENTS =
      List.of("null", "[]", "{}", "[null]", "[{}]", "0", "-1", "2.5", "1e400", "\"\"", "\" \"",
          "\"x\"", "true");

  @Test
  void everyValueReplacedOrRemovedGivesAProgramOrProblems() {
    JsonNode original = MAPPER.readTree(ProgramJson.write(SamplePrograms.rich()));
    List<String> failures = new ArrayList<>();
    int reads = 0;
    for (Edit edit : edits(original)) {
      for (String replacement : REPLACEMENTS) {
        reads++;
        check(edit.apply(original, MAPPER.readTree(replacement)), edit + " := " + replacement,
            failures);
      }
      if (edit.name != null) {
        reads++;
        check(edit.apply(original, null), edit + " removed", failures);
      }
    }

    assertThat(failures).isEmpty();
    assertThat(reads).isGreaterThan(3000);
  }

  private static void check(JsonNode document, String what, List<String> failures) {
    try {
      ProgramJson.read(document.toString());
    } catch (ProgramFormatException e) {
      if (e.problems().isEmpty() || e.problems().stream().anyMatch(p -> !p.path().startsWith("$"))) {
        failures.add(what + ": bad problems " + e.problems());
      }
    } catch (RuntimeException e) {
      failures.add(what + ": " + e);
      if (failures.size() == 1) {
        e.printStackTrace();
      }
    }
  }

  /** One place in the document: a member of an object or an element of an array. */
  private record Edit(List<Object> parentPath, String name, int index) {

    JsonNode apply(JsonNode original, JsonNode replacement) {
      JsonNode copy = original.deepCopy();
      JsonNode parent = copy;
      for (Object step : parentPath) {
        parent = step instanceof Integer i ? parent.get(i) : parent.get((String) step);
      }
      if (name != null) {
        if (replacement == null) {
          ((ObjectNode) parent).remove(name);
        } else {
          ((ObjectNode) parent).set(name, replacement);
        }
      } else {
        ((ArrayNode) parent).set(index, replacement);
      }
      return copy;
    }

    @Override
    public String toString() {
      return parentPath + (name != null ? "." + name : "[" + index + "]");
    }
  }

  private static List<Edit> edits(JsonNode root) {
    List<Edit> out = new ArrayList<>();
    collect(root, new ArrayList<>(), out);
    return out;
  }

  private static void collect(JsonNode node, List<Object> path, List<Edit> out) {
    if (!(node instanceof ContainerNode<?>)) {
      return;
    }
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> member : node.properties()) {
        out.add(new Edit(List.copyOf(path), member.getKey(), -1));
        List<Object> deeper = new ArrayList<>(path);
        deeper.add(member.getKey());
        collect(member.getValue(), deeper, out);
      }
    } else {
      for (int i = 0; i < node.size(); i++) {
        out.add(new Edit(List.copyOf(path), null, i));
        List<Object> deeper = new ArrayList<>(path);
        deeper.add(i);
        collect(node.get(i), deeper, out);
      }
    }
  }
}
