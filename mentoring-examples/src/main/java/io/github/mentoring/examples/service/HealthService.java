package io.github.mentoring.examples.service;

import io.github.mentoring.core.model.Relationship;
import io.github.mentoring.examples.input.EmbeddedJson;
import io.github.mentoring.examples.json.Problem;
import io.github.mentoring.examples.json.Program;
import io.github.mentoring.examples.json.ProgramFormatException;
import io.github.mentoring.examples.report.CatalogueJson;
import io.github.mentoring.examples.report.JsonOutput;
import io.github.mentoring.examples.report.ReportJson;
import io.github.mentoring.rules.HealthCheck;
import io.github.mentoring.rules.ProgramReport;
import io.github.mentoring.rules.RuleExecutionException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The health check over HTTP, for HR platforms.
 *
 * <ul>
 *   <li>{@code POST /health-checks}: the body is a program in the program format, or
 *       {@code {"relationship": {...}, "asOf": "2026-04-15"}} for one relationship; the check
 *       date comes from the {@code asOf} query parameter, else from the body, and is required (the
 *       service never reads the clock, so that the same request always gets the same report).
 *       Answers a report in the report format ({@code schemas/report.schema.json}).
 *   <li>{@code GET /rules}: the rule catalogue ({@code schemas/catalogue.schema.json}).
 *   <li>{@code GET /health}: {@code {"status": "up", "rules": N}}.
 * </ul>
 *
 * <p>Errors are RFC 9457 problem documents ({@code application/problem+json}): 400 listing every
 * problem of the request with its JSON path, 413 for a body over the limit, 404 and 405 for
 * unknown resources and methods, 500 without internals. The health check is built once and
 * shared by all requests (it is thread-safe). Logs name the method, path, status and time of each
 * request, never its content.
 *
 * <pre>{@code
 * try (HealthService service = HealthService.start(HealthCheck.withBuiltInRules(),
 *     HealthService.Settings.defaults().withPort(0))) {
 *   int port = service.port();
 *   ...
 * }
 * }</pre>
 */
