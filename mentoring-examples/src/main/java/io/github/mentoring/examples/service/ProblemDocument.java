package io.github.mentoring.examples.service;

import io.github.mentoring.examples.json.Problem;
import io.github.mentoring.examples.report.JsonOutput;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An RFC 9457 problem document ({@code application/problem+json}): {@code type}, {@code title},
 * {@code status}, {@code detail}, and the extension member {@code problems} that lists every
 * problem of a bad request with its JSON path. Never holds a stack trace or request content.
 *
 * @param type a URI naming the kind of problem
 * @param title a short summary of that kind, the same for every occurrence
 * @param status the HTTP status code
 * @param detail what went wrong with this request
 * @param problems each problem with its JSON path; empty when there is none to point at
 */
public record ProblemDocument(String type, String title, int status, String detail,
    List<Problem> problems) {

  /** The media type of problem documents. */
  public static final String MEDIA_TYPE = "application/problem+json";

  /** Where the problem types live; each kind's URI adds a slug such as {@code invalid-input}. */
  public static final String TYPE_PREFIX = "https://mentoring-health.github.io/mentoring/problems/";

  /** Copies the problems. */
  public ProblemDocument {
    problems = List.copyOf(problems);
  }

  static ProblemDocument invalidInput(String detail, List<Problem> problems) {
    return new ProblemDocument(TYPE_PREFIX + "invalid-input", "The request is not valid", 400,
        detail, problems);
  }

  static ProblemDocument tooLarge(long limit) {
    return new ProblemDocument(TYPE_PREFIX + "body-too-large", "The request body is too large",
        413, "The body may hold at most " + limit + " bytes.", List.of());
  }

  static ProblemDocument notFound(String method, String path) {
    return new ProblemDocument(TYPE_PREFIX + "not-found", "No such resource", 404,
        "Nothing answers " + method + " " + path + "; the resources are POST /health-checks, "
            + "GET /rules and GET /health.", List.of());
  }

  static ProblemDocument methodNotAllowed(String method, String path) {
    return new ProblemDocument(TYPE_PREFIX + "method-not-allowed", "Method not allowed", 405,
        path + " does not answer " + method + ".", List.of());
  }

  static ProblemDocument internalError() {
    return new ProblemDocument(TYPE_PREFIX + "internal-error", "Internal error", 500,
        "The health check failed; the service log has the details.", List.of());
  }

  static ProblemDocument ruleFailed(String ruleId) {
    return new ProblemDocument(TYPE_PREFIX + "rule-failed", "A rule failed", 500,
        "Rule '" + ruleId + "' failed while judging the request; the service log has the "
            + "details.", List.of());
  }

  static ProblemDocument other(int status, String detail) {
    return new ProblemDocument("about:blank", "HTTP " + status, status, detail, List.of());
  }

  /** The document as JSON text. */
  public String toJson() {
    ObjectNode node = JsonOutput.object();
    node.put("type", type);
    node.put("title", title);
    node.put("status", status);
    node.put("detail", detail);
    if (!problems.isEmpty()) {
      ArrayNode list = node.putArray("problems");
      for (Problem problem : problems) {
        ObjectNode item = list.addObject();
        item.put("path", problem.path());
        item.put("message", problem.message());
      }
    }
    return JsonOutput.pretty(node);
  }
}
