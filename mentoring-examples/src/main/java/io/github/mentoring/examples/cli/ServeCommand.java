package io.github.mentoring.examples.cli;

import io.github.mentoring.examples.service.BearerToken;
import io.github.mentoring.examples.service.HealthService;
import io.github.mentoring.rules.HealthCheck;
import io.github.mentoring.rules.RuleBuildException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code mentoring serve}: the HTTP service, until the process is stopped. */
@Command(name = "serve",
    header = "Start the HTTP service.",
    description = {
        "Starts the HTTP service: POST /health-checks (a program, or {\"relationship\": ..., "
            + "\"asOf\": ...}; the check date as ?asOf= or in the body), GET /rules, GET /health; "
            + "with a token also POST /admin/reload, which reads the rule files again.",
        "Without a token it listens on a loopback address only; with one, every request but "
            + "GET /health needs \"Authorization: Bearer <token>\".",
        "Prints the bound port, then serves until stopped (Ctrl-C)."},
    sortOptions = false)
final class ServeCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
      description = "The port (default 8080); 0 for any free port.")
  int port;

  @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
      description = "The address to listen on (default 127.0.0.1, this machine only; 0.0.0.0 "
          + "for every interface, which needs a token).")
  String host;

  @Option(names = "--max-body", paramLabel = "BYTES", defaultValue = "1048576",
      description = "The largest request body accepted (default 1048576, 1 MiB); larger ones "
          + "get 413.")
  long maxBody;

  @ArgGroup(exclusive = true)
  TokenSource tokenSource;

  /** Where the token comes from: never the command line, which every user can see. */
  static final class TokenSource {
    @Option(names = "--token-file", paramLabel = "FILE",
        description = "Require this bearer token (the file's content) on every request but "
            + "GET /health; enables POST /admin/reload.")
    Path file;

    @Option(names = "--token-env", paramLabel = "NAME",
        description = "Require the bearer token held by this environment variable, e.g. "
            + "MENTORING_TOKEN; like --token-file.")
    String variable;
  }

  @Mixin
  RuleOptions ruleOptions;

  /** The environment the token variable is read from; tests replace it. */
  Map<String, String> environment = System.getenv();

  @Override
  public Integer call() throws InterruptedException {
    HealthService service = start();
    HealthCheck healthCheck = service.healthCheck();
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook = new Thread(() -> {
      service.close();
      stopped.countDown();
    }, "mentoring-service-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    PrintWriter out = spec.commandLine().getOut();
    out.println("Listening on http://" + host + ":" + service.port() + " (port " + service.port()
        + ", " + healthCheck.catalogue().size() + " rules"
        + (tokenSource != null ? ", bearer token required" : "") + ")");
    out.flush();
    try {
      stopped.await();
    } catch (InterruptedException e) {
      // Interrupted by an embedding program (or a test) rather than by a signal: stop cleanly.
      Runtime.getRuntime().removeShutdownHook(hook);
      service.close();
      Thread.currentThread().interrupt();
    }
    return MentoringCli.OK;
  }

  /**
   * Checks the options, builds the health check and starts the service, as {@link #call()} does
   * before it waits; the documentation tests start the service of a documented command this way.
   */
  HealthService start() {
    if (port < 0 || port > 65535 || maxBody < 1 || maxBody > Integer.MAX_VALUE - 8) {
      throw new InputException("the service was not started", List.of(
          port < 0 || port > 65535 ? "--port: must be 0..65535, was " + port
              : "--max-body: must be 1.." + (Integer.MAX_VALUE - 8) + ", was " + maxBody));
    }
    Optional<BearerToken> token;
    try {
      token = tokenSource == null ? Optional.empty()
          : Optional.of(tokenSource.file != null ? BearerToken.fromFile(tokenSource.file)
              : BearerToken.fromEnvironment(tokenSource.variable, environment));
    } catch (IllegalArgumentException e) {
      throw new InputException("the service was not started",
          List.of((tokenSource.file != null ? "--token-file: " : "--token-env: ")
              + e.getMessage()));
    }
    // Built once: every request shares it (a health check is thread-safe).
    HealthCheck healthCheck = ruleOptions.build(List.of());
    // POST /admin/reload reads the same files again; broken ones leave the rules as they were.
    Supplier<HealthCheck> reloader = () -> {
      try {
        return ruleOptions.build(List.of());
      } catch (InputException e) {
        throw new RuleBuildException(e.problems().stream()
            .map(p -> new RuleBuildException.Problem("", 0, p)).toList());
      }
    };
    HealthService.Settings settings = new HealthService.Settings(host, port, maxBody);
    if (token.isPresent()) {
      settings = settings.withToken(token.get());
    }
    try {
      return HealthService.start(healthCheck, settings, reloader);
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new InputException("the service was not started", List.of(e.getMessage()));
    }
  }
}
