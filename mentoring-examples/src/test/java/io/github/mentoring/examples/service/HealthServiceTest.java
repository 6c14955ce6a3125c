package io.github.mentoring.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mentoring.core.model.Relationship;
import io.github.mentoring.examples.report.JsonOutput;
import io.github.mentoring.json.Program;
import io.github.mentoring.json.ProgramFormatException;
import io.github.mentoring.json.ProgramJson;
import io.github.mentoring.json.Schemas;
import io.github.mentoring.examples.report.CatalogueJson;
import io.github.mentoring.examples.report.ReportJson;
import io.github.mentoring.rules.HealthCheck;
import io.github.mentoring.rules.ProgramReport;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The service over real HTTP on the loopback interface, on a port chosen at run time. */
class HealthServiceTest {

  static final JsonMapper MAPPER = JsonMapper.builder().build();
  static final Duration TIMEOUT = Duration.ofSeconds(30);

  static final String RELATIONSHIP = """
      {
        "id": "r-ada-ben",
        "mentor": { "id": "ada" },
        "mentee": { "id": "ben" },
        "kind": "formal",
        "phase": "active",
        "startDate": "2026-02-02",
        "agreement": { "meetingFrequency": "P2W" },
        "meetings": [ { "id": "m1", "scheduledAt": "2026-02-09T10:00", "status": "held" } ]
      }
      """;

  static HealthService service;
  static HttpClient client;
  static String program;

