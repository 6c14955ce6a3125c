package io.github.mentoring.examples.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.function.Consumer;
import io.github.mentoring.json.ProgramJson;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.util.TokenBuffer;

/**
 * What the report, catalogue and problem writers share: the JSON spelling of enumeration values
 * and the pretty printer. Thread-safe.
 */
public final class JsonOutput {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  // The same layout as program files, so that reports and programs diff and read alike.
  private static final ObjectWriter PRETTY = MAPPER.writer().with(ProgramJson.layout());

  private static final ObjectWriter PRETTY_TO_STREAM =
      PRETTY.without(StreamWriteFeature.AUTO_CLOSE_TARGET);

  private JsonOutput() {}

  /**
   * The JSON spelling of an enumeration value, as in program files: lowercase words joined by
   * hyphens ({@code NEEDS_ATTENTION} is {@code "needs-attention"}).
   */
  public static String name(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * The enumeration constant a JSON spelling names; case and the choice of hyphen or underscore
   * do not matter, so that {@code vague-goal}, {@code VAGUE_GOAL} and {@code vague_goal} agree.
   *
   * @throws IllegalArgumentException naming the accepted spellings
   */
  public static <E extends Enum<E>> E value(Class<E> type, String text) {
    String wanted = text.trim().replace('-', '_').toUpperCase(Locale.ROOT);
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(wanted)) {
        return constant;
      }
    }
    StringBuilder names = new StringBuilder();
    for (E constant : type.getEnumConstants()) {
      names.append(names.length() == 0 ? "" : ", ").append(name(constant));
    }
    throw new IllegalArgumentException("'" + text + "' is not one of " + names);
  }

  /** A new, empty JSON object. */
  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /** A new, empty JSON array. */
  public static ArrayNode array() {
    return MAPPER.createArrayNode();
  }

  /** The JSON value that {@code writer} writes, read back as a tree. */
  static JsonNode written(Consumer<JsonGenerator> writer) {
    try (TokenBuffer buffer = TokenBuffer.forGeneration()) {
      writer.accept(buffer);
      return MAPPER.readTree(buffer.asParser());
    }
  }

  /** Pretty-printed JSON text with a final line break. */
  public static String pretty(JsonNode tree) {
    return PRETTY.writeValueAsString(tree) + "\n";
  }

  /**
   * Writes what {@code writer} writes as {@link #pretty} text to a stream (UTF-8), as it is
   * written: the same text as the tree it would make, without the tree. The stream is flushed,
   * not closed.
   */
  static void writePretty(Consumer<JsonGenerator> writer, OutputStream out) throws IOException {
    try (JsonGenerator generator = PRETTY_TO_STREAM.createGenerator(out)) {
      writer.accept(generator);
    }
    out.write('\n');
    out.flush();
  }

  /** Compact JSON text on one line, without a line break. */
  public static String compact(JsonNode tree) {
    return MAPPER.writeValueAsString(tree);
  }
}
