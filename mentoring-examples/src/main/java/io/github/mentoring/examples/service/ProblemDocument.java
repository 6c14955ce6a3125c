package io.github.mentoring.examples.service;

import io.github.mentoring.json.Problem;
import io.github.mentoring.examples.report.JsonOutput;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An RFC 9457 problem document ({@code application/problem+json}): {@code type}, {@code title},
 * {@code status}, {@code detail}, and extension members: {@code problems} lists the problems of a
 * bad request with their JSON paths (at most a set number of them, the first ones found),
 * {@code problemCount} says how many there were in all and {@code truncated} whether the list was
 * cut short. Other extension members name what failed, such as the id of a failing rule. Never
 * holds a stack trace or request content.
 *
 * @param type a URI naming the kind of problem
 * @param title a short summary of that kind, the same for every occurrence
 * @param status the HTTP status code
 * @param detail what went wrong with this request
 * @param problems the problems listed, each with its JSON path; empty when there is none to point
 *     at
 * @param problemCount how many problems there were in all, listed or not
 * @param extensions further members, such as {@code ruleId}; strings only
 */
public record ProblemDocument(String type, String title, int status, String detail,
    List<Problem> problems, int problemCount, Map<String, String> extensions) {

  /** The media type of problem documents. */
  public static final String MEDIA_TYPE = "application/problem+json";

  /** Where the problem types live; each kind's URI adds a slug such as {@code invalid-input}. */
  public static final String TYPE_PREFIX = "https://mentoring-health.github.io/mentoring/problems/";

  /**
   * How many problems a document lists by default: enough to fix a file in a few rounds, while an
   * answer stays far smaller than the request that caused it.
   */
  public static final int DEFAULT_MAX_PROBLEMS = 100;

  /** The longest path or message written; longer ones are cut. */
  static final int MAX_TEXT = 300;

  /** Copies the lists; checks that the count covers the problems listed. */
  public ProblemDocument {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(detail, "detail");
    problems = List.copyOf(problems);
    extensions = Map.copyOf(extensions);
    if (problemCount < problems.size()) {
      throw new IllegalArgumentException("problemCount " + problemCount + " < "
          + problems.size() + " problems listed");
    }
  }

  /** Whether problems were left out of the list. */
  public boolean truncated() {
    return problemCount > problems.size();
  }

  /**
   * 400 listing at most {@code maxProblems} of the problems.
   *
   * @param problems the first problems found (the JSON reader keeps at most
   *     {@code ProgramFormatException.MAX_PROBLEMS} of them and counts the rest)
   * @param problemCount how many were found in all, listed or not
   */
  static ProblemDocument invalidInput(String detail, List<Problem> problems, int problemCount,
      int maxProblems) {
    List<Problem> listed = problems.size() > maxProblems
        ? problems.subList(0, maxProblems) : problems;
    int count = Math.max(problemCount, problems.size());
    String shown = listed.size() < count ? " The first " + listed.size() + " are listed." : "";
    return new ProblemDocument(TYPE_PREFIX + "invalid-input", "The request is not valid", 400,
        detail + shown, listed, count, Map.of());
  }

  static ProblemDocument tooLarge(long limit) {
    return simple("body-too-large", "The request body is too large", 413,
        "The body may hold at most " + limit + " bytes.");
  }

  static ProblemDocument unsupportedMediaType() {
    return simple("unsupported-media-type", "Unsupported media type", 415,
        "The body must be JSON, sent with \"Content-Type: application/json\" (UTF-8).");
  }

  static ProblemDocument unauthorized(boolean tokenGiven) {
    return simple("unauthorized", "Authentication required", 401, tokenGiven
        ? "The bearer token is not valid."
        : "Send the service's token as \"Authorization: Bearer <token>\".");
  }

  static ProblemDocument notFound(String method, String path) {
    return simple("not-found", "No such resource", 404,
        "Nothing answers " + method + " " + path + "; the resources are POST /health-checks, "
            + "GET /rules, GET /health and GET /openapi.json (which describes them all).");
  }

  static ProblemDocument methodNotAllowed(String method, String path) {
    return simple("method-not-allowed", "Method not allowed", 405,
        path + " does not answer " + method + ".");
  }

  static ProblemDocument internalError() {
    return simple("internal-error", "Internal error", 500,
        "The request could not be handled; the service log has the details.");
  }

  static ProblemDocument ruleFailed(String ruleId, String relationshipId) {
    Map<String, String> ids = new LinkedHashMap<>();
    ids.put("ruleId", ruleId);
    if (relationshipId != null) {
      ids.put("relationshipId", relationshipId);
    }
    return new ProblemDocument(TYPE_PREFIX + "rule-failure", "A rule failed", 500,
        "Rule '" + ruleId + "' failed"
            + (relationshipId == null ? "" : " on relationship '" + relationshipId + "'")
            + " while judging the request; the service log has the details.",
        List.of(), 0, ids);
  }

  static ProblemDocument reloadFailed(List<Problem> problems, int maxProblems) {
    List<Problem> listed = problems.size() > maxProblems
        ? problems.subList(0, maxProblems) : problems;
    return new ProblemDocument(TYPE_PREFIX + "reload-failed", "The rules could not be reloaded",
        500, "The new rules could not be built (" + problems.size()
            + (problems.size() == 1 ? " problem" : " problems")
            + "); the service keeps answering with the rules it had.",
        listed, problems.size(), Map.of());
  }

  /**
   * An error found by the HTTP layer itself (a bad request line, headers too large, a body that
   * stopped arriving). The detail is fixed per status: the HTTP layer's own messages can quote
   * the request, and answers never do.
   */
  static ProblemDocument http(int status) {
    return switch (status) {
      case 400 -> simple("bad-request", "Bad request", 400,
          "The request is not valid HTTP (request line, headers or chunked body).");
      case 401 -> unauthorized(false);
      case 404 -> simple("not-found", "No such resource", 404, "Nothing answers this request.");
      case 408 -> simple("request-timeout", "Request timeout", 408,
          "The request did not arrive in time: it stalled, or its body came too slowly.");
      case 413 -> simple("body-too-large", "The request is too large", 413,
          "The request is larger than the service accepts.");
      case 414 -> simple("uri-too-long", "URI too long", 414,
          "The request line is longer than the service accepts.");
      case 415 -> unsupportedMediaType();
      case 431 -> simple("headers-too-large", "Request headers too large", 431,
          "The request headers are larger than the service accepts.");
      case 500 -> internalError();
      case 501 -> simple("not-implemented", "Not implemented", 501,
          "The service does not implement what the request asks for.");
      case 503 -> simple("unavailable", "Service unavailable", 503,
          "The service cannot take this request now (too many bodies in flight); try again "
              + "shortly.");
      case 505 -> simple("http-version-not-supported", "HTTP version not supported", 505,
          "The service speaks HTTP/1.0 and HTTP/1.1.");
      default -> new ProblemDocument("about:blank", "HTTP " + status, status,
          status >= 500 ? "The request could not be handled." : "The request was refused.",
          List.of(), 0, Map.of());
    };
  }

  /**
   * A path or message cut to {@value #MAX_TEXT} characters: messages may quote the value they are
   * about, and a hundred quotes of a long string would make the answer larger than the request.
   */
  private static String shorten(String text) {
    return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "\u2026";
  }

  private static ProblemDocument simple(String slug, String title, int status, String detail) {
    return new ProblemDocument(TYPE_PREFIX + slug, title, status, detail, List.of(), 0, Map.of());
  }

  /** The document as JSON text. */
  public String toJson() {
    ObjectNode node = JsonOutput.object();
    node.put("type", type);
    node.put("title", title);
    node.put("status", status);
    node.put("detail", detail);
    extensions.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(e -> node.put(e.getKey(), e.getValue()));
    if (problemCount > 0) {
      ArrayNode list = node.putArray("problems");
      for (Problem problem : problems) {
        ObjectNode item = list.addObject();
        item.put("path", shorten(problem.path()));
        item.put("message", shorten(problem.message()));
      }
      node.put("problemCount", problemCount);
      node.put("truncated", truncated());
    }
    return JsonOutput.pretty(node);
  }
}
