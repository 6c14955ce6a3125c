package io.github.mentoring.examples.input;

import io.github.mentoring.core.model.Relationship;
import io.github.mentoring.json.JsonInput;
import io.github.mentoring.json.Problem;
import io.github.mentoring.json.Program;
import io.github.mentoring.json.ProgramFormatException;
import io.github.mentoring.json.ProgramJson;
import io.github.mentoring.rules.HealthCheck;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads programs and relationships that sit inside a larger JSON document (an HTTP request body,
 * a scenario file) with the program format's reader, so that they are checked exactly like a
 * program file, and reports every problem with its path in the enclosing document.
 *
 * <p>The problems' paths are moved from the embedded value's {@code $} to where the value really
 * is, e.g. {@code $.relationship.meetings[2].status}. Thread-safe.
 */
public final class EmbeddedJson {

  private EmbeddedJson() {}

  /**
   * Parses JSON text that must be one object.
   *
   * @param source what is read, for messages (a file name, "request body")
   * @throws ProgramFormatException with one problem at {@code $} if the text is not a JSON object
   */
  public static ObjectNode parseObject(byte[] content, String source) {
    return JsonInput.parseObject(content, source, "a JSON object is expected");
  }

  /** Parses JSON text (UTF-8) that must be one object; see {@link #parseObject(byte[], String)}. */
  public static ObjectNode parseObject(String text, String source) {
    return parseObject(text.getBytes(StandardCharsets.UTF_8), source);
  }

  /**
   * Reads a program in the program format found at {@code path} of a document.
   *
   * @param program the program's JSON
   * @param path where it is, e.g. {@code $.program}; {@code $} for a whole document
   * @param source what is read, for messages
   * @throws ProgramFormatException listing every problem, with paths in the enclosing document
   */
  public static Program readProgram(JsonNode program, String path, String source) {
    Objects.requireNonNull(program, "program");
    try {
      return ProgramJson.read(program);
    } catch (ProgramFormatException e) {
      throw new ProgramFormatException(source,
          e.problems().stream().map(p -> rebase(p, "$", path)).toList(), e.problemCount());
    }
  }

  /**
   * Reads one relationship in the program format found at {@code path} of a document.
   *
   * @param relationship the relationship's JSON
   * @param path where it is, e.g. {@code $.relationship}
   * @param source what is read, for messages
   * @throws ProgramFormatException listing every problem, with paths in the enclosing document
   */
  public static Relationship readRelationship(JsonNode relationship, String path, String source) {
    Objects.requireNonNull(relationship, "relationship");
    try {
      return ProgramJson.readRelationship(relationship);
    } catch (ProgramFormatException e) {
      throw new ProgramFormatException(source,
          e.problems().stream().map(p -> rebase(p, "$", path)).toList(), e.problemCount());
    }
  }

  /**
   * Reads an ISO date such as {@code 2026-04-15}, as a check date: it must lie between
   * {@link HealthCheck#EARLIEST_CHECK_DATE} and {@link HealthCheck#LATEST_CHECK_DATE}.
   *
   * @throws ProgramFormatException naming the path if the value is not such a date
   */
  public static LocalDate readDate(JsonNode value, String path, String source) {
    if (value != null && value.isString()) {
      return parseDate(value.stringValue(), path, source);
    }
    throw new ProgramFormatException(source, List.of(new Problem(path,
        "must be a date such as 2026-03-01, found " + JsonInput.describe(value))));
  }

  /**
   * Reads an ISO date such as {@code 2026-04-15} given as text (a query parameter, a command-line
   * option), as a check date: it must lie between {@link HealthCheck#EARLIEST_CHECK_DATE} and
   * {@link HealthCheck#LATEST_CHECK_DATE}. The message does not repeat the text.
   *
   * @param path where the text was, e.g. {@code $.asOf} or {@code ?asOf}
   * @throws ProgramFormatException naming the path if the text is not such a date
   */
  public static LocalDate parseDate(String text, String path, String source) {
    LocalDate date;
    try {
      date = LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new ProgramFormatException(source, List.of(new Problem(path,
          "must be a date such as 2026-03-01 (yyyy-mm-dd), found "
              + (text.isBlank() ? "a blank string" : "another text"))));
    }
    if (!HealthCheck.isCheckDateInRange(date)) {
      throw new ProgramFormatException(source, List.of(new Problem(path, "must lie between "
          + HealthCheck.EARLIEST_CHECK_DATE + " and " + HealthCheck.LATEST_CHECK_DATE
          + ", found " + date)));
    }
    return date;
  }

  /** A problem whose path starts with {@code from}, moved to start with {@code to} instead. */
  static Problem rebase(Problem problem, String from, String to) {
    String path = problem.path();
    if (path.equals(from)) {
      return new Problem(to, problem.message());
    }
    if (path.startsWith(from) && (path.charAt(from.length()) == '.'
        || path.charAt(from.length()) == '[')) {
      return new Problem(to + path.substring(from.length()), problem.message());
    }
    // A problem outside the embedded value (the wrapper itself) concerns the value as a whole.
    return from.equals("$") ? problem : new Problem(to, problem.message());
  }
}