  @BeforeAll
  static void start() throws IOException {
    service = HealthService.start(HealthCheck.withBuiltInRules(),
        HealthService.Settings.defaults().withPort(0));
    client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    try (InputStream in = HealthServiceTest.class.getClassLoader()
        .getResourceAsStream("samples/minimal-program.json")) {
      program = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @AfterAll
  static void stop() {
    if (service != null) {
      service.close();
    }
  }

  @Test
  void aProgramGetsAReportInTheReportFormat() throws Exception {
    HttpResponse<String> response = post("/health-checks", program);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).get().asString()
        .startsWith("application/json");
    JsonNode report = MAPPER.readTree(response.body());
    assertThat(Schemas.validate(ReportJson.SCHEMA, report)).isEmpty();
    assertThat(report.get("asOf").stringValue()).isEqualTo("2026-04-15");
    assertThat(report.at("/summary/relationships").asInt()).isEqualTo(2);
    assertThat(report.at("/reports/0/relationshipId").stringValue()).isEqualTo("r-ada-ben");
    assertThat(report.at("/reports/0/status").stringValue()).isEqualTo("at-risk");
  }

  /**
   * A large body (256 KiB or more, whose problems are found relationship by relationship rather
   * than in a tree) gets the answer the tree reader gives, byte for byte, and a broken one is
   * refused with the same problems.
   */
  @Test
  void aLargeProgramIsReadAsAStreamAndAnsweredAsBefore() throws Exception {
    Program sample;
    try (InputStream in = HealthServiceTest.class.getClassLoader()
        .getResourceAsStream("samples/sample-program.json")) {
      sample = ProgramJson.read(in);
    }
    List<Relationship> many = new ArrayList<>();
    for (int copy = 0; many.size() < 200; copy++) {
      for (Relationship r : sample.relationships()) {
        many.add(r.withId(r.getId() + "-" + copy));
      }
    }
    Program large = new Program(Program.CURRENT_FORMAT_VERSION, "large", sample.asOf(), many);
    String body = ProgramJson.write(large);
    assertThat(body.length()).isGreaterThan(256 * 1024);

    HttpResponse<String> response = post("/health-checks", body);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    ProgramReport expected = service.healthCheck().checkAll(many, sample.asOf().orElseThrow());
    assertThat(response.body())
        .isEqualTo(JsonOutput.pretty(ReportJson.toTree(expected, "large", List.of())));

    String broken = body.replaceFirst("\"phase\": \"active\"", "\"phase\": \"sleeping\"");
    JsonNode problem = problem(post("/health-checks", broken), 400);
    List<String> paths = new ArrayList<>();
    problem.get("problems").forEach(p -> paths.add(p.get("path").stringValue()));
    List<String> expectedPaths = new ArrayList<>();
    try {
      ProgramJson.read(MAPPER.readTree(broken));
    } catch (ProgramFormatException e) {
      e.problems().forEach(p -> expectedPaths.add(p.path()));
    }
    // A refused program gives no check date either, as a small one does.
    expectedPaths.add("$.asOf");
    assertThat(paths).hasSizeGreaterThan(1).isEqualTo(expectedPaths);

    JsonNode cut = problem(post("/health-checks", body.substring(0, body.length() - 10)), 400);
    assertThat(cut.get("detail").stringValue()).isEqualTo("The body is not a JSON object.");
    assertThat(cut.at("/problems/0/path").stringValue()).isEqualTo("$");
  }

  @Test
  void theQueryDateWinsOverTheBodyDate() throws Exception {
    HttpResponse<String> response = post("/health-checks?asOf=2026-03-01", program);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(MAPPER.readTree(response.body()).get("asOf").stringValue())
        .isEqualTo("2026-03-01");
  }

  @Test
  void oneRelationshipGetsAReportOfOne() throws Exception {
    HttpResponse<String> inBody = post("/health-checks",
        "{\"asOf\": \"2026-04-15\", \"relationship\": " + RELATIONSHIP + "}");
    HttpResponse<String> inQuery = post("/health-checks?asOf=2026-04-15",
        "{\"relationship\": " + RELATIONSHIP + "}");

    assertThat(inBody.statusCode()).as(inBody.body()).isEqualTo(200);
    JsonNode report = MAPPER.readTree(inBody.body());
    assertThat(Schemas.validate(ReportJson.SCHEMA, report)).isEmpty();
    assertThat(report.get("reports").size()).isEqualTo(1);
    assertThat(report.at("/reports/0/relationshipId").stringValue()).isEqualTo("r-ada-ben");
    assertThat(report.at("/reports/0/findings").toString())
        .contains("fizzling.no-recent-meeting.critical");
    assertThat(inQuery.body()).isEqualTo(inBody.body());
  }

  @Test
  void withoutACheckDateTheRequestIsRefused() throws Exception {
    HttpResponse<String> response = post("/health-checks", "{\"relationship\": " + RELATIONSHIP
        + "}");

    JsonNode problem = problem(response, 400);
    assertThat(problem.at("/problems/0/path").stringValue()).isEqualTo("$.asOf");
  }

  @Test
  void badJsonIsA400Problem() throws Exception {
    HttpResponse<String> response = post("/health-checks", "{\"relationship\": ");

    JsonNode problem = problem(response, 400);
    assertThat(problem.get("type").stringValue()).endsWith("/invalid-input");
    assertThat(problem.at("/problems/0/path").stringValue()).isEqualTo("$");
    assertThat(problem.at("/problems/0/message").stringValue()).contains("not valid JSON");
  }

  @Test
  void modelViolationsAreListedWithTheirPaths() throws Exception {
    String broken = RELATIONSHIP
        .replace("\"id\": \"ben\"", "\"id\": \"ada\"")
        .replace("\"phase\": \"active\"", "\"phase\": \"sleeping\"")
        .replace("\"status\": \"held\"", "\"status\": \"held\", \"actualMinutes\": -3");

    HttpResponse<String> response = post("/health-checks?asOf=2026-02-31",
        "{\"relationship\": " + broken + ", \"note\": 1}");

    JsonNode problem = problem(response, 400);
    List<String> paths = new ArrayList<>();
    problem.get("problems").forEach(p -> paths.add(p.get("path").stringValue()));
    assertThat(paths).contains("?asOf", "$.note", "$.relationship.phase",
        "$.relationship.meetings[0].actualMinutes");
    assertThat(problem.get("detail").stringValue()).contains(paths.size() + " problems");
  }

  @Test
  void aProgramWithProblemsListsThemAll() throws Exception {
    String broken = program.replace("\"kind\": \"formal\"", "\"kind\": \"casual\"")
        .replace("\"startDate\": \"2026-04-01\"", "\"startDate\": \"April\"");

    JsonNode problem = problem(post("/health-checks", broken), 400);

    List<String> paths = new ArrayList<>();
    problem.get("problems").forEach(p -> paths.add(p.get("path").stringValue()));
    assertThat(paths).contains("$.relationships[0].kind", "$.relationships[1].startDate");
  }

  @Test
  void anOversizedBodyIsA413Problem() throws Exception {
    String huge = "{\"name\": \"" + "x".repeat((int) HealthService.DEFAULT_MAX_BODY_BYTES) + "\"}";

    JsonNode problem = problem(post("/health-checks", huge), 413);

    assertThat(problem.get("type").stringValue()).endsWith("/body-too-large");
  }

  @Test
  void unknownPathsAndMethodsAreProblems() throws Exception {
    HttpResponse<String> unknown = send(HttpRequest.newBuilder(uri("/nothing-here")).GET());
    HttpResponse<String> wrongMethod = send(HttpRequest.newBuilder(uri("/health-checks")).GET());

    assertThat(problem(unknown, 404).get("detail").stringValue()).contains("/nothing-here");
    assertThat(problem(wrongMethod, 405).get("type").stringValue())
        .endsWith("/method-not-allowed");
    assertThat(wrongMethod.headers().firstValue("Allow")).contains("POST");
  }

  @Test
  void rulesAndHealthDescribeTheLoadedRules() throws Exception {
    HttpResponse<String> rules = send(HttpRequest.newBuilder(uri("/rules")).GET());
    HttpResponse<String> health = send(HttpRequest.newBuilder(uri("/health")).GET());

    assertThat(rules.statusCode()).isEqualTo(200);
    JsonNode catalogue = MAPPER.readTree(rules.body());
    assertThat(Schemas.validate(CatalogueJson.SCHEMA, catalogue)).isEmpty();
    assertThat(health.statusCode()).isEqualTo(200);
    JsonNode up = MAPPER.readTree(health.body());
    assertThat(up.get("status").stringValue()).isEqualTo("up");
    assertThat(up.get("rules").asInt()).isEqualTo(catalogue.get("count").asInt()).isPositive();
  }

  @Test
  void concurrentRequestsGetTheSameReports() throws Exception {
    String expected = post("/health-checks", program).body();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<String>>> results = new ArrayList<>();
      for (int thread = 0; thread < 8; thread++) {
        results.add(pool.submit(() -> {
          List<String> bodies = new ArrayList<>();
          for (int request = 0; request < 5; request++) {
            HttpResponse<String> response = post("/health-checks", program);
            bodies.add(response.statusCode() + " " + response.body());
          }
          return bodies;
        }));
      }
      for (Future<List<String>> result : results) {
        assertThat(result.get(120, TimeUnit.SECONDS)).hasSize(5).allMatch(
            body -> body.equals("200 " + expected));
      }
    } finally {
      pool.shutdownNow();
      assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    }
  }

