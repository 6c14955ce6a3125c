package io.github.mentoring.examples.cli;

import io.github.mentoring.examples.service.HealthService;
import io.github.mentoring.rules.HealthCheck;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
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
            + "\"asOf\": ...}; the check date as ?asOf= or in the body), GET /rules, GET /health.",
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
          + "for every interface).")
  String host;

  @Option(names = "--max-body", paramLabel = "BYTES", defaultValue = "1048576",
      description = "The largest request body accepted (default 1048576, 1 MiB); larger ones "
          + "get 413.")
  long maxBody;

  @Mixin
  RuleOptions ruleOptions;

  @Override
  public Integer call() throws InterruptedException {
    if (port < 0 || port > 65535 || maxBody < 1) {
      throw new InputException("the service was not started", List.of(
          port < 0 || port > 65535 ? "--port: must be 0..65535, was " + port
              : "--max-body: must be positive, was " + maxBody));
    }
    // Built once: every request shares it (a health check is thread-safe).
    HealthCheck healthCheck = ruleOptions.build(List.of());
    HealthService service = HealthService.start(healthCheck,
        new HealthService.Settings(host, port, maxBody));
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook = new Thread(() -> {
      service.close();
      stopped.countDown();
    }, "mentoring-service-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    PrintWriter out = spec.commandLine().getOut();
    out.println("Listening on http://" + host + ":" + service.port() + " (port " + service.port()
        + ", " + healthCheck.catalogue().size() + " rules)");
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
}
