package io.github.mentoring.examples.service;

import static io.github.mentoring.examples.service.HealthServiceTest.MAPPER;
import static io.github.mentoring.examples.service.HealthServiceTest.RELATIONSHIP;
import static io.github.mentoring.examples.service.HealthServiceTest.TIMEOUT;
import static io.github.mentoring.examples.service.HealthServiceTest.problem;
import static io.github.mentoring.examples.service.TestSupport.raw;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mentoring.examples.service.TestSupport.LogCapture;
import io.github.mentoring.examples.service.TestSupport.RawResponse;
import io.github.mentoring.rules.HealthCheck;
import io.github.mentoring.rules.RuleBuildException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The service against bad, slow, hostile and unlucky requests: every error a problem document,
 * bounded answers, tokens, limits of the HTTP layer, rule failures and reloads.
 */
class HealthServiceHardeningTest {

  static final String TOKEN = "s3cret-token-for-the-tests-0123456789";

  static HealthService service;
  static HttpClient client;

  @BeforeAll
  static void start() {
    service = HealthService.start(HealthCheck.withBuiltInRules(),
        HealthService.Settings.defaults().withPort(0));
    client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(TIMEOUT).build();
  }

  @AfterAll
  static void stop() {
    if (service != null) {
      service.close();
    }
  }

  // --- 1. bounded problem lists ---

  @Test
  void aMegabyteOfEmptyRelationshipsGetsASmallAnswerWithTheCount() throws Exception {
    String body = "{\"formatVersion\": \"1.0\", \"name\": \"x\", \"relationships\": ["
        + "{}, ".repeat((int) (HealthService.DEFAULT_MAX_BODY_BYTES / 4) - 30) + "{}]}";
    assertThat(body.length()).isLessThanOrEqualTo((int) HealthService.DEFAULT_MAX_BODY_BYTES);

    long start = System.nanoTime();
    HttpResponse<String> response = post(service, "/health-checks?asOf=2026-04-15", body,
        "application/json");
    long millis = (System.nanoTime() - start) / 1_000_000;

    JsonNode problem = problem(response, 400);
    assertThat(response.body().length()).as("answer size").isLessThan(64 * 1024);
    assertThat(problem.get("problems").size()).isEqualTo(ProblemDocument.DEFAULT_MAX_PROBLEMS);
    assertThat(problem.get("problemCount").asInt()).isGreaterThan(100_000);
    assertThat(problem.get("truncated").asBoolean()).isTrue();
    assertThat(problem.get("detail").stringValue()).contains("first 100");
    System.out.printf("1 MiB of {} relationships: %d problems, %d-byte answer in %d ms%n",
        problem.get("problemCount").asInt(), response.body().length(), millis);
    assertThat(health(service).statusCode()).isEqualTo(200);
  }

  @Test
  void aMegabyteArrayGetsOneProblem() throws Exception {
    String body = "[" + "{}, ".repeat((int) (HealthService.DEFAULT_MAX_BODY_BYTES / 4) - 2) + "{}]";

    HttpResponse<String> response = post(service, "/health-checks?asOf=2026-04-15", body,
        "application/json");

    JsonNode problem = problem(response, 400);
    assertThat(response.body().length()).isLessThan(4096);
    assertThat(problem.get("problemCount").asInt()).isEqualTo(1);
    assertThat(problem.get("truncated").asBoolean()).isFalse();
  }

  @Test
  void theNumberOfProblemsListedIsASetting() throws Exception {
    try (HealthService few = HealthService.start(HealthCheck.withBuiltInRules(),
        HealthService.Settings.defaults().withPort(0).withMaxProblems(3))) {
      String body = "{\"formatVersion\": \"1.0\", \"name\": \"x\", \"relationships\": [{}, {}]}";

      JsonNode problem = problem(post(few, "/health-checks?asOf=2026-04-15", body,
          "application/json"), 400);

      assertThat(problem.get("problems").size()).isEqualTo(3);
      assertThat(problem.get("problemCount").asInt()).isGreaterThan(3);
      assertThat(problem.get("truncated").asBoolean()).isTrue();
    }
  }

  // --- 3. 415 ---

