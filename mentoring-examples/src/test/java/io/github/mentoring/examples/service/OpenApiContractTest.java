package io.github.mentoring.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import io.github.mentoring.rules.HealthCheck;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The service's OpenAPI document is its contract, held to the service's real answers: every
 * answer below (reports and problem documents alike) must be one the document allows for that
 * operation, status and media type, with the headers it promises, its body valid against the
 * response's schema. The document itself must be valid OpenAPI 3.1 (swagger-parser), list exactly
 * the routes the service answers, and carry the formats' own JSON Schemas unchanged. A change to
 * the service that the document does not follow, or the other way round, fails here.
 */
class OpenApiContractTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final String TOKEN = "s3cret-token-for-the-contract-test";
  private static final String AUTH = "Bearer " + TOKEN;
  /** Where the served document is registered for the validator; never fetched. */
  private static final String DOCUMENT_URI = "https://mentoring-health.github.io/mentoring/openapi.json";

  private static final String RELATIONSHIP = """
      {
        "relationship": {
          "id": "r-ada-ben",
          "mentor": { "id": "ada" },
          "mentee": { "id": "ben" },
          "kind": "formal",
          "phase": "active",
          "startDate": "2026-02-02",
          "agreement": { "meetingFrequency": "P2W" },
          "meetings": [ { "id": "m1", "scheduledAt": "2026-02-09T10:00", "status": "held" } ]
        },
        "asOf": "2026-04-15"
      }
      """;

  /** What {@code POST /admin/reload} builds: working rules, or rules that do not build. */
  private static final AtomicReference<Supplier<HealthCheck>> RELOADER =
      new AtomicReference<>(HealthCheck::withBuiltInRules);

  private static HealthCheck rules;
  private static HealthService service;
  private static HttpClient client;
  private static String servedText;
  private static JsonNode served;
  private static SchemaRegistry registry;
  private static String sampleProgram;

  @BeforeAll
  static void start() throws Exception {
    rules = HealthCheck.withBuiltInRules();
    service = HealthService.start(rules, HealthService.Settings.defaults().withPort(0)
        .withMaxBodyBytes(256 * 1024).withToken(BearerToken.of(TOKEN)),
        () -> RELOADER.get().get());
    client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    HttpResponse<String> document = send("GET", "/openapi.json", Map.of(), null);
    assertThat(document.statusCode()).isEqualTo(200);
    servedText = document.body();
    served = MAPPER.readTree(servedText);
    registry = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi31(),
        builder -> builder.schemas(Map.of(DOCUMENT_URI, servedText)));
    sampleProgram = resource("samples/sample-program.json");
  }

  @AfterAll
  static void stop() {
    if (service != null) {
      service.close();
    }
    if (rules != null) {
      rules.close();
    }
  }

  // ---- the document itself ----------------------------------------------------------------------

  @Test
  void theServedDocumentIsValidOpenApi31WithEveryReferenceResolved() {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult result = new OpenAPIV3Parser().readContents(servedText, null, options);

    assertThat(result.getMessages()).as("swagger-parser's findings").isEmpty();
    assertThat(result.getOpenAPI()).isNotNull();
    assertThat(result.getOpenAPI().getOpenapi()).startsWith("3.1.");
    assertThat(result.getOpenAPI().getPaths()).containsKeys("/health-checks", "/rules", "/health",
        "/admin/reload", "/openapi.json");
    assertThat(internalReferences(served)).allSatisfy(ref -> assertThat(
        served.at(ref.substring(1)).isMissingNode()).as("%s points at nothing", ref).isFalse());
  }

  @Test
  void theKeptDocumentReferencesTheFormatsSchemasByTheirIdsAndCopiesNone() {
    ObjectNode kept = OpenApiDocument.kept();
    List<String> byId = new ArrayList<>();
    collectReferences(kept, byId);
    byId.removeIf(ref -> ref.startsWith("#"));

    assertThat(byId).isNotEmpty().allSatisfy(ref -> {
      assertThat(ref).startsWith(OpenApiDocument.SCHEMA_ID_PREFIX);
      String file = ref.substring(OpenApiDocument.SCHEMA_ID_PREFIX.length()).replaceAll("#.*", "");
      assertThat(OpenApiDocument.schema(file).path("$id").stringValue()).isEqualTo(
          OpenApiDocument.SCHEMA_ID_PREFIX + file);
    });
    assertThat(byId).contains(id("program"), id("report"), id("catalogue"));
    assertThat(kept.path("components").path("schemas").propertyNames())
        .doesNotContain("program", "program-v1", "report", "catalogue");
  }

  @Test
  void theServedDocumentInlinesTheSchemaFilesExactlyAsTheyAre() {
    JsonNode components = served.path("components").path("schemas");
    for (String name : List.of("program", "program-v1", "report", "catalogue")) {
      ObjectNode file = (ObjectNode) OpenApiDocument.schema(name + ".schema.json");
      file.remove("$id");
      file.remove("$schema");
      ObjectNode inlined = ((ObjectNode) components.get(name)).deepCopy();
      assertThat(inlined.remove("$comment").stringValue()).contains(id(name));
      unrewrite(inlined, "#/components/schemas/" + name);
      assertThat(inlined).as(name).isEqualTo(file);
    }
  }

  @Test
  void theDocumentListsExactlyTheRoutesTheServiceAnswers() {
    assertThat(operations()).isEqualTo(service.routes());
  }

  @Test
  void theRequestBodiesTheTestsSendAreValidAgainstTheDocumentsRequestSchema() {
    String pointer = "/paths/~1health-checks/post/requestBody/content/application~1json/schema";
    assertThat(errors(pointer, read(sampleProgram))).isEmpty();
    assertThat(errors(pointer, read(RELATIONSHIP))).isEmpty();
    assertThat(errors(pointer, read("{\"relationship\": {}, \"extra\": 1}"))).isNotEmpty();
  }

  // ---- real answers -------------------------------------------------------------------------------

  @Test
  void everyOperationAnswersItsSuccessAsDocumented() throws Exception {
    Map<String, HttpResponse<String>> answers = new LinkedHashMap<>();
    for (String operation : operations()) {
      String[] parts = operation.split(" ", 2);
      answers.put(operation, switch (operation) {
        case "POST /health-checks" -> post("/health-checks?asOf=2026-11-27", sampleProgram);
        case "POST /admin/reload" -> send("POST", "/admin/reload", Map.of("Authorization", AUTH),
            null);
        default -> send(parts[0], parts[1], Map.of("Authorization", AUTH), null);
      });
    }
    answers.put("POST /health-checks (one relationship)", post("/health-checks", RELATIONSHIP));
    answers.forEach((operation, answer) -> {
      assertThat(answer.statusCode()).as(operation + ": " + answer.body()).isEqualTo(200);
      assertConforms(operation.replace(" (one relationship)", ""), answer);
    });
  }

  @Test
  void aBodyThatIsNotJsonGetsTheDocumentedInvalidInputProblem() throws Exception {
    HttpResponse<String> answer = post("/health-checks?asOf=2026-11-27", "{\"relationships\": [");
    assertThat(answer.statusCode()).isEqualTo(400);
    assertConforms("POST /health-checks", answer);
    assertThat(read(answer.body()).path("type").stringValue()).endsWith("/invalid-input");
  }

  @Test
  void anInvalidProgramGetsTheDocumentedProblemListWithPaths() throws Exception {
    HttpResponse<String> answer = post("/health-checks?asOf=2026-13-01", """
        {"formatVersion": 2, "name": "x", "relationships": [{"id": "r1", "kind": "formal"}]}""");
    assertThat(answer.statusCode()).isEqualTo(400);
    assertConforms("POST /health-checks", answer);
    JsonNode problem = read(answer.body());
    assertThat(problem.path("problemCount").asInt()).isGreaterThan(2);
    assertThat(problem.path("problems").findValuesAsString("path"))
        .contains("?asOf", "$.relationships[0].startDate");
  }

  @Test
  void aBodyOverTheLimitGetsTheDocumentedTooLargeProblem() throws Exception {
    HttpResponse<String> answer = post("/health-checks?asOf=2026-11-27",
        "{\"name\": \"" + "x".repeat(300 * 1024) + "\"}");
    assertThat(answer.statusCode()).isEqualTo(413);
    assertConforms("POST /health-checks", answer);
  }

  @Test
  void aBodyThatIsNotDeclaredAsJsonGetsTheDocumentedUnsupportedMediaTypeProblem() throws Exception {
    HttpResponse<String> answer = send("POST", "/health-checks?asOf=2026-11-27",
        Map.of("Authorization", AUTH, "Content-Type", "text/plain"), RELATIONSHIP);
    assertThat(answer.statusCode()).isEqualTo(415);
    assertConforms("POST /health-checks", answer);
  }

  @Test
  void everyOperationThatNeedsTheTokenAnswersTheDocumentedUnauthorizedProblemWithoutIt()
      throws Exception {
    for (String operation : operations()) {
      String[] parts = operation.split(" ", 2);
      boolean open = operation(operation).path("security").isArray()
          && operation(operation).path("security").isEmpty();
      for (Map<String, String> headers : List.of(Map.<String, String>of(),
          Map.of("Authorization", "Bearer not-the-token-at-all-really"))) {
        HttpResponse<String> answer = send(parts[0], parts[1], headers,
            parts[0].equals("POST") ? RELATIONSHIP : null);
        assertThat(answer.statusCode()).as(operation + " " + headers)
            .isEqualTo(open ? 200 : 401);
        assertConforms(operation, answer);
      }
    }
  }

  @Test
  void rulesThatDoNotReloadGetTheDocumentedReloadFailedProblem() throws Exception {
    RELOADER.set(() -> HealthCheck.builder().addRules("broken.drl", "rule \"oops\" when").build());
    try {
      HttpResponse<String> answer = send("POST", "/admin/reload", Map.of("Authorization", AUTH),
          null);
      assertThat(answer.statusCode()).isEqualTo(500);
      assertConforms("POST /admin/reload", answer);
      assertThat(read(answer.body()).path("type").stringValue()).endsWith("/reload-failed");
    } finally {
      RELOADER.set(HealthCheck::withBuiltInRules);
    }
  }

  @Test
  void aRuleThatFailsGetsTheDocumentedRuleFailureProblem() throws Exception {
    try (HealthCheck failing = TestSupport.trustedRules("failing.drl", TestSupport.ruleFile(
        "program.fails", "throw new IllegalStateException(\"boom\");")).build()) {
      HealthCheck before = service.healthCheck();
      service.replaceHealthCheck(failing);
      try {
        HttpResponse<String> answer = post("/health-checks", RELATIONSHIP);
        assertThat(answer.statusCode()).isEqualTo(500);
        assertConforms("POST /health-checks", answer);
        assertThat(read(answer.body()).path("ruleId").stringValue()).isEqualTo("program.fails");
      } finally {
        service.replaceHealthCheck(before);
      }
    }
  }

  @Test
  void malformedHttpGetsAProblemTheDocumentAllows() throws Exception {
    TestSupport.RawResponse answer = TestSupport.raw(service.port(), """
        POST /health-checks?asOf=2026-11-27 HTTP/1.1\r
        Host: localhost\r
        Authorization: %s\r
        Content-Type: application/json\r
        Transfer-Encoding: chunked\r
        \r
        zz\r
        {}\r
        0\r
        \r
        """.formatted(AUTH));
    assertThat(answer.status()).isEqualTo(400);
    assertConforms("POST /health-checks", answer.status(), answer.contentType(),
        name -> answer.headers().get(name.toLowerCase(Locale.ROOT)), answer.body());
  }

  @Test
  void anUnknownPathGetsTheDocumentedNotFoundProblem() throws Exception {
    for (String path : List.of("/nowhere", "/rules/extra", "/health-checks/1")) {
      HttpResponse<String> answer = send("GET", path, Map.of("Authorization", AUTH), null);
      assertThat(answer.statusCode()).as(path).isEqualTo(404);
      assertConformsTo("components/responses/NotFound",
          served.path("components").path("responses").path("NotFound"), answer);
    }
  }

  @Test
  void aListedPathAskedWithAnotherMethodGetsTheDocumentedMethodNotAllowedProblem()
      throws Exception {
    for (String operation : operations()) {
      String path = operation.split(" ", 2)[1];
      String method = operation.startsWith("GET") ? "POST" : "GET";
      if (operations().contains(method + " " + path)) {
        continue;
      }
      for (String other : List.of(method, "DELETE", "PUT")) {
        HttpResponse<String> answer = send(other, path, Map.of("Authorization", AUTH),
            other.equals("GET") ? null : "{}");
        assertThat(answer.statusCode()).as(other + " " + path).isEqualTo(405);
        assertConformsTo("components/responses/MethodNotAllowed",
            served.path("components").path("responses").path("MethodNotAllowed"), answer);
        assertThat(answer.headers().firstValue("Allow")).as(other + " " + path)
            .contains(operation.split(" ", 2)[0]);
      }
    }
  }

  @Test
  void whateverTheClientAcceptsTheAnswerIsOfAMediaTypeTheDocumentNames() throws Exception {
    // An operation that learns to answer another media type (an HTML report, say) must say so
    // in the document.
    for (String operation : operations()) {
      String[] parts = operation.split(" ", 2);
      String path = parts[1].equals("/health-checks") ? "/health-checks?asOf=2026-11-27" : parts[1];
      for (String accept : List.of("text/html", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8",
          "*/*", "application/json")) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", AUTH);
        headers.put("Accept", accept);
        if (parts[0].equals("POST")) {
          headers.put("Content-Type", "application/json");
        }
        HttpResponse<String> answer = send(parts[0], path, headers,
            parts[1].equals("/health-checks") ? RELATIONSHIP : null);
        assertConforms(operation, answer);
      }
    }
  }

  // ---- checking an answer against the document ----------------------------------------------------

  /** The operations of the document, as "METHOD /path". */
  private static Set<String> operations() {
    Set<String> operations = new TreeSet<>();
    served.path("paths").properties().forEach(path -> path.getValue().propertyNames().stream()
        .filter(m -> Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace")
            .contains(m))
        .forEach(m -> operations.add(m.toUpperCase(Locale.ROOT) + " " + path.getKey())));
    return operations;
  }

  private static JsonNode operation(String operation) {
    String[] parts = operation.split(" ", 2);
    JsonNode node = served.path("paths").path(parts[1]).path(parts[0].toLowerCase(Locale.ROOT));
    assertThat(node.isObject()).as("the document has no operation " + operation).isTrue();
    return node;
  }

  private static void assertConforms(String operation, HttpResponse<String> answer) {
    assertConforms(operation, answer.statusCode(),
        answer.headers().firstValue("Content-Type").orElse(""),
        name -> answer.headers().firstValue(name).orElse(null), answer.body());
  }

  private static void assertConforms(String operation, int status, String contentType,
      java.util.function.Function<String, String> header, String body) {
    JsonNode responses = operation(operation).path("responses");
    String key = responses.has(String.valueOf(status)) ? String.valueOf(status) : "default";
    assertThat(responses.has(key)).as(operation + " documents no answer " + status).isTrue();
    String pointer = "/paths/" + escape(operation.split(" ", 2)[1]) + "/"
        + operation.split(" ", 2)[0].toLowerCase(Locale.ROOT) + "/responses/" + key;
    assertResponse(operation + " " + status, pointer, status, contentType, header, body);
  }

  private static void assertConformsTo(String where, JsonNode response,
      HttpResponse<String> answer) {
    assertThat(response.isObject()).as(where).isTrue();
    assertResponse(where, "/" + where, answer.statusCode(),
        answer.headers().firstValue("Content-Type").orElse(""),
        name -> answer.headers().firstValue(name).orElse(null), answer.body());
  }

  /** The answer against a Response Object (or a reference to one) at a pointer of the document. */
  private static void assertResponse(String what, String pointer, int status, String contentType,
      java.util.function.Function<String, String> header, String body) {
    JsonNode response = served.at(pointer);
    while (response.has("$ref")) {
      pointer = response.get("$ref").stringValue().substring(1);
      response = served.at(pointer);
    }
    String mediaType = contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
    assertThat(response.path("content").propertyNames()).as(what + ": media type").contains(
        mediaType);
    for (Map.Entry<String, JsonNode> documented : response.path("headers").properties()) {
      String value = header.apply(documented.getKey());
      if (documented.getValue().path("required").asBoolean(false)) {
        assertThat(value).as(what + ": header " + documented.getKey()).isNotNull();
      }
      if (value != null) {
        String headerPointer = pointer + "/headers/" + escape(documented.getKey()) + "/schema";
        assertThat(messages(errors(headerPointer, MAPPER.getNodeFactory().stringNode(value))))
            .as(what + ": header " + documented.getKey() + " = " + value).isEmpty();
      }
    }
    // the HTML report is text: its schema is a string's
    JsonNode instance = mediaType.equals("text/html") ? MAPPER.getNodeFactory().stringNode(body)
        : read(body);
    assertThat(messages(errors(pointer + "/content/" + escape(mediaType) + "/schema", instance)))
        .as(what + ": body " + body).isEmpty();
    if (mediaType.equals("application/problem+json")) {
      assertThat(instance.path("status").asInt()).as(what + ": status member").isEqualTo(status);
    }
  }

  private static List<Error> errors(String pointer, JsonNode instance) {
    Schema schema = registry.getSchema(SchemaLocation.of(DOCUMENT_URI + "#" + pointer));
    return schema.validate(instance);
  }

  private static List<String> messages(List<Error> errors) {
    return errors.stream().map(e -> e.getInstanceLocation() + " " + e.getMessage()).toList();
  }

  private static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  // ---- helpers --------------------------------------------------------------------------------------

  /** The {@code $id} of one of the formats' schemas, e.g. {@code program}. */
  private static String id(String name) {
    return OpenApiDocument.SCHEMA_ID_PREFIX + name + ".schema.json";
  }

  /** The "#/..." references of a document. */
  private static List<String> internalReferences(JsonNode node) {
    List<String> refs = new ArrayList<>();
    collectReferences(node, refs);
    refs.removeIf(ref -> !ref.startsWith("#"));
    return refs;
  }

  private static void collectReferences(JsonNode node, List<String> refs) {
    if (node.isObject()) {
      JsonNode ref = node.get("$ref");
      if (ref != null && ref.isString()) {
        refs.add(ref.stringValue());
      }
    }
    for (JsonNode child : node) {
      collectReferences(child, refs);
    }
  }

  /** Turns the inlined schema's references back into the file's own "#/..." ones. */
  private static void unrewrite(JsonNode node, String prefix) {
    if (node instanceof ObjectNode object) {
      JsonNode ref = object.get("$ref");
      if (ref != null && ref.isString() && ref.stringValue().startsWith(prefix)) {
        object.put("$ref", "#" + ref.stringValue().substring(prefix.length()));
      }
    }
    for (Iterator<JsonNode> children = node.iterator(); children.hasNext(); ) {
      unrewrite(children.next(), prefix);
    }
  }

  private static JsonNode read(String json) {
    return MAPPER.readTree(json);
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = OpenApiContractTest.class.getClassLoader().getResourceAsStream(name)) {
      return new String(Optional.ofNullable(in).orElseThrow().readAllBytes(),
          StandardCharsets.UTF_8);
    }
  }

  private static HttpResponse<String> post(String path, String body) throws Exception {
    return send("POST", path, Map.of("Authorization", AUTH, "Content-Type", "application/json"),
        body);
  }

  private static HttpResponse<String> send(String method, String path,
      Map<String, String> headers, String body) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + service.port() + path)).timeout(TIMEOUT)
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    headers.forEach(request::header);
    if (body != null && !headers.containsKey("Content-Type")) {
      request.header("Content-Type", "application/json");
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