public final class HealthService implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(HealthService.class);

  /** The default limit of a request body: 1 MiB. */
  public static final long DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

  private static final String JSON = "application/json";
  private static final Set<String> SINGLE_FIELDS = Set.of("relationship", "asOf");
  private static final Map<String, String> ALLOWED = Map.of(
      "/health-checks", "POST", "/rules", "GET", "/health", "GET");

  /**
   * Where the service listens and how large a body it takes.
   *
   * @param host the address to bind, e.g. {@code 127.0.0.1} or {@code 0.0.0.0} for all
   * @param port the port; 0 for any free one
   * @param maxBodyBytes the largest request body accepted; larger ones get 413
   */
  public record Settings(String host, int port, long maxBodyBytes) {

    /** Checks the values. */
    public Settings {
      Objects.requireNonNull(host, "host");
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be 0..65535, was " + port);
      }
      if (maxBodyBytes < 1) {
        throw new IllegalArgumentException("maxBodyBytes must be positive, was " + maxBodyBytes);
      }
    }

    /** Loopback only, port 8080, bodies up to 1 MiB. */
    public static Settings defaults() {
      return new Settings("127.0.0.1", 8080, DEFAULT_MAX_BODY_BYTES);
    }

    /** These settings with another port. */
    public Settings withPort(int newPort) {
      return new Settings(host, newPort, maxBodyBytes);
    }

    /** These settings with another host. */
    public Settings withHost(String newHost) {
      return new Settings(newHost, port, maxBodyBytes);
    }

    /** These settings with another body limit. */
    public Settings withMaxBodyBytes(long newLimit) {
      return new Settings(host, port, newLimit);
    }
  }

  private final HealthCheck healthCheck;
  private final Settings settings;
  private final String catalogue;
  private final Javalin app;

  private HealthService(HealthCheck healthCheck, Settings settings) {
    this.healthCheck = healthCheck;
    this.settings = settings;
    // The catalogue never changes after start-up: render it once.
    this.catalogue = CatalogueJson.write(healthCheck.catalogue(), healthCheck.policy());
    this.app = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.startup.showOldJavalinVersionWarning = false;
      config.http.prefer405over404 = true;
      config.http.maxRequestSize = settings.maxBodyBytes();
      config.requestLogger.http((ctx, ms) -> LOG.info("{} {} -> {} in {} ms", ctx.method(),
          ctx.path(), ctx.statusCode(), Math.round(ms)));
      config.routes.post("/health-checks", this::healthCheck);
      config.routes.get("/rules", ctx -> ctx.contentType(JSON).result(catalogue));
      config.routes.get("/health", this::health);
      config.routes.exception(BadRequest.class, (e, ctx) -> problem(ctx, e.document));
      // Javalin answers unknown paths, wrong methods and its own size limit by throwing.
      config.routes.exception(HttpResponseException.class, (e, ctx) -> httpError(ctx, e));
      config.routes.exception(RuleExecutionException.class, (e, ctx) -> {
        LOG.error("Rule {} failed on {} {}", e.ruleId(), ctx.method(), ctx.path(), e);
        problem(ctx, ProblemDocument.ruleFailed(e.ruleId()));
      });
      config.routes.exception(Exception.class, (e, ctx) -> {
        LOG.error("Request {} {} failed", ctx.method(), ctx.path(), e);
        problem(ctx, ProblemDocument.internalError());
      });
    });
  }

  /**
   * Starts the service; it answers at once.
   *
   * @throws IllegalStateException if the port cannot be bound
   */
  public static HealthService start(HealthCheck healthCheck, Settings settings) {
    HealthService service = new HealthService(Objects.requireNonNull(healthCheck, "healthCheck"),
        Objects.requireNonNull(settings, "settings"));
    service.app.start(settings.host(), settings.port());
    LOG.info("Health service listening on {}:{} with {} rules", settings.host(), service.port(),
        healthCheck.catalogue().size());
    return service;
  }

  /** The bound port: the one asked for, or the one chosen when 0 was asked. */
  public int port() {
    return app.port();
  }

  /** Stops the service; requests under way are finished first. */
  @Override
  public void close() {
    app.stop();
    LOG.info("Health service stopped");
  }

  private void health(Context ctx) {
    ObjectNode body = JsonOutput.object();
    body.put("status", "up");
    body.put("rules", healthCheck.catalogue().size());
    ctx.contentType(JSON).result(JsonOutput.pretty(body));
  }

  private void healthCheck(Context ctx) throws IOException {
    byte[] content = body(ctx);
    String source = "request body";
    ObjectNode root;
    try {
      root = EmbeddedJson.parseObject(content, source);
    } catch (ProgramFormatException e) {
      throw new BadRequest("The body is not a JSON object.", e.problems());
    }
    List<Problem> problems = new ArrayList<>();
    Optional<LocalDate> queryDate = queryDate(ctx, problems);
    List<Relationship> relationships = List.of();
    Optional<LocalDate> bodyDate = Optional.empty();
    try {
      if (root.has("relationship") && !root.has("relationships")) {
        root.propertyNames().stream().filter(name -> !SINGLE_FIELDS.contains(name)).sorted()
            .forEach(name -> problems.add(new Problem("$." + name,
                "unknown field; a body with one relationship has only \"relationship\" and "
                    + "\"asOf\"")));
        if (root.has("asOf")) {
          bodyDate = Optional.of(EmbeddedJson.readDate(root.get("asOf"), "$.asOf", source));
        }
        relationships = List.of(EmbeddedJson.readRelationship(root.get("relationship"),
            "$.relationship", source));
      } else {
        Program program = EmbeddedJson.readProgram(root, "$", source);
        relationships = program.relationships();
        bodyDate = program.asOf();
      }
    } catch (ProgramFormatException e) {
      problems.addAll(e.problems());
    }
    if (queryDate.isEmpty() && bodyDate.isEmpty() && problems.stream()
        .noneMatch(p -> p.path().equals("$.asOf"))) {
      problems.add(new Problem("$.asOf", "is required: give the check date as ?asOf=yyyy-mm-dd "
          + "or as \"asOf\" in the body"));
    }
    if (!problems.isEmpty()) {
      throw new BadRequest("The request has " + problems.size()
          + (problems.size() == 1 ? " problem." : " problems."), problems);
    }
    LocalDate asOf = queryDate.isPresent() ? queryDate.get() : bodyDate.orElseThrow();
    ProgramReport report = healthCheck.checkAll(relationships, asOf);
    ctx.contentType(JSON).result(ReportJson.write(report));
  }

  /** The body, refused with 413 beyond the limit, before or while it is read. */
  private byte[] body(Context ctx) throws IOException {
    long limit = settings.maxBodyBytes();
    String declared = ctx.header("Content-Length");
    boolean declaredTooLong;
    try {
      declaredTooLong = declared != null && Long.parseLong(declared.trim()) > limit;
    } catch (NumberFormatException e) {
      throw new BadRequest("The Content-Length header is not a number.", List.of());
    }
    try (InputStream in = ctx.bodyInputStream()) {
      if (declaredTooLong) {
        drain(in, 2 * limit);
        throw new HttpResponseException(413);
      }
      // A chunked body has no declared length: count while reading.
      byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
      if (content.length > limit) {
        drain(in, limit);
        throw new HttpResponseException(413);
      }
      return content;
    }
  }

  /**
   * Reads and drops up to {@code max} more bytes of a refused body. A connection closed with
   * unread data in it is reset, and the client then sees a broken connection instead of the 413;
   * bodies far over the limit are not read to the end, and may still meet that.
   */
  private static void drain(InputStream in, long max) throws IOException {
    byte[] buffer = new byte[8192];
    long left = max;
    int read;
    while (left > 0 && (read = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
      left -= read;
    }
  }

  private static Optional<LocalDate> queryDate(Context ctx, List<Problem> problems) {
    String text = ctx.queryParam("asOf");
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(text));
    } catch (DateTimeParseException e) {
      problems.add(new Problem("?asOf", "must be a date such as 2026-03-01, found \""
          + text + "\""));
      return Optional.empty();
    }
  }

  private void httpError(Context ctx, HttpResponseException e) {
    switch (e.getStatus()) {
      case 404 -> problem(ctx, ProblemDocument.notFound(ctx.method().name(), ctx.path()));
      case 405 -> {
        String allowed = ALLOWED.get(ctx.path());
        if (allowed != null) {
          ctx.header("Allow", allowed);
        }
        problem(ctx, ProblemDocument.methodNotAllowed(ctx.method().name(), ctx.path()));
      }
      case 413 -> problem(ctx, ProblemDocument.tooLarge(settings.maxBodyBytes()));
      default -> problem(ctx, ProblemDocument.other(e.getStatus(), e.getMessage()));
    }
  }

  private static void problem(Context ctx, ProblemDocument document) {
    ctx.status(document.status()).contentType(ProblemDocument.MEDIA_TYPE)
        .result(document.toJson());
  }

  /** A request refused with 400 and a problem document. */
  private static final class BadRequest extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient ProblemDocument document;

    BadRequest(String detail, List<Problem> problems) {
      super(detail, null, false, false);
      this.document = ProblemDocument.invalidInput(detail, problems);
    }
  }
}
