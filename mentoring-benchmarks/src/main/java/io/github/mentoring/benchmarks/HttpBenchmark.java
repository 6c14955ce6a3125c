package io.github.mentoring.benchmarks;

import io.github.mentoring.core.model.Relationship;
import io.github.mentoring.examples.report.ReportJson;
import io.github.mentoring.examples.service.HealthService;
import io.github.mentoring.json.Program;
import io.github.mentoring.json.ProgramJson;
import io.github.mentoring.rules.HealthCheck;
import io.github.mentoring.rules.ProgramReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The health check over HTTP against the same health check in process, in one JVM: eight
 * clients (JMH threads, each with an HTTP client of its own) post to {@code POST /health-checks}
 * of a {@link HealthService} on the loopback interface, and eight callers call
 * {@code checkAll} directly on the service's own health check.
 *
 * <ul>
 *   <li>{@code sampleOverHttp}: the bundled sample (17 relationships) as the body, answered
 *       as JSON; the target is 1,000 requests/s or more.
 *   <li>{@code sampleInProcess}: a sample request's work (read, judged, report printed) done by
 *       eight callers in process, without HTTP: the ceiling of {@code sampleOverHttp} here.
 *   <li>{@code program1kOverHttp} against {@code program1kInProcess}: a program of 1,000
 *       generated relationships; the target is a quarter or more of the in-process rate.
 * </ul>
 *
 * <p>Sample time mode: JMH records each request's time, which gives the latency percentiles
 * (p50, p99) and, with eight clients each sending one request after another, the rate (eight
 * divided by the mean time). {@link Summary} prints both with the ratios.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
@Threads(HttpBenchmark.CLIENTS)
public class HttpBenchmark {

  /** Clients sending at once. */
  public static final int CLIENTS = 8;
  /** Relationships in the large body. */
  public static final int LARGE = 1_000;
  /** The bundled sample's resource in mentoring-examples. */
  static final String SAMPLE = "samples/sample-program.json";

  /** The service, its health check and the bodies, shared by the clients. */
  @State(Scope.Benchmark)
  public static class Service {
    HealthService service;
    HealthCheck healthCheck;
    URI checks;
    byte[] sample;
    byte[] large;
    List<Relationship> largeProgram;

    @Setup(Level.Trial)
    public void start() throws IOException {
      healthCheck = Engines.allRules(Runtime.getRuntime().availableProcessors());
      // A 1,000-relationship body is about 3 MB: above the default limit of 1 MB.
      service = HealthService.start(healthCheck, HealthService.Settings.defaults().withPort(0)
          .withHost("127.0.0.1").withMaxBodyBytes(32L * 1024 * 1024));
      checks = URI.create("http://127.0.0.1:" + service.port() + "/health-checks");
      try (InputStream in = HealthService.class.getClassLoader().getResourceAsStream(SAMPLE)) {
        if (in == null) {
          throw new IllegalStateException(SAMPLE + " is not on the class path");
        }
        sample = in.readAllBytes();
      }
      largeProgram = Datasets.program(LARGE);
      large = ProgramJson.write(Program.of("generated", Optional.of(Datasets.AS_OF),
          largeProgram)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    @TearDown(Level.Trial)
    public void stop() {
      service.close();
      healthCheck.close();
    }
  }

  /** One client: a connection of its own, as eight separate callers would have. */
  @State(Scope.Thread)
  public static class Client {
    HttpClient http;

    @Setup(Level.Trial)
    public void open() {
      http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10)).build();
    }

    int post(URI uri, byte[] body) {
      HttpRequest request = HttpRequest.newBuilder(uri)
          .header("Content-Type", "application/json")
          .header("Accept", "application/json")
          .timeout(Duration.ofMinutes(5))
          .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
      try {
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
          // A measurement of refusals would be no measurement at all.
          throw new IllegalStateException("the service answered " + response.statusCode());
        }
        return response.body().length;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  @Benchmark
  public int sampleOverHttp(Service service, Client client) {
    return client.post(service.checks, service.sample);
  }

  /**
   * What the service does for a sample request, without HTTP: the body read from its bytes,
   * judged and its report printed, on the calling thread as the service's handler does.
   */
  @Benchmark
  public int sampleInProcess(Service service) throws IOException {
    Program program = ProgramJson.read(service.sample);
    ProgramReport report = service.healthCheck.checkAll(program.relationships(),
        program.asOf().orElseThrow());
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(64 * 1024);
    ReportJson.write(report, program.name(), List.of(), out);
    return out.size();
  }

  @Benchmark
  public int program1kOverHttp(Service service, Client client) {
    return client.post(service.checks, service.large);
  }

  @Benchmark
  public Object program1kInProcess(Service service) {
    return service.healthCheck.checkAll(service.largeProgram, Datasets.AS_OF);
  }
}