  @Test
  void aFailingRuleIsA500ProblemWithoutInternals() throws Exception {
    HealthCheck failing = TestSupport.trustedRules("failing.drl", TestSupport.ruleFile(
        "program.always-fails", "throw new IllegalStateException(\"secret internals\");"))
        .build();
    try (HealthService broken = HealthService.start(failing,
        HealthService.Settings.defaults().withPort(0))) {
      HttpResponse<String> response = client.send(HttpRequest.newBuilder(
              URI.create("http://127.0.0.1:" + broken.port() + "/health-checks?asOf=2026-04-15"))
          .timeout(TIMEOUT)
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(program)).build(),
          HttpResponse.BodyHandlers.ofString());

      JsonNode problem = problem(response, 500);
      assertThat(problem.get("type").stringValue()).endsWith("/rule-failure");
      assertThat(problem.get("ruleId").stringValue()).isEqualTo("program.always-fails");
      assertThat(problem.get("relationshipId").stringValue()).isIn("r-ada-ben", "r-chen-dana");
      assertThat(problem.get("detail").stringValue()).contains("program.always-fails");
      assertThat(response.body()).doesNotContain("secret internals", "Exception", "at io.");
    }
  }

  static JsonNode problem(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).get().asString()
        .startsWith(ProblemDocument.MEDIA_TYPE);
    JsonNode problem = MAPPER.readTree(response.body());
    assertThat(problem.get("status").asInt()).isEqualTo(status);
    assertThat(problem.has("type")).isTrue();
    assertThat(problem.has("title")).isTrue();
    assertThat(problem.has("detail")).isTrue();
    return problem;
  }

  static URI uri(String path) {
    return URI.create("http://127.0.0.1:" + service.port() + path);
  }

  static HttpResponse<String> post(String path, String body)
      throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(uri(path))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  static HttpResponse<String> send(HttpRequest.Builder request)
      throws IOException, InterruptedException {
    return client.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
  }
}
