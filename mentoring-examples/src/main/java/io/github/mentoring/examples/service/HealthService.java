package io.github.mentoring.examples.service;

import io.github.mentoring.core.model.Relationship;
import io.github.mentoring.examples.input.EmbeddedJson;
import io.github.mentoring.json.Problem;
import io.github.mentoring.json.Program;
import io.github.mentoring.json.ProgramJson;
import io.github.mentoring.json.ProgramFormatException;
import io.github.mentoring.examples.report.CatalogueJson;
import io.github.mentoring.examples.report.JsonOutput;
import io.github.mentoring.examples.report.ReportJson;
import io.github.mentoring.examples.report.html.HtmlReport;
import io.github.mentoring.rules.HealthCheck;
import io.github.mentoring.rules.ProgramReport;
import io.github.mentoring.rules.RuleBuildException;
import io.github.mentoring.rules.CheckFailure;
import io.github.mentoring.rules.RuleExecutionException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.io.IdleTimeout;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The health check over HTTP, for HR platforms.
 *
 * <ul>
 *   <li>{@code POST /health-checks}: the body ({@code Content-Type: application/json}) is a
 *       program in the program format, or {@code {"relationship": {...}, "asOf": "2026-04-15"}}
 *       for one relationship; the check date comes from the {@code asOf} query parameter, else
 *       from the body, and is required (the service never reads the clock, so that the same
 *       request always gets the same report). Answers a report in the report format
 *       ({@code schemas/report.schema.json}), or with {@code Accept: text/html} the HTML report
 *       ({@link HtmlReport}: one self-contained page).
 *   <li>{@code GET /rules}: the rule catalogue ({@code schemas/catalogue.schema.json}).
 *   <li>{@code GET /health}: {@code {"status": "up", "rules": N}}; never needs a token.
 *   <li>{@code POST /admin/reload}: rebuilds the rules with the service's reloader and swaps
 *       them in; only when the service has a token and a reloader.
 *   <li>{@code GET /openapi.json}: this contract as an OpenAPI 3.1 document
 *       ({@code openapi/openapi.json}, with the formats' schemas inlined: {@link OpenApiDocument});
 *       never needs a token.
 * </ul>
 *
 * <p>Every error, the HTTP layer's own included, is an RFC 9457 problem document
 * ({@code application/problem+json}): 400 listing the first problems of the request (at most
 * {@link Settings#maxProblems()}, with their count), 401 without the token, 404 and 405, 408 for
 * a body that stalls or comes too slowly, 413 for a body over the limit, 415 for a body that is
 * not JSON, 500 without internals (naming the rule and relationship when a rule failed), 503
 * when too many bodies are in flight.
 *
 * <p>Slow or hostile clients cannot take the service down: bodies are received without holding
 * a thread ({@link BodyBufferingHandler}) and must keep up a minimum rate; idle connections are
 * closed after {@link Settings#idleTimeout()}; workers ({@link Settings#maxThreads()}) and
 * connections ({@link Settings#maxConnections()}) are bounded. At most
 * {@link Settings#maxConcurrentChecks()} requests are read and judged at once (by default as many
 * as there are processors, since more would only slow each one down); the others wait their
 * turn. An {@link Error} while handling a request (a stack overflow in a rule, memory exhausted
 * by one request) is answered 500 and the service goes on.
 *
 * <p>The health check is shared by all requests (it is thread-safe) and can be replaced while
 * the service runs ({@link #replaceHealthCheck}, {@link #reloadRules}): each request reads it
 * once, so checks under way finish with the rules they began with. A replaced health check is not
 * closed, since a request may have read it and not yet begun its check; its threads end when it
 * is garbage collected. The health check given to {@code start} stays its caller's to close,
 * after the service.
 * Logs name the method, path, status and time of each request, never its content.
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

  /** The default number of worker threads at most. */
  public static final int DEFAULT_MAX_THREADS = 32;

  /** The default time a connection may stay silent, mid-request or between requests. */
  public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(5);

  /** The default least average rate of a request body, after a grace period of the idle timeout. */
  public static final long DEFAULT_MIN_BODY_BYTES_PER_SECOND = 1024;

  /** The default number of open connections at most; more wait to be accepted. */
  public static final int DEFAULT_MAX_CONNECTIONS = 512;

  private static final String JSON = "application/json";
  private static final Set<String> SINGLE_FIELDS = Set.of("relationship", "asOf");
  private static final String RELOAD_PATH = "/admin/reload";
  private static final String OPENAPI_PATH = "/openapi.json";
  // Answered without the token: a probe's health, and the contract, which holds no secret.
  private static final Set<String> OPEN_PATHS = Set.of("/health", OPENAPI_PATH);

  /**
   * Where the service listens, how much it takes and who may call it.
   *
   * @param host the address to bind, e.g. {@code 127.0.0.1} or {@code 0.0.0.0} for all; an
   *     address other than a loopback one needs a token
   * @param port the port; 0 for any free one
   * @param maxBodyBytes the largest request body accepted; larger ones get 413
   * @param maxThreads the most worker threads (at least 8: Jetty keeps some for its own I/O)
   * @param idleTimeout how long a connection may stay silent before it is closed
   * @param minBodyBytesPerSecond the least average rate of a body once a grace period of
   *     {@code idleTimeout} is over; slower ones get 408
   * @param maxConnections the most open connections; further ones wait to be accepted
   * @param maxProblems the most problems a 400 answer lists (it always gives their count)
   * @param token the token every request but {@code GET /health} must carry, if any
   */
  public record Settings(String host, int port, long maxBodyBytes, int maxThreads,
      Duration idleTimeout, long minBodyBytesPerSecond, int maxConnections, int maxProblems,
      int maxConcurrentChecks, Optional<BearerToken> token) {

    /** Checks the values. */
    public Settings {
      Objects.requireNonNull(host, "host");
      Objects.requireNonNull(idleTimeout, "idleTimeout");
      Objects.requireNonNull(token, "token");
      if (host.isBlank()) {
        throw new IllegalArgumentException("host must not be blank");
      }
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be 0..65535, was " + port);
      }
      if (maxBodyBytes < 1 || maxBodyBytes > Integer.MAX_VALUE - 8) {
        throw new IllegalArgumentException("maxBodyBytes must be 1.." + (Integer.MAX_VALUE - 8)
            + ", was " + maxBodyBytes);
      }
      if (maxThreads < 8) {
        throw new IllegalArgumentException("maxThreads must be at least 8, was " + maxThreads);
      }
      if (idleTimeout.isNegative() || idleTimeout.isZero()) {
        throw new IllegalArgumentException("idleTimeout must be positive, was " + idleTimeout);
      }
      if (minBodyBytesPerSecond < 1) {
        throw new IllegalArgumentException("minBodyBytesPerSecond must be positive, was "
            + minBodyBytesPerSecond);
      }
      if (maxConnections < 1) {
        throw new IllegalArgumentException("maxConnections must be positive, was "
            + maxConnections);
      }
      if (maxProblems < 1) {
        throw new IllegalArgumentException("maxProblems must be positive, was " + maxProblems);
      }
      if (maxConcurrentChecks < 1) {
        throw new IllegalArgumentException("maxConcurrentChecks must be positive, was "
            + maxConcurrentChecks);
      }
    }

    /** The given address and limits, the other settings as in {@link #defaults()}. */
    public Settings(String host, int port, long maxBodyBytes) {
      this(host, port, maxBodyBytes, DEFAULT_MAX_THREADS, DEFAULT_IDLE_TIMEOUT,
          DEFAULT_MIN_BODY_BYTES_PER_SECOND, DEFAULT_MAX_CONNECTIONS,
          ProblemDocument.DEFAULT_MAX_PROBLEMS, Runtime.getRuntime().availableProcessors(),
          Optional.empty());
    }

    /**
     * Loopback only, port 8080, bodies up to 1 MiB at 1 KiB/s at least, 32 threads, 512
     * connections, idle connections closed after 5 s, 100 problems listed, as many requests
     * judged at once as the JVM has processors, no token.
     */
    public static Settings defaults() {
      return new Settings("127.0.0.1", 8080, DEFAULT_MAX_BODY_BYTES);
    }

    /** These settings with another port. */
    public Settings withPort(int newPort) {
      return new Settings(host, newPort, maxBodyBytes, maxThreads, idleTimeout,
          minBodyBytesPerSecond, maxConnections, maxProblems, maxConcurrentChecks, token);
    }

    /** These settings with another host. */
    public Settings withHost(String newHost) {
      return new Settings(newHost, port, maxBodyBytes, maxThreads, idleTimeout,
          minBodyBytesPerSecond, maxConnections, maxProblems, maxConcurrentChecks, token);
    }

    /** These settings with another body limit. */
    public Settings withMaxBodyBytes(long newLimit) {
      return new Settings(host, port, newLimit, maxThreads, idleTimeout, minBodyBytesPerSecond,
          maxConnections, maxProblems, maxConcurrentChecks, token);
    }

    /** These settings with another thread limit. */
    public Settings withMaxThreads(int newMax) {
      return new Settings(host, port, maxBodyBytes, newMax, idleTimeout, minBodyBytesPerSecond,
          maxConnections, maxProblems, maxConcurrentChecks, token);
    }

    /** These settings with another idle timeout. */
    public Settings withIdleTimeout(Duration newTimeout) {
      return new Settings(host, port, maxBodyBytes, maxThreads, newTimeout,
          minBodyBytesPerSecond, maxConnections, maxProblems, maxConcurrentChecks, token);
    }

    /** These settings with another least body rate. */
    public Settings withMinBodyBytesPerSecond(long newRate) {
      return new Settings(host, port, maxBodyBytes, maxThreads, idleTimeout, newRate,
          maxConnections, maxProblems, maxConcurrentChecks, token);
    }

    /** These settings with another connection limit. */
    public Settings withMaxConnections(int newMax) {
      return new Settings(host, port, maxBodyBytes, maxThreads, idleTimeout,
          minBodyBytesPerSecond, newMax, maxProblems, maxConcurrentChecks, token);
    }

    /** These settings with another number of problems listed. */
    public Settings withMaxProblems(int newMax) {
      return new Settings(host, port, maxBodyBytes, maxThreads, idleTimeout,
          minBodyBytesPerSecond, maxConnections, newMax, maxConcurrentChecks, token);
    }

    /** These settings with another bound on the requests read and judged at once. */
    public Settings withMaxConcurrentChecks(int newMax) {
      return new Settings(host, port, maxBodyBytes, maxThreads, idleTimeout,
          minBodyBytesPerSecond, maxConnections, maxProblems, newMax, token);
    }

    /** These settings with a token that every request but {@code GET /health} must carry. */
    public Settings withToken(BearerToken newToken) {
      return new Settings(host, port, maxBodyBytes, maxThreads, idleTimeout,
          minBodyBytesPerSecond, maxConnections, maxProblems, maxConcurrentChecks,
          Optional.of(Objects.requireNonNull(newToken, "token")));
    }
  }

  /** The rules in use and their catalogue, rendered once: swapped together. */
  private record Rules(HealthCheck healthCheck, String catalogue) {
    static Rules of(HealthCheck healthCheck) {
      return new Rules(healthCheck,
          CatalogueJson.write(healthCheck.catalogue(), healthCheck.policy()));
    }
  }

  private final Settings settings;
  private final AtomicReference<Rules> rules;
  private final Supplier<HealthCheck> reloader;
  // Reloads are built one at a time. A private lock, not the service object: callers hold that
  // object (start returns it), and one that locked it would stall every reload.
  private final Object reloadLock = new Object();
  private final BodyBufferingHandler bodies;
  // Requests being read and judged: at most maxConcurrentChecks, the others wait in turn.
  private final Semaphore checking;
  private final Javalin app;

  private HealthService(HealthCheck healthCheck, Settings settings, String address,
      Supplier<HealthCheck> reloader) {
    this.settings = settings;
    this.rules = new AtomicReference<>(Rules.of(healthCheck));
    this.reloader = reloader;
    this.checking = new Semaphore(settings.maxConcurrentChecks(), true);
    long idleMillis = settings.idleTimeout().toMillis();
    // Bodies waiting for a worker or being handled: two per worker at most, 64 MiB by default.
    this.bodies = new BodyBufferingHandler(settings.maxBodyBytes(),
        settings.minBodyBytesPerSecond(), idleMillis,
        2L * settings.maxThreads() * settings.maxBodyBytes());
    QueuedThreadPool threads = new QueuedThreadPool(settings.maxThreads(),
        Math.min(8, settings.maxThreads()), 60_000);
    threads.setName("mentoring-http");
    // Built before listening: a service whose contract cannot be read does not start.
    String openApi = OpenApiDocument.served();
    this.app = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.startup.showOldJavalinVersionWarning = false;
      // Its thread only says "you never started it" after 5 s; it would outlive a short test.
      config.startup.startupWatcherEnabled = false;
      config.jetty.threadPool = threads;
      config.jetty.modifyServer(server -> {
        server.setErrorHandler(new ProblemErrorHandler());
        // Javalin puts its servlet inside the innermost wrapper: bodies arrive before it runs.
        server.insertHandler(bodies);
        server.addBean(new NetworkConnectionLimit(settings.maxConnections(), server));
      });
      config.jetty.modifyServletContextHandler(
          context -> context.setErrorHandler(new ProblemErrorHandler()));
      config.jetty.addConnector((server, http) -> {
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(address);
        connector.setPort(settings.port());
        connector.setIdleTimeout(idleMillis);
        return connector;
      });
      config.http.prefer405over404 = true;
      config.http.maxRequestSize = settings.maxBodyBytes();
      config.router.javaLangErrorHandler(HealthService::lastResort);
      config.requestLogger.http((ctx, ms) -> LOG.info("{} {} -> {} in {} ms", ctx.method(),
          ctx.path(), ctx.statusCode(), Math.round(ms)));
      settings.token().ifPresent(token -> config.routes.before(guarded(ctx -> {
        if (!(OPEN_PATHS.contains(ctx.path()) && ctx.method().name().equals("GET"))
            && !token.matches(ctx.header("Authorization"))) {
          throw new Unauthorized(ctx.header("Authorization") != null);
        }
      })));
      // Runs after each handler, before its answer is written.
      config.routes.after(HealthService::restartIdlePeriod);
      config.routes.post("/health-checks", guarded(this::healthCheck));
      config.routes.get("/rules", guarded(ctx -> ctx.contentType(JSON)
          .result(rules.get().catalogue())));
      config.routes.get("/health", guarded(this::health));
      config.routes.get(OPENAPI_PATH, guarded(ctx -> ctx.contentType(JSON).result(openApi)));
      if (reloader != null && settings.token().isPresent()) {
        config.routes.post(RELOAD_PATH, guarded(this::reload));
      }
      config.routes.exception(BadRequest.class, (e, ctx) -> problem(ctx, e.document));
      config.routes.exception(Unauthorized.class, (e, ctx) -> {
        ctx.header("WWW-Authenticate", e.tokenGiven
            ? "Bearer realm=\"mentoring\", error=\"invalid_token\"" : "Bearer realm=\"mentoring\"");
        problem(ctx, ProblemDocument.unauthorized(e.tokenGiven));
      });
      // Javalin answers unknown paths, wrong methods and its own size limit by throwing.
      config.routes.exception(HttpResponseException.class, (e, ctx) -> httpError(ctx, e));
      config.routes.exception(RuleExecutionException.class, (e, ctx) -> {
        LOG.error("Rule {} failed on relationship {} ({} {})", e.ruleId(), e.relationshipId(),
            ctx.method(), ctx.path(), e);
        problem(ctx, ProblemDocument.ruleFailed(e.ruleId(), e.relationshipId()));
      });
      config.routes.exception(HandlerError.class, (e, ctx) -> {
        logError(ctx.method() + " " + ctx.path(), e.getCause());
        problem(ctx, ProblemDocument.internalError());
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
   * @throws IllegalArgumentException if the host cannot be resolved, or is not a loopback
   *     address and the settings have no token
   * @throws IllegalStateException if the service cannot listen there, e.g. the port is in use
   */
  public static HealthService start(HealthCheck healthCheck, Settings settings) {
    return start(healthCheck, settings, null);
  }

  /**
   * Starts the service with a way to rebuild its rules on {@code POST /admin/reload}, which
   * exists only when the settings have a token as well.
   *
   * @param reloader builds the new rules, e.g. from the same files read again; it throws
   *     {@link RuleBuildException} when they are broken. Null for no reload endpoint.
   * @throws IllegalArgumentException if the host cannot be resolved, or is not a loopback
   *     address and the settings have no token
   * @throws IllegalStateException if the service cannot listen there, e.g. the port is in use
   */
  public static HealthService start(HealthCheck healthCheck, Settings settings,
      Supplier<HealthCheck> reloader) {
    Objects.requireNonNull(healthCheck, "healthCheck");
    Objects.requireNonNull(settings, "settings");
    InetAddress address = resolve(settings);
    HealthService service = new HealthService(healthCheck, settings, address.getHostAddress(),
        reloader);
    try {
      service.app.start();
    } catch (RuntimeException e) {
      throw new IllegalStateException(cannotListen(settings, e), e);
    }
    LOG.info("Health service listening on {}:{} with {} rules{}", settings.host(),
        service.port(), healthCheck.catalogue().size(),
        settings.token().isPresent() ? ", bearer token required" : "");
    return service;
  }

  /** The address to bind; only a loopback one without a token. */
  private static InetAddress resolve(Settings settings) {
    InetAddress address;
    try {
      address = InetAddress.getByName(settings.host());
    } catch (UnknownHostException | SecurityException e) {
      throw new IllegalArgumentException("cannot listen on host \"" + settings.host()
          + "\": no such host or address");
    }
    if (!address.isLoopbackAddress() && settings.token().isEmpty()) {
      throw new IllegalArgumentException("refusing to listen on " + settings.host()
          + " without a token: an address beyond this machine (loopback) needs one, so that "
          + "only callers with the token can use the service");
    }
    return address;
  }

  private static String cannotListen(Settings settings, Throwable failure) {
    String where = settings.host() + ":" + settings.port();
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof BindException bind) {
        String reason = String.valueOf(bind.getMessage());
        if (reason.toLowerCase(Locale.ROOT).contains("in use")) {
          return "cannot listen on " + where + ": port " + settings.port()
              + " is already in use";
        }
        if (reason.toLowerCase(Locale.ROOT).contains("permission")) {
          return "cannot listen on " + where + ": permission denied (ports below 1024 need "
              + "privileges)";
        }
        return "cannot listen on " + where + ": " + reason;
      }
    }
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return "cannot listen on " + where + ": " + root.getClass().getSimpleName()
        + (root.getMessage() == null ? "" : ": " + root.getMessage());
  }

  /** The bound port: the one asked for, or the one chosen when 0 was asked. */
  public int port() {
    return app.port();
  }

  /** The settings the service runs with. */
  public Settings settings() {
    return settings;
  }

  /** The health check that new requests use. */
  public HealthCheck healthCheck() {
    return rules.get().healthCheck();
  }

  /**
   * Swaps in another health check, atomically with its catalogue: requests that arrive from now
   * on use it, checks under way finish with the one they began with.
   */
  public void replaceHealthCheck(HealthCheck healthCheck) {
    Rules next = Rules.of(Objects.requireNonNull(healthCheck, "healthCheck"));
    rules.set(next);
    LOG.info("Rules replaced: {} rules now", healthCheck.catalogue().size());
  }

  /**
   * Builds a new health check and swaps it in. If building fails the rules stay as they were
   * and the failure reaches the caller. Reloads run one at a time; a reload waits for one under
   * way, never for a caller that holds the service object's monitor.
   *
   * @param builder builds the new health check, e.g. {@code () -> HealthCheck.builder()
   *     .addRules(dir).build()}
   * @return the new health check
   * @throws RuleBuildException (or whatever else the builder throws) if it could not be built
   */
  public HealthCheck reloadRules(Supplier<HealthCheck> builder) {
    synchronized (reloadLock) {
      HealthCheck next = Objects.requireNonNull(builder.get(), "the builder returned null");
      replaceHealthCheck(next);
      return next;
    }
  }

  /**
   * The routes the service answers, as {@code "METHOD /path"} (sorted): what its OpenAPI document
   * must list, no more and no less.
   */
  Set<String> routes() {
    return app.unsafe.internalRouter.allHttpHandlers().stream()
        .filter(handler -> handler.endpoint.method.isHttpMethod())
        .map(handler -> handler.endpoint.method.name() + " " + handler.endpoint.path)
        .collect(Collectors.toCollection(TreeSet::new));
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
    body.put("rules", rules.get().healthCheck().catalogue().size());
    ctx.contentType(JSON).result(JsonOutput.pretty(body));
  }

  private void reload(Context ctx) {
    try {
      HealthCheck next = reloadRules(reloader);
      ObjectNode body = JsonOutput.object();
      body.put("status", "reloaded");
      body.put("rules", next.catalogue().size());
      ctx.contentType(JSON).result(JsonOutput.pretty(body));
    } catch (RuleBuildException e) {
      LOG.warn("Reload refused, the rules stay as they were: {} problems in the new rules",
          e.problems().size());
      problem(ctx, ProblemDocument.reloadFailed(e.problems().stream()
          .map(p -> new Problem(p.file().isEmpty() ? "" : p.file()
              + (p.line() > 0 ? ":" + p.line() : ""), p.message()))
          .toList(), settings.maxProblems()));
    }
  }

  private void healthCheck(Context ctx) throws IOException {
    if (!isJson(ctx.header("Content-Type"))) {
      ctx.header("Accept", JSON);
      problem(ctx, ProblemDocument.unsupportedMediaType());
      return;
    }
    byte[] content = body(ctx);
    Judged judged;
    try {
      checking.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      problem(ctx, ProblemDocument.http(503));
      return;
    }
    try {
      judged = judge(ctx, content);
    } finally {
      checking.release();
    }
    if (judged != null) {
      ctx.contentType(JSON);
      // Printed straight to the answer: a report of a thousand relationships is megabytes of
      // text. Outside the permit: a client slow to take it holds no processor.
      restartIdlePeriod(ctx);
      ReportJson.write(judged.report(), judged.programName(), List.of(), ctx.outputStream());
    }
  }

  /** A body's report, for the JSON answer. */
  private record Judged(ProgramReport report, String programName) {}

  /**
   * Reads the body, judges it and answers a problem or the HTML report, or gives the report for
   * the JSON answer.
   */
  private Judged judge(Context ctx, byte[] content) {
    // Read once: a reload while this check runs does not mix two rule sets in one answer.
    HealthCheck healthCheck = rules.get().healthCheck();
    String source = "request body";
    List<Problem> problems = new ArrayList<>();
    // The reader keeps the first problems only, and counts the rest: counted here too.
    int unlisted = 0;
    Optional<LocalDate> queryDate = queryDate(ctx, problems);
    List<Relationship> relationships = List.of();
    Optional<LocalDate> bodyDate = Optional.empty();
    // The report names the program, as the command line's does for the same program.
    String programName = null;
    try {
      Program streamed = programOf(content);
      if (streamed != null) {
        relationships = streamed.relationships();
        bodyDate = streamed.asOf();
        programName = streamed.name();
      } else {
        ObjectNode root = parseBody(content, source);
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
          programName = program.name();
        }
      }
    } catch (ProgramFormatException e) {
      problems.addAll(e.problems());
      unlisted = e.problemCount() - e.problems().size();
    }
    if (bodyDate.isPresent() && !HealthCheck.isCheckDateInRange(bodyDate.get())
        && problems.stream().noneMatch(p -> p.path().equals("$.asOf"))) {
      problems.add(new Problem("$.asOf", outOfRange(bodyDate.get())));
    }
    if (queryDate.isEmpty() && bodyDate.isEmpty() && problems.stream()
        .noneMatch(p -> p.path().equals("$.asOf") || p.path().equals("?asOf"))) {
      problems.add(new Problem("$.asOf", "is required: give the check date as ?asOf=yyyy-mm-dd "
          + "or as \"asOf\" in the body"));
    }
    if (!problems.isEmpty()) {
      int count = problems.size() + unlisted;
      throw badRequest("The request has " + count + (count == 1 ? " problem." : " problems."),
          problems, count);
    }
    LocalDate asOf = queryDate.isPresent() ? queryDate.get() : bodyDate.orElseThrow();
    ProgramReport report = healthCheck.checkAll(relationships, asOf);
    if (!report.isComplete()) {
      // A report with holes is never sent as if it were complete.
      CheckFailure first = report.failures().get(0);
      LOG.warn("{} of {} relationships could not be judged; first: rule {} on relationship {}",
          report.failures().size(), relationships.size(), first.ruleId(), first.relationshipId());
      problem(ctx, ProblemDocument.ruleFailed(first.ruleId(), first.relationshipId()));
      return null;
    }
    if (prefersHtml(ctx.header("Accept"))) {
      ctx.contentType(HtmlReport.MEDIA_TYPE).result(HtmlReport.write(healthCheck, relationships,
          report, programName, List.of()));
      return null;
    }
    return new Judged(report, programName);
  }

  /**
   * Whether an Accept header asks for HTML rather than JSON: {@code text/html} named with a
   * quality above zero and at least that of any JSON type or wildcard it also names. A browser's
   * {@code text/html,...,*}{@code /*;q=0.8} gets HTML; no header, {@code application/json} or
   * {@code *}{@code /*} alone gets JSON, as before.
   */
  static boolean prefersHtml(String accept) {
    if (accept == null) {
      return false;
    }
    double html = 0;
    double other = 0;
    for (String range : accept.split(",")) {
      String[] parts = range.split(";");
      String type = parts[0].strip().toLowerCase(Locale.ROOT);
      double quality = 1;
      for (int i = 1; i < parts.length; i++) {
        String parameter = parts[i].strip();
        if (parameter.startsWith("q=") || parameter.startsWith("Q=")) {
          try {
            quality = Double.parseDouble(parameter.substring(2).strip());
          } catch (NumberFormatException e) {
            quality = 0;
          }
        }
      }
      if (type.equals("text/html")) {
        html = Math.max(html, quality);
      } else if (type.equals(JSON) || type.endsWith("+json") || type.equals("application/*")
          || type.equals("*/*")) {
        other = Math.max(other, quality);
      }
    }
    return html > 0 && html >= other;
  }

  /**
   * Whether a Content-Type names JSON: {@code application/json} or a {@code +json} type such as
   * {@code application/vnd.example+json} (RFC 6839), in UTF-8, the only encoding JSON is read in.
   */
  static boolean isJson(String contentType) {
    if (contentType == null) {
      return false;
    }
    String[] parts = contentType.split(";");
    String type = parts[0].strip().toLowerCase(Locale.ROOT);
    if (!type.equals(JSON) && !(type.startsWith("application/") && type.endsWith("+json"))) {
      return false;
    }
    for (int i = 1; i < parts.length; i++) {
      String parameter = parts[i].strip();
      int equals = parameter.indexOf('=');
      if (equals > 0 && parameter.substring(0, equals).strip().equalsIgnoreCase("charset")) {
        String charset = parameter.substring(equals + 1).strip().replace("\"", "");
        if (!charset.equalsIgnoreCase("utf-8") && !charset.equalsIgnoreCase("utf8")) {
          return false;
        }
      }
    }
    return true;
  }

  private static final byte[] RELATIONSHIPS_KEY = "\"relationships\"".getBytes(StandardCharsets.UTF_8);

  /**
   * A program body read straight from its bytes ({@link ProgramJson#read(byte[])}): a valid one is
   * bound from the parser on this thread, with no tree of the body (a tree of a body of a thousand
   * relationships is many times its size, and eight such requests at once kept the collector busy
   * for a third of the time) and no hand-offs between threads (the requests in flight keep the
   * processors busy already). A program with problems throws them, as the tree reader would (the
   * readers agree on every problem, see ProgramStreamTest), so a bad body is read once too. Null
   * for any other body: text that is no JSON object, or one relationship rather than a program,
   * which the tree reader then reads and describes as before.
   *
   * @throws ProgramFormatException listing the problems of a program
   */
  private static Program programOf(byte[] content) {
    if (indexOf(content, RELATIONSHIPS_KEY) < 0) {
      return null; // no program: not worth a first read
    }
    try {
      return ProgramJson.read(content);
    } catch (ProgramFormatException e) {
      boolean program = e.problems().stream().map(Problem::path).noneMatch(path ->
          path.equals("$") || path.equals("$.relationship") || path.startsWith("$.relationship."));
      if (program) {
        throw e;
      }
      return null;
    }
  }

  private static int indexOf(byte[] content, byte[] part) {
    outer:
    for (int i = 0; i + part.length <= content.length; i++) {
      for (int j = 0; j < part.length; j++) {
        if (content[i + j] != part[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private ObjectNode parseBody(byte[] content, String source) {
    try {
      return EmbeddedJson.parseObject(content, source);
    } catch (ProgramFormatException e) {
      throw badRequest("The body is not a JSON object.", e.problems(), e.problemCount());
    }
  }

  /** The body, received in full by {@link BodyBufferingHandler}, or 413 if it was too large. */
  private byte[] body(Context ctx) throws IOException {
    long limit = settings.maxBodyBytes();
    if (Boolean.TRUE.equals(ctx.attribute(BodyBufferingHandler.TOO_LARGE))) {
      throw new HttpResponseException(413);
    }
    try (InputStream in = ctx.bodyInputStream()) {
      // Bounded even so: the handler is the guard, this is a second one.
      byte[] content = in.readNBytes((int) (limit + 1));
      if (content.length > limit) {
        throw new HttpResponseException(413);
      }
      return content;
    }
  }

  private static Optional<LocalDate> queryDate(Context ctx, List<Problem> problems) {
    String text = ctx.queryParam("asOf");
    if (text == null) {
      return Optional.empty();
    }
    try {
      // In the range a check accepts; an absurd year such as +999999999 is a problem here.
      return Optional.of(EmbeddedJson.parseDate(text, "?asOf", "request"));
    } catch (ProgramFormatException e) {
      problems.addAll(e.problems());
      return Optional.empty();
    }
  }

  private static String outOfRange(LocalDate date) {
    return "must lie between " + HealthCheck.EARLIEST_CHECK_DATE + " and "
        + HealthCheck.LATEST_CHECK_DATE + ", found " + date;
  }

  private BadRequest badRequest(String detail, List<Problem> problems, int problemCount) {
    return new BadRequest(ProblemDocument.invalidInput(detail, problems, problemCount,
        settings.maxProblems()));
  }

  private void httpError(Context ctx, HttpResponseException e) {
    switch (e.getStatus()) {
      case 404 -> problem(ctx, ProblemDocument.notFound(ctx.method().name(), ctx.path()));
      case 405 -> {
        String allowed = allowed(ctx.path());
        if (allowed != null) {
          ctx.header("Allow", allowed);
        }
        problem(ctx, ProblemDocument.methodNotAllowed(ctx.method().name(), ctx.path()));
      }
      case 413 -> problem(ctx, ProblemDocument.tooLarge(settings.maxBodyBytes()));
      default -> problem(ctx, ProblemDocument.http(e.getStatus()));
    }
  }

  private String allowed(String path) {
    Map<String, String> allowed = Map.of("/health-checks", "POST", "/rules", "GET",
        "/health", "GET", RELOAD_PATH, "POST", OPENAPI_PATH, "GET");
    return allowed.get(path);
  }

  private static void problem(Context ctx, ProblemDocument document) {
    ctx.status(document.status()).contentType(ProblemDocument.MEDIA_TYPE)
        .result(document.toJson());
  }

  /**
   * A handler whose {@link Error}s become exceptions, so that Javalin's exception handlers answer
   * them with a problem document like any other failure (Javalin alone would answer an Error
   * with an empty 500).
   */
  /**
   * Gives the answer a whole idle period. Jetty leaves a connection alone while its request is
   * handled, however long a check takes; but its idle timer runs from the last byte read, so
   * after a check longer than the idle timeout the timer could fire in the instant between the
   * handler's end and the answer's last write, and cut the answer short. From here the client
   * has the full idle timeout to take the answer, as it would for a quick check.
   */
  private static void restartIdlePeriod(Context ctx) {
    ServletContextRequest request = ServletContextRequest.getServletContextRequest(ctx.req());
    if (request != null
        && request.getConnectionMetaData().getConnection().getEndPoint() instanceof IdleTimeout idle) {
      idle.notIdle();
    }
  }

  private static Handler guarded(Handler handler) {
    return ctx -> {
      try {
        handler.handle(ctx);
      } catch (Error e) {
        throw new HandlerError(e);
      }
    };
  }

  /**
   * Logs an unexpected failure: with its stack trace, except for a stack overflow (a thousand
   * identical lines) or exhausted memory (where the trace says nothing and costs memory).
   */
  private static void logError(String request, Throwable failure) {
    if (failure instanceof VirtualMachineError) {
      LOG.error("Request {} failed: {}", request, failure.toString());
    } else {
      LOG.error("Request {} failed", request, failure);
    }
  }

  /** Javalin's handler for an Error that escaped {@link #guarded}: a problem document still. */
  private static void lastResort(HttpServletResponse response, Error error) {
    logError("(outside a handler)", error);
    try {
      if (!response.isCommitted()) {
        response.resetBuffer();
        response.setStatus(500);
        response.setContentType(ProblemDocument.MEDIA_TYPE);
        response.getOutputStream().write(ProblemDocument.internalError().toJson()
            .getBytes(StandardCharsets.UTF_8));
      }
    } catch (IOException | RuntimeException e) {
      LOG.debug("Could not answer after an error", e);
    }
  }

  /** A request refused with 400 and a problem document. */
  private static final class BadRequest extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient ProblemDocument document;

    BadRequest(ProblemDocument document) {
      super(document.detail(), null, false, false);
      this.document = document;
    }
  }

  /** A request without the right token. */
  private static final class Unauthorized extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final boolean tokenGiven;

    Unauthorized(boolean tokenGiven) {
      super("unauthorized", null, false, false);
      this.tokenGiven = tokenGiven;
    }
  }

  /** An {@link Error} thrown while handling a request, carried to the exception handlers. */
  private static final class HandlerError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    HandlerError(Error cause) {
      super(cause.getClass().getName(), cause, false, false);
    }
  }
}
