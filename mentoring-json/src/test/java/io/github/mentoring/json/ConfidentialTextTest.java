package io.github.mentoring.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * No problem message repeats the text of a value: a client who sends meeting notes, feedback or
 * a progress update where a number, a date or an enumeration value belongs, or under a field the
 * format does not know, must not find that text in a 400 answer or a log. A marker is put in
 * every such place and no message may contain it. Ids may be named (they are how a problem is
 * found), so they are left alone.
 */
class ConfidentialTextTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  /** A one-word marker (echoed text need not be prose) and a sentence. */
  private static final List<String> MARKERS = List.of("Zq7burnoutX",
      "Zq7 told me about her burnout and the divorce");

  /** The fields the model's Javadoc calls confidential, by their JSON names. */
  private static final Set<String> CONFIDENTIAL = Set.of("notes", "note", "wants", "brings",
      "expects", "useful", "nextSteps", "beforeNextTime", "changeNextTime", "workedBest",
      "mostChallenging", "doDifferently", "description", "confidentiality");

  /** Fields whose values are ids or names, which messages may quote. */
  private static final Set<String> IDS = Set.of("id", "owner", "fromMeeting", "replaces", "name");

  private static final JsonNode RICH = MAPPER.readTree(ProgramJson.write(SamplePrograms.rich()));

  @Test
  void theRichSampleHasEveryConfidentialField() {
    Set<String> fields = new java.util.TreeSet<>();
    Leaves.of(RICH).forEach(l -> fields.add(l.field()));
    assertThat(fields).containsAll(CONFIDENTIAL);
  }

  @Test
  void noMessageRepeatsTextPutWhereAnotherKindOfValueBelongs() {
    List<String> echoes = new ArrayList<>();
    int reads = 0;
    for (Leaves.Leaf leaf : Leaves.of(RICH, l -> !IDS.contains(l.field()))) {
      // The two markers take turns: each kind of field meets both, at half the reads.
      String marker = MARKERS.get(reads++ % MARKERS.size());
      echoes.addAll(echoes(leaf.replacedIn(RICH, StringNode.valueOf(marker)), marker,
          leaf.path()));
    }
    assertThat(reads).isGreaterThan(100);
    assertThat(echoes).isEmpty();
  }

  @Test
  void noMessageRepeatsTheValueOfAnUnknownField() {
    List<String> echoes = new ArrayList<>();
    for (Leaves.Leaf object : Leaves.objects(RICH)) {
      for (String marker : MARKERS) {
        JsonNode copy = RICH.deepCopy();
        JsonNode target = copy;
        for (Object step : object.steps()) {
          target = step instanceof Integer i ? target.get(i) : target.get((String) step);
        }
        // Misspelt confidential fields are the likeliest unknown fields.
        ((ObjectNode) target).put("notez", marker);
        ((ObjectNode) target).set("feedbak", MAPPER.createArrayNode().add(marker)
            .add(MAPPER.createObjectNode().put("x", marker)));
        echoes.addAll(echoes(copy, marker, object.path()));
      }
    }
    assertThat(echoes).isEmpty();
  }

  @Test
  void noModelRuleBrokenByConfidentialTextRepeatsIt() {
    // Every confidential text carries the marker, and every enumeration value and flag is set
    // to each other value it may take, so that the model's cross-field rules (wrap-ups only on
    // held meetings, an early-end reason only when ended early, ...) fire around the marker.
    String marker = MARKERS.get(1);
    JsonNode marked = RICH;
    for (Leaves.Leaf leaf : Leaves.of(RICH, l -> CONFIDENTIAL.contains(l.field()))) {
      marked = leaf.replacedIn(marked, StringNode.valueOf(marker + " " + leaf.path()));
    }
    ProgramJson.read(marked.toString()); // still a valid program

    List<String> echoes = new ArrayList<>();
    int broken = 0;
    for (Leaves.Leaf leaf : Leaves.of(marked, l -> l.value().isBoolean()
        || l.value().isString() && isEnumerationValue(l.value().stringValue()))) {
      for (JsonNode other : alternatives(leaf)) {
        JsonNode changed = leaf.replacedIn(marked, other);
        try {
          ProgramJson.read(changed.toString());
        } catch (ProgramFormatException e) {
          broken++;
          e.problems().stream().filter(p -> p.message().contains("Zq7"))
              .forEach(p -> echoes.add(leaf.path() + " = " + other + ": " + p));
        }
      }
    }
    assertThat(broken).as("model rules broken").isGreaterThan(10);
    assertThat(echoes).isEmpty();
  }

  @Test
  void noParserMessageRepeatsUnquotedText() {
    for (String marker : MARKERS) {
      String json = "{\"formatVersion\": 1, \"name\": \"p\", \"relationships\": [{\"notes\": "
          + marker + "}]}";
      assertThat(echoes(json, marker, "unquoted")).isEmpty();
      String embedded = "{\"relationship\": {\"notes\": " + marker + "}}";
      try {
        JsonInput.parseObject(embedded.getBytes(StandardCharsets.UTF_8), "body",
            "a JSON object is expected");
      } catch (ProgramFormatException e) {
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.message()).doesNotContain("Zq7"));
      }
    }
  }

  @Test
  void relationshipsReadAloneDoNotRepeatTextEither() {
    String marker = MARKERS.get(1);
    JsonNode relationship = RICH.get("relationships").get(0);
    for (Leaves.Leaf leaf : Leaves.of(relationship, l -> !IDS.contains(l.field()))) {
      JsonNode changed = leaf.replacedIn(relationship, StringNode.valueOf(marker));
      try {
        ProgramJson.readRelationship(changed.toString());
      } catch (ProgramFormatException e) {
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.message()).doesNotContain("Zq7"));
        assertThat(e.getMessage()).doesNotContain("Zq7");
      }
    }
  }

  private static boolean isEnumerationValue(String text) {
    return text.matches("[a-z]+(-[a-z]+)*") && !text.equals("ada") && !text.equals("ben");
  }

  /** The other values an enumeration value or flag may take, from the schema's enumerations. */
  private static List<JsonNode> alternatives(Leaves.Leaf leaf) {
    if (leaf.value().isBoolean()) {
      return List.of(MAPPER.getNodeFactory().booleanNode(!leaf.value().booleanValue()));
    }
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode definition : Schemas.document(Schemas.PROGRAM).path("$defs")) {
      List<String> values = new ArrayList<>();
      definition.path("enum").forEach(v -> values.add(v.asString()));
      if (values.contains(leaf.value().stringValue())) {
        values.stream().filter(v -> !v.equals(leaf.value().stringValue()))
            .forEach(v -> out.add(StringNode.valueOf(v)));
      }
    }
    return out;
  }

  private static List<String> echoes(JsonNode document, String marker, String where) {
    return echoes(document.toString(), marker, where);
  }

  private static List<String> echoes(String json, String marker, String where) {
    try {
      ProgramJson.read(json);
      return List.of();
    } catch (ProgramFormatException e) {
      List<String> out = new ArrayList<>();
      e.problems().stream().filter(p -> p.message().contains("Zq7"))
          .forEach(p -> out.add(where + ": " + p));
      if (e.getMessage().replace(e.source(), "").contains(marker) && out.isEmpty()) {
        out.add(where + ": the exception message repeats the marker");
      }
      return out;
    }
  }
}
