package io.github.mentoring.json;

import io.github.mentoring.json.internal.JsonPaths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The values of a JSON document that are not objects or arrays, each with its JSON path and the
 * steps to it, so that a test can replace one and read the document again.
 */
final class Leaves {

  private Leaves() {}

  /**
   * One value of a document.
   *
   * @param path its JSON path, e.g. {@code $.relationships[0].meetings[1].status}
   * @param steps the member names (strings) and indexes (integers) from the root to it
   * @param value the value
   */
  record Leaf(String path, List<Object> steps, JsonNode value) {

    /** The name of the member holding the value, or of the array holding it. */
    String field() {
      for (int i = steps.size() - 1; i >= 0; i--) {
        if (steps.get(i) instanceof String name) {
          return name;
        }
      }
      return "";
    }

    /** A copy of the document with this value replaced. */
    JsonNode replacedIn(JsonNode root, JsonNode replacement) {
      JsonNode copy = root.deepCopy();
      JsonNode parent = copy;
      for (Object step : steps.subList(0, steps.size() - 1)) {
        parent = step instanceof Integer i ? parent.get(i) : parent.get((String) step);
      }
      Object last = steps.get(steps.size() - 1);
      if (last instanceof Integer i) {
        ((ArrayNode) parent).set(i, replacement);
      } else {
        ((ObjectNode) parent).set((String) last, replacement);
      }
      return copy;
    }
  }

  /** Every node of the document (objects, arrays and other values), the root first, in order. */
  static List<Leaf> all(JsonNode root) {
    List<Leaf> out = new ArrayList<>();
    collect(root, "$", new ArrayList<>(), out);
    return out;
  }

  /** Every value of the document that is not an object or an array, in document order. */
  static List<Leaf> of(JsonNode root) {
    return all(root).stream().filter(l -> !l.value().isObject() && !l.value().isArray()).toList();
  }

  /** Every value of the document that passes the test. */
  static List<Leaf> of(JsonNode root, Predicate<Leaf> test) {
    return of(root).stream().filter(test).toList();
  }

  /** The paths of every object of the document, with their steps. */
  static List<Leaf> objects(JsonNode root) {
    return all(root).stream().filter(l -> l.value().isObject()).toList();
  }

  /** The names of the properties of the program schema's definitions whose schema passes. */
  static Set<String> schemaProperties(Predicate<JsonNode> test) {
    JsonNode schema = Schemas.document(Schemas.PROGRAM);
    Set<String> names = new TreeSet<>();
    List<JsonNode> owners = new ArrayList<>();
    owners.add(schema);
    schema.path("$defs").forEach(owners::add);
    for (JsonNode owner : owners) {
      for (Map.Entry<String, JsonNode> p : owner.path("properties").properties()) {
        JsonNode property = p.getValue();
        if (test.test(property) || property.path("type").asString("").equals("array")
            && test.test(property.path("items"))) {
          names.add(p.getKey());
        }
      }
    }
    return names;
  }

  private static void collect(JsonNode node, String path, List<Object> steps, List<Leaf> out) {
    out.add(new Leaf(path, List.copyOf(steps), node));
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> member : node.properties()) {
        List<Object> deeper = new ArrayList<>(steps);
        deeper.add(member.getKey());
        collect(member.getValue(), JsonPaths.member(path, member.getKey()), deeper, out);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        List<Object> deeper = new ArrayList<>(steps);
        deeper.add(i);
        collect(node.get(i), JsonPaths.element(path, i), deeper, out);
      }
    }
  }
}
