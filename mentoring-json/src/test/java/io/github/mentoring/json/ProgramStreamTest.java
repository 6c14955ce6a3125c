package io.github.mentoring.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.mentoring.core.model.Relationship;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.IntNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/** A program read relationship by relationship, as a stream. */
class ProgramStreamTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final Program RICH = SamplePrograms.rich();
  private static final JsonNode RICH_TREE = MAPPER.readTree(ProgramJson.write(RICH));

  @Test
  void aStreamHandsOnEveryRelationshipOfAValidProgramInFileOrder() throws IOException {
    List<Relationship> seen = new ArrayList<>();

    long count = ProgramJson.stream(input(ProgramJson.write(RICH)), seen::add);

    assertThat(seen).containsExactlyElementsOf(RICH.relationships());
    assertThat(count).isEqualTo(RICH.relationships().size());
  }

  @Test
  void theProgramsOwnFieldsAreKnownBeforeItsRelationships() {
    try (ProgramStream stream = ProgramJson.open(input(ProgramJson.write(RICH)), "rich")) {
      assertThat(stream.name()).contains(RICH.name());
      assertThat(stream.asOf()).isEqualTo(RICH.asOf());
      assertThat(stream.relationships()).hasSize(RICH.relationships().size());
      assertThatThrownBy(stream::relationships).isInstanceOf(IllegalStateException.class);
    }
  }

  @Test
  void aBrokenRelationshipIsLeftOutAndEveryProblemComesAtTheEndWithItsPath() {
    ObjectNode broken = (ObjectNode) RICH_TREE.deepCopy();
    ((ObjectNode) broken.get("relationships").get(0)).put("phase", "activ");
    ((ObjectNode) broken.get("relationships").get(0)).remove("mentee");
    List<Relationship> seen = new ArrayList<>();

    ProgramFormatException e = catchThrowableOfType(ProgramFormatException.class,
        () -> ProgramJson.stream(input(broken.toString()), seen::add));

    assertThat(seen).as("the valid relationships after the broken one")
        .containsExactlyElementsOf(RICH.relationships().subList(1, RICH.relationships().size()));
    assertThat(e.problems()).extracting(Problem::path)
        .containsExactly("$.relationships[0].mentee", "$.relationships[0].phase");
    assertThat(e.problems()).isEqualTo(problemsOfTheWholeTree(broken));
  }

  @Test
  void aProgramThatGivesItsVersionAfterItsRelationshipsIsStillRead() {
    String relationships = RICH_TREE.get("relationships").toString();
    String json = "{\"relationships\": " + relationships + ", \"name\": \"late\", "
        + "\"asOf\": \"2026-04-15\", \"formatVersion\": 2}";

    Program program = ProgramJson.read(json);

    assertThat(program.relationships()).containsExactlyElementsOf(RICH.relationships());
    assertThat(program.name()).isEqualTo("late");
  }

  @Test
  void theFirstRelationshipArrivesBeforeTheInputHasBeenReadToItsEnd() throws IOException {
    int relationships = 2_000;
    CountingInput in = new CountingInput(generated(relationships));
    long[] readWhenFirstArrived = {-1};

    long count = ProgramJson.stream(in, r -> {
      if (readWhenFirstArrived[0] < 0) {
        readWhenFirstArrived[0] = in.read;
      }
    });

    assertThat(count).isEqualTo(relationships);
    assertThat(readWhenFirstArrived[0]).isPositive().isLessThan(in.read / 10);
  }

  /**
   * Relationships still being checked when the stream is closed are left unchecked; a caller
   * that goes on taking after closing gets those already made, then an exception or the end,
   * and never waits forever on one nobody will check.
   */
  @Test
  @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void takingAfterCloseNeverWaitsForever() {
    ProgramStream stream = ProgramJson.open(generated(2_000), "generated");
    java.util.Iterator<Relationship> relationships = stream.relationships().iterator();
    assertThat(relationships.next()).isNotNull();
    stream.close();

    int taken = 1;
    try {
      while (relationships.hasNext()) {
        relationships.next();
        taken++;
      }
    } catch (IllegalStateException | ProgramFormatException | java.io.UncheckedIOException e) {
      // the stream ended as closed: what matters is that it ended
    }
    assertThat(taken).isLessThan(2_000);
  }

  /**
   * The streaming reader and the reader of a whole tree (the same checks, over the whole
   * document at once) agree on every hostile change of every value of a rich program: the same
   * problems, in the same order, or both accept.
   */
  @Test
  void theStreamingReaderAndTheWholeTreeReaderAgreeOnEveryChangedValue() {
    List<JsonNode> replacements = List.of(StringNode.valueOf(""), StringNode.valueOf("x"),
        IntNode.valueOf(-1), BooleanNode.TRUE, MAPPER.createObjectNode(),
        MAPPER.createArrayNode(), MAPPER.nullNode(), StringNode.valueOf("2026-02-30"));
    int refused = 0;
    int compared = 0;
    List<Leaves.Leaf> leaves = Leaves.of(RICH_TREE);
    for (int i = 0; i < leaves.size(); i++) {
      Leaves.Leaf leaf = leaves.get(i);
      // three changes a value, in turn, so that every kind of change meets every kind of field
      for (JsonNode replacement : List.of(replacements.get(i % 8), replacements.get((i + 3) % 8),
          replacements.get((i + 5) % 8))) {
        JsonNode changed = leaf.replacedIn(RICH_TREE, replacement);
        List<Problem> whole = problemsOfTheWholeTree(changed);
        List<Problem> streamed = problemsOfTheStream(changed.toString());
        assertThat(streamed).as("%s = %s", leaf.path(), replacement).isEqualTo(whole);
        compared++;
        refused += whole.isEmpty() ? 0 : 1;
      }
    }
    assertThat(compared).isGreaterThan(300);
    assertThat(refused).isGreaterThan(compared / 2);
  }

  @Test
  void theReadersAgreeOnDuplicateIdsAndOnRelationshipsThatAreNoObjects() {
    ArrayNode relationships = (ArrayNode) RICH_TREE.get("relationships");
    ObjectNode twice = (ObjectNode) RICH_TREE.deepCopy();
    ((ArrayNode) twice.get("relationships")).add(relationships.get(0).deepCopy())
        .add(3).add("x").addNull();

    assertThat(problemsOfTheStream(twice.toString())).isNotEmpty()
        .isEqualTo(problemsOfTheWholeTree(twice));
  }

  @Test
  void aDocumentCutShortIsOneProblemAtTheRoot() {
    String json = ProgramJson.write(RICH);
    String cut = json.substring(0, json.length() / 2);

    ProgramFormatException e = catchThrowableOfType(ProgramFormatException.class,
        () -> ProgramJson.stream(input(cut), r -> { }));

    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("$");
      assertThat(p.message()).contains("not valid JSON");
    });
  }

  /**
   * The document's parser copies a relationship's tokens and a checking thread binds it from
   * them: text that is no JSON inside a relationship is still one problem at the root, with the
   * same message and place as when the document is parsed whole, whether the fault is on the
   * first line of the relationship or further down, and the relationships before it are handed
   * on. (Faults in a string's bytes are among them: a parser that only skipped over the text
   * would word some of those otherwise.)
   */
  @Test
  void textThatIsNoJsonInsideARelationshipIsReportedAsWhenTheDocumentIsParsedWhole() {
    String pretty = ProgramJson.write(RICH);
    String compact = RICH_TREE.toString();
    List<byte[]> faults = List.of(
        bytes("\"for\\qmal\""),                  // an escape that does not exist
        bytes("\"for\tmal\""),                    // a raw tab inside a string
        new byte[] {'"', 'f', (byte) 0xC3, '(', '"'}, // a broken UTF-8 sequence
        new byte[] {'"', 'f', (byte) 0xC0, (byte) 0xAF, '"'}, // an overlong one
        new byte[] {'"', 'f', (byte) 0xFF, '"'},     // a byte UTF-8 never uses
        bytes("007"),                                // a number with leading zeros
        bytes("formal"),                             // no quotes
        bytes("\"formal\", \"kind\": \"formal\""),   // a name twice
        bytes("\"formal\",}"),                      // a comma before the end
        new byte[] {'"', 'f', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"'}, // a surrogate
        new byte[] {'"', (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80, '"'}); // > U+10FFFF
    int compared = 0;
    for (String document : List.of(pretty, compact)) {
      for (byte[] fault : faults) {
        // in place of the second relationship's id, its first member
        byte[] text = replaceFirst(document.getBytes(StandardCharsets.UTF_8),
            MAPPER.writeValueAsBytes(RICH.relationships().get(1).getId()), fault);
        List<Problem> whole;
        try {
          JsonInput.parseObject(text, "JSON text", "a program");
          whole = List.of();
        } catch (ProgramFormatException e) {
          whole = e.problems();
        }
        List<Relationship> handedOn = new ArrayList<>();
        ProgramFormatException streamed = catchThrowableOfType(ProgramFormatException.class,
            () -> ProgramJson.stream(new ByteArrayInputStream(text), handedOn::add));
        assertThat(whole).as(new String(fault, StandardCharsets.ISO_8859_1)).hasSize(1);
        assertThat(streamed).as(new String(fault, StandardCharsets.ISO_8859_1)).isNotNull();
        assertThat(streamed.problems()).as(new String(fault, StandardCharsets.ISO_8859_1))
            .isEqualTo(whole);
        // the fault is in the second relationship: the first was handed on
        assertThat(handedOn).extracting(Relationship::getId)
            .containsExactly(RICH.relationships().get(0).getId());
        compared++;
      }
    }
    assertThat(compared).isEqualTo(22);
  }

  @Test
  void aProgramInUtf16OrWithAByteOrderMarkIsReadAsInUtf8() throws IOException {
    String json = ProgramJson.write(RICH);
    byte[] utf8 = json.getBytes(StandardCharsets.UTF_8);
    byte[] marked = new byte[utf8.length + 3];
    marked[0] = (byte) 0xEF;
    marked[1] = (byte) 0xBB;
    marked[2] = (byte) 0xBF;
    System.arraycopy(utf8, 0, marked, 3, utf8.length);

    for (byte[] text : List.of(json.getBytes(StandardCharsets.UTF_16BE),
        json.getBytes(StandardCharsets.UTF_16LE), marked)) {
      assertThat(ProgramJson.read(new ByteArrayInputStream(text))).isEqualTo(RICH);
    }
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** The text with the first occurrence of {@code what} replaced. */
  private static byte[] replaceFirst(byte[] text, byte[] what, byte[] with) {
    int found = -1;
    for (int i = 0; i + what.length <= text.length && found < 0; i++) {
      if (Arrays.equals(text, i, i + what.length, what, 0, what.length)) {
        found = i;
      }
    }
    assertThat(found).as("an occurrence").isNotNegative();
    byte[] out = new byte[text.length - what.length + with.length];
    System.arraycopy(text, 0, out, 0, found);
    System.arraycopy(with, 0, out, found, with.length);
    System.arraycopy(text, found + what.length, out, found + with.length,
        text.length - found - what.length);
    return out;
  }

  private static List<Problem> problemsOfTheWholeTree(JsonNode document) {
    try {
      ProgramJson.readTree((ObjectNode) document.deepCopy(), "JSON text");
      return List.of();
    } catch (ProgramFormatException e) {
      return e.problems();
    }
  }

  private static List<Problem> problemsOfTheStream(String json) {
    try {
      ProgramJson.read(json);
      return List.of();
    } catch (ProgramFormatException e) {
      return e.problems();
    }
  }

  private static InputStream input(String json) {
    return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
  }

  /** A program of many copies of one relationship, each with its own id, made as it is read. */
  private static InputStream generated(int count) {
    ObjectNode template = (ObjectNode) RICH_TREE.get("relationships").get(0);
    Stream<String> parts = Stream.concat(Stream.concat(
        Stream.of("{\"formatVersion\": 2, \"name\": \"many\", \"relationships\": ["),
        java.util.stream.IntStream.range(0, count).mapToObj(i -> {
          ObjectNode copy = template.deepCopy();
          copy.put("id", "r" + i);
          return (i == 0 ? "" : ",") + copy;
        })), Stream.of("]}"));
    java.util.Iterator<String> it = parts.iterator();
    return new java.io.SequenceInputStream(new java.util.Enumeration<>() {
      @Override
      public boolean hasMoreElements() {
        return it.hasNext();
      }

      @Override
      public InputStream nextElement() {
        return input(it.next());
      }
    });
  }

  /** Counts the bytes read through it. */
  private static final class CountingInput extends java.io.FilterInputStream {
    long read;

    CountingInput(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      read += b < 0 ? 0 : 1;
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      read += Math.max(n, 0);
      return n;
    }
  }
}