  @Test
  void aBodyThatIsNotJsonIs415() throws Exception {
    String body = "{\"asOf\": \"2026-04-15\", \"relationship\": " + RELATIONSHIP + "}";
    for (String type : List.of("text/plain", "application/x-www-form-urlencoded",
        "application/json; charset=ISO-8859-1", "application/jsonx")) {
      HttpResponse<String> response = post(service, "/health-checks", body, type);
      assertThat(problem(response, 415).get("type").stringValue()).as(type)
          .endsWith("/unsupported-media-type");
      assertThat(response.headers().firstValue("Accept")).contains("application/json");
    }
    HttpResponse<String> missing = send(HttpRequest.newBuilder(uri(service, "/health-checks"))
        .POST(HttpRequest.BodyPublishers.ofString(body)));
    problem(missing, 415);

    for (String type : List.of("application/json", "Application/JSON; charset=\"UTF-8\"",
        "application/vnd.mentoring+json")) {
      assertThat(post(service, "/health-checks", body, type).statusCode()).as(type)
          .isEqualTo(200);
    }
  }

  // --- 4. the HTTP layer's own errors ---

  @Test
  void errorsOfTheHttpLayerAreProblemDocuments() throws Exception {
    int port = service.port();
    Map<String, Integer> requests = Map.of(
        "BLAH\r\n\r\n", 400,
        "GET /health HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n", 400,
        "GET /health HTTP/1.1\r\nHost: x\r\nX-Big: " + "y".repeat(20_000) + "\r\n\r\n", 431,
        "GET /" + "z".repeat(20_000) + " HTTP/1.1\r\nHost: x\r\n\r\n", 414,
        "GET /health HTTP/7.1\r\nHost: x\r\n\r\n", 505,
        "POST /health-checks HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            + "Transfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n", 400,
        "POST /health-checks HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            + "Content-Length: twelve\r\n\r\n{}", 400);
    for (Map.Entry<String, Integer> request : requests.entrySet()) {
      String what = request.getKey().substring(0, Math.min(60, request.getKey().length()));
      RawResponse response = raw(port, request.getKey());

      assertThat(response.status()).as(what + "\n" + response.body())
          .isEqualTo(request.getValue());
      assertThat(response.contentType()).as(what).startsWith(ProblemDocument.MEDIA_TYPE);
      JsonNode problem = MAPPER.readTree(response.body());
      assertThat(problem.get("status").asInt()).isEqualTo(request.getValue());
      assertThat(response.body()).doesNotContain("<html", "zzz", "yyy", "Bad Header");
    }
  }

  @Test
  void anErrorForAMethodOtherThanGetOrPostIsAProblemDocumentToo() throws Exception {
    RawResponse response = raw(service.port(),
        "DELETE /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");

    assertThat(response.status()).isEqualTo(405);
    assertThat(response.contentType()).startsWith(ProblemDocument.MEDIA_TYPE);
  }

  // --- 5. slow and aborted uploads ---

  @Test
  void aBodyThatTricklesIsCutOffWith408() throws Exception {
    try (HealthService strict = HealthService.start(HealthCheck.withBuiltInRules(),
        HealthService.Settings.defaults().withPort(0).withIdleTimeout(Duration.ofMillis(800))
            .withMinBodyBytesPerSecond(1000));
        Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", strict.port()));
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(("POST /health-checks?asOf=2026-04-15 HTTP/1.1\r\nHost: x\r\n"
          + "Content-Type: application/json\r\nContent-Length: 5000\r\n\r\n")
          .getBytes(StandardCharsets.ISO_8859_1));
      long start = System.nanoTime();
      InputStream in = socket.getInputStream();
      // One byte every 300 ms: never silent for the idle timeout, far below the least rate.
      while (in.available() == 0 && System.nanoTime() - start < 10_000_000_000L) {
        try {
          out.write(' ');
          out.flush();
        } catch (IOException closed) {
          break;
        }
        Thread.sleep(300);
      }
      RawResponse response = TestSupport.parse(TestSupport.readAll(in));
      long millis = (System.nanoTime() - start) / 1_000_000;

      assertThat(response.status()).as(response.body()).isEqualTo(408);
      assertThat(response.contentType()).startsWith(ProblemDocument.MEDIA_TYPE);
      assertThat(millis).isBetween(800L, 5_000L);
    }
  }

  @Test
  void anAbortedUploadIsLoggedOnceWithoutItsContentOrAStackTrace() throws Exception {
    String log;
    try (LogCapture capture = new LogCapture()) {
      for (int attempt = 0; attempt < 3; attempt++) {
        try (Socket socket = new Socket()) {
          socket.connect(new InetSocketAddress("127.0.0.1", service.port()));
          OutputStream out = socket.getOutputStream();
          out.write(("POST /health-checks?asOf=2026-04-15 HTTP/1.1\r\nHost: x\r\n"
              + "Content-Type: application/json\r\nContent-Length: 100000\r\n\r\n"
              + "{\"name\": \"TOP-SECRET-CONTENT\", ").getBytes(StandardCharsets.UTF_8));
          out.flush();
          Thread.sleep(100);
        }
      }
      // Let the server notice the closed connections.
      long deadline = System.nanoTime() + 5_000_000_000L;
      while (countOf(capture.text(), "Upload aborted") < 3 && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      Thread.sleep(300);
      log = capture.text();
    }
    assertThat(countOf(log, "Upload aborted")).as(log).isEqualTo(3);
    assertThat(log).doesNotContain("TOP-SECRET-CONTENT", "\tat ", "Exception:")
        .doesNotContain("WARN", "ERROR");
    assertThat(health(service).statusCode()).isEqualTo(200);
  }

  // --- 6. bearer token and addresses ---

  @Test
  void withATokenEveryRequestButHealthNeedsIt() throws Exception {
    try (HealthService guarded = HealthService.start(HealthCheck.withBuiltInRules(),
        HealthService.Settings.defaults().withPort(0).withToken(BearerToken.of(TOKEN)))) {
      String body = "{\"asOf\": \"2026-04-15\", \"relationship\": " + RELATIONSHIP + "}";

      HttpResponse<String> none = post(guarded, "/health-checks", body, "application/json");
      HttpResponse<String> wrong = send(HttpRequest.newBuilder(uri(guarded, "/rules"))
          .header("Authorization", "Bearer " + TOKEN + "x").GET());
      HttpResponse<String> unknownPath = send(HttpRequest.newBuilder(uri(guarded, "/secret"))
          .GET());
      HttpResponse<String> right = send(HttpRequest.newBuilder(uri(guarded, "/health-checks"))
          .header("Content-Type", "application/json")
          .header("Authorization", "Bearer " + TOKEN)
          .POST(HttpRequest.BodyPublishers.ofString(body)));
      HttpResponse<String> health = health(guarded);

      assertThat(problem(none, 401).get("type").stringValue()).endsWith("/unauthorized");
      assertThat(none.headers().firstValue("WWW-Authenticate")).get().asString()
          .startsWith("Bearer");
      problem(wrong, 401);
      assertThat(wrong.headers().firstValue("WWW-Authenticate")).get().asString()
          .contains("invalid_token");
      problem(unknownPath, 401);
      assertThat(right.statusCode()).as(right.body()).isEqualTo(200);
      assertThat(health.statusCode()).isEqualTo(200);
    }
  }

  @Test
  void withoutATokenOnlyLoopbackAddressesAreServed() {
    assertThatThrownBy(() -> HealthService.start(HealthCheck.withBuiltInRules(),
        HealthService.Settings.defaults().withPort(0).withHost("0.0.0.0")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0.0.0.0").hasMessageContaining("token");
  }

  @Test
  void anUnknownHostAndABusyPortAreToldApart() throws Exception {
    assertThatThrownBy(() -> HealthService.start(HealthCheck.withBuiltInRules(),
        HealthService.Settings.defaults().withPort(0).withHost("nonsense.invalid")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nonsense.invalid").hasMessageContaining("no such host");
    try (ServerSocket taken = new ServerSocket(0, 50,
        java.net.InetAddress.getByName("127.0.0.1"))) {
      assertThatThrownBy(() -> HealthService.start(HealthCheck.withBuiltInRules(),
          HealthService.Settings.defaults().withPort(taken.getLocalPort())))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("port " + taken.getLocalPort() + " is already in use");
    }
  }

  // --- 8. failures while checking ---

  @Test
  void aStackOverflowInARuleIsA500AndTheServiceGoesOn() throws Exception {
    HealthCheck overflowing = TestSupport.trustedRules("boom.drl",
        TestSupport.ruleFile("program.boom", "throw new StackOverflowError();")).build();
    try (HealthService broken = HealthService.start(overflowing,
        HealthService.Settings.defaults().withPort(0))) {
      String body = "{\"asOf\": \"2026-04-15\", \"relationship\": " + RELATIONSHIP + "}";
      for (int round = 0; round < 3; round++) {
        HttpResponse<String> response = post(broken, "/health-checks", body,
            "application/json");

        JsonNode problem = problem(response, 500);
        // A rules engine that catches the Error names the rule; one that lets it through
        // leaves the service's own handler to answer.
        assertThat(problem.get("type").stringValue()).matches(".*/(rule-failure|internal-error)");
        assertThat(response.body()).doesNotContain("StackOverflowError", "at io.");
        assertThat(health(broken).statusCode()).isEqualTo(200);
      }
    }
  }

  @Test
  void aRunawayRuleIsA500RuleFailureNamingRuleAndRelationship() throws Exception {
    HealthCheck failing = TestSupport.trustedRules("failing.drl",
        TestSupport.ruleFile("program.fails", "throw new IllegalStateException(\"inside\");"))
        .build();
    try (HealthService broken = HealthService.start(failing,
        HealthService.Settings.defaults().withPort(0))) {
      HttpResponse<String> response = post(broken, "/health-checks",
          "{\"asOf\": \"2026-04-15\", \"relationship\": " + RELATIONSHIP + "}",
          "application/json");

      JsonNode problem = problem(response, 500);
      assertThat(problem.get("type").stringValue()).endsWith("/rule-failure");
      assertThat(problem.get("ruleId").stringValue()).isEqualTo("program.fails");
      assertThat(problem.get("relationshipId").stringValue()).isEqualTo("r-ada-ben");
      assertThat(response.body()).doesNotContain("inside");
    }
  }

  @Test
  void aSlowCheckOutlivesTheIdleTimeout() throws Exception {
    HealthCheck slow = TestSupport.trustedRules("slow.drl",
        TestSupport.ruleFile("program.slow", "Thread.sleep(1500);")).build();
    try (HealthService patient = HealthService.start(slow,
        HealthService.Settings.defaults().withPort(0).withIdleTimeout(Duration.ofMillis(500)))) {
      HttpResponse<String> response = post(patient, "/health-checks",
          "{\"asOf\": \"2026-04-15\", \"relationship\": " + RELATIONSHIP + "}",
          "application/json");

      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }
  }

  // --- 9. the check date's range ---

  @Test
  void checkDatesOutOfRangeAreProblems() throws Exception {
    String single = "{\"relationship\": " + RELATIONSHIP + "}";
    for (String asOf : List.of("%2B999999999-12-31", "1899-12-31", "3000-01-01")) {
      JsonNode problem = problem(post(service, "/health-checks?asOf=" + asOf, single,
          "application/json"), 400);
      assertThat(problem.at("/problems/0/path").stringValue()).as(asOf).isEqualTo("?asOf");
      assertThat(problem.at("/problems/0/message").stringValue()).contains("1900-01-01");
    }
    // Unencoded, the + is a space: not a date at all, a problem all the same.
    JsonNode plus = problem(post(service, "/health-checks?asOf=+999999999-12-31", single,
        "application/json"), 400);
    assertThat(plus.at("/problems/0/path").stringValue()).isEqualTo("?asOf");
    JsonNode inBody = problem(post(service, "/health-checks",
        "{\"asOf\": \"+10000-01-01\", \"relationship\": " + RELATIONSHIP + "}",
        "application/json"), 400);
    assertThat(inBody.toString()).contains("$.asOf");
  }

  // --- 10. rule reloads ---

  @Test
  void reloadSwapsTheRulesAndKeepsTheOldOnesWhenTheNewOnesAreBroken() throws Exception {
    HealthCheck before = service.healthCheck();
    int builtIn = before.catalogue().size();
    String extra = TestSupport.ruleFile("program.extra", "// nothing");
    try (HealthService reloading = HealthService.start(before,
        HealthService.Settings.defaults().withPort(0))) {
      HealthCheck added = reloading.reloadRules(
          () -> HealthCheck.builder().addRules("extra.drl", extra).build());

      assertThat(reloading.healthCheck()).isSameAs(added);
      assertThat(MAPPER.readTree(health(reloading).body()).get("rules").asInt())
          .isEqualTo(builtIn + 1);
      assertThat(get(reloading, "/rules").body()).contains("program.extra");

      assertThatThrownBy(() -> reloading.reloadRules(
          () -> HealthCheck.builder().addRules("broken.drl", "rule \"x\" when then").build()))
          .isInstanceOf(RuleBuildException.class);
      assertThat(reloading.healthCheck()).isSameAs(added);
      assertThat(get(reloading, "/rules").body()).contains("program.extra");
    }
  }

  @Test
  void postAdminReloadExistsOnlyWithATokenAndReportsBrokenRules() throws Exception {
    String extra = TestSupport.ruleFile("program.extra", "// nothing");
    AtomicReference<Supplier<HealthCheck>> next = new AtomicReference<>(
        () -> HealthCheck.builder().addRules("extra.drl", extra).build());
    Supplier<HealthCheck> reloader = () -> next.get().get();
    int builtIn = service.healthCheck().catalogue().size();
    try (HealthService open = HealthService.start(HealthCheck.withBuiltInRules(),
        HealthService.Settings.defaults().withPort(0), reloader);
        HealthService guarded = HealthService.start(HealthCheck.withBuiltInRules(),
            HealthService.Settings.defaults().withPort(0).withToken(BearerToken.of(TOKEN)),
            reloader)) {
      problem(post(open, "/admin/reload", "", "application/json"), 404);
      problem(post(guarded, "/admin/reload", "", "application/json"), 401);

      HttpResponse<String> reloaded = authorizedPost(guarded, "/admin/reload");
      assertThat(reloaded.statusCode()).as(reloaded.body()).isEqualTo(200);
      assertThat(MAPPER.readTree(reloaded.body()).get("status").stringValue())
          .isEqualTo("reloaded");
      assertThat(guarded.healthCheck().catalogue().size()).isEqualTo(builtIn + 1);

      next.set(() -> HealthCheck.builder().addRules("broken.drl", "rule \"x\" when then")
          .build());
      HttpResponse<String> refused = authorizedPost(guarded, "/admin/reload");
      JsonNode problem = problem(refused, 500);
      assertThat(problem.get("type").stringValue()).endsWith("/reload-failed");
      assertThat(problem.at("/problems/0/path").stringValue()).startsWith("broken.drl");
      assertThat(guarded.healthCheck().catalogue().size()).isEqualTo(builtIn + 1);

      // An Error while reloading (here: memory) is answered too, and the service goes on.
      next.set(() -> {
        throw new OutOfMemoryError("pretend");
      });
      HttpResponse<String> failed = authorizedPost(guarded, "/admin/reload");
      assertThat(problem(failed, 500).get("type").stringValue()).endsWith("/internal-error");
      assertThat(failed.body()).doesNotContain("pretend", "OutOfMemoryError");
      assertThat(health(guarded).statusCode()).isEqualTo(200);
    }
  }

  static int countOf(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      count++;
    }
    return count;
  }

  static URI uri(HealthService target, String path) {
    return URI.create("http://127.0.0.1:" + target.port() + path);
  }

  static HttpResponse<String> post(HealthService target, String path, String body,
      String contentType) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(uri(target, path)).header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  static HttpResponse<String> authorizedPost(HealthService target, String path)
      throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(uri(target, path))
        .header("Authorization", "Bearer " + TOKEN)
        .POST(HttpRequest.BodyPublishers.noBody()));
  }

  static HttpResponse<String> get(HealthService target, String path)
      throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(uri(target, path)).GET());
  }

  static HttpResponse<String> health(HealthService target)
      throws IOException, InterruptedException {
    return get(target, "/health");
  }

  static HttpResponse<String> send(HttpRequest.Builder request)
      throws IOException, InterruptedException {
    return client.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
  }
}
