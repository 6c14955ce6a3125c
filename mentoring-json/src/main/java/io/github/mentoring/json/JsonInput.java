package io.github.mentoring.json;

import io.github.mentoring.json.internal.JsonPaths;
import io.github.mentoring.json.internal.JsonValues;
import java.util.List;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Parses JSON text that must be one object, strictly (duplicate keys and trailing content are
 * errors), for every reader of the library: program files, request bodies, scenario files. Text
 * that is no JSON object is one {@link Problem} at {@code $}; the parser's message is kept but
 * never the text it stumbled on, which may be confidential (an unquoted note, say). Thread-safe.
 */
public final class JsonInput {

  private static final JsonMapper MAPPER = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  /** Jackson quotes the token it could not read, e.g. {@code Unrecognized token 'Ada': ...}. */
  private static final Pattern QUOTED_TOKEN = Pattern.compile("token '[^']*'");

  private JsonInput() {}

  /**
   * Parses JSON text (UTF-8) that must be one object.
   *
   * @param content the text
   * @param source what is read, for messages (a file name, "request body")
   * @param expected what the object is, for the message about an empty text: "a program file is
   *     a JSON object"
   * @throws ProgramFormatException with one problem at {@code $} if the text is not a JSON object
   */
  public static ObjectNode parseObject(byte[] content, String source, String expected) {
    JsonNode root;
    try {
      root = MAPPER.readTree(content);
    } catch (StreamReadException e) {
      throw new ProgramFormatException(source, List.of(new Problem(JsonPaths.ROOT,
          "is not valid JSON" + where(e.getLocation()) + ": " + parserMessage(e))));
    } catch (JacksonException e) {
      throw new ProgramFormatException(source, List.of(new Problem(JsonPaths.ROOT,
          "is not valid JSON: " + parserMessage(e))));
    }
    if (root == null || root.isMissingNode()) {
      throw new ProgramFormatException(source,
          List.of(new Problem(JsonPaths.ROOT, "is empty; " + expected)));
    }
    if (!root.isObject()) {
      throw new ProgramFormatException(source, List.of(new Problem(JsonPaths.ROOT,
          "must be a JSON object, found " + JsonValues.describe(root))));
    }
    return (ObjectNode) root;
  }

  /**
   * A parser of JSON text (UTF-8) as strict as {@link #parseObject} about repeated names; what
   * follows the first value is left to the caller.
   */
  static JsonParser parser(byte[] content) {
    return MAPPER.createParser(content);
  }

  /**
   * How a JSON value is named in a message: "a string", "an object", "the number 3", "null";
   * never the text of a string, which may be confidential.
   */
  public static String describe(JsonNode value) {
    return JsonValues.describe(value);
  }

  /**
   * The JSON path of a member of the object at {@code parent}: {@code $.name}, or
   * {@code $['odd name']} when the name is not a plain identifier.
   */
  public static String memberPath(String parent, String name) {
    return JsonPaths.member(parent, name);
  }

  /** The parser's message without the text it quotes. */
  static String parserMessage(JacksonException e) {
    String message = String.valueOf(e.getOriginalMessage());
    message = QUOTED_TOKEN.matcher(message).replaceAll("token");
    // One line, and not the whole of a long explanation.
    int lineBreak = message.indexOf('\n');
    if (lineBreak >= 0) {
      message = message.substring(0, lineBreak);
    }
    return message.length() <= 200 ? message : message.substring(0, 197) + "...";
  }

  private static String where(TokenStreamLocation location) {
    if (location == null || location.getLineNr() < 1) {
      return "";
    }
    return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
  }
}
