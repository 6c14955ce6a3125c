package io.github.mentoring.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mentoring.examples.service.TestSupport.LogCapture;
import io.github.mentoring.rules.HealthCheck;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The service under a bounded load on the loopback interface: {@value #CLIENTS} clients send
 * {@value #REQUESTS_PER_CLIENT} mixed requests each (valid programs and relationships, bad JSON,
 * wrong content types, oversized bodies, bad dates, catalogue, health, unknown paths) while
 * {@value #SLOW_CLIENTS} slow clients trickle one body byte every two seconds. Every answer must
 * have the right status and content type, and afterwards no thread of the service may be left.
 */
class HealthServiceLoadTest {

  static final int CLIENTS = 8;
  static final int REQUESTS_PER_CLIENT = 1000;
  static final int SLOW_CLIENTS = 300;
  static final long MAX_BODY = 64 * 1024;
  static final Duration TIMEOUT = Duration.ofSeconds(30);

  /** One kind of request and what it must be answered with. */
  record Kind(String name, int status, String contentType) {}

  static final Kind VALID_ONE = new Kind("valid relationship", 200, "application/json");
  static final Kind VALID_PROGRAM = new Kind("valid program", 200, "application/json");
  static final Kind MALFORMED = new Kind("malformed JSON", 400, ProblemDocument.MEDIA_TYPE);
  static final Kind INVALID = new Kind("invalid relationship", 400, ProblemDocument.MEDIA_TYPE);
  static final Kind WRONG_TYPE = new Kind("wrong content type", 415, ProblemDocument.MEDIA_TYPE);
  static final Kind OVERSIZED = new Kind("oversized", 413, ProblemDocument.MEDIA_TYPE);
  static final Kind BAD_DATE = new Kind("bad asOf", 400, ProblemDocument.MEDIA_TYPE);
  static final Kind HEALTH = new Kind("health", 200, "application/json");
  static final Kind RULES = new Kind("rules", 200, "application/json");
  static final Kind UNKNOWN = new Kind("unknown path", 404, ProblemDocument.MEDIA_TYPE);
  static final List<Kind> MIX = List.of(VALID_ONE, VALID_PROGRAM, MALFORMED, INVALID,
      WRONG_TYPE, OVERSIZED, BAD_DATE, HEALTH, RULES, UNKNOWN);

  @Test
  void mixedRequestsAreAllAnsweredRightWhileSlowClientsTrickle() throws Exception {
    Set<String> threadsBefore = liveThreadNames();
    String program;
    try (InputStream in = getClass().getClassLoader()
        .getResourceAsStream("samples/minimal-program.json")) {
      program = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String one = "{\"asOf\": \"2026-04-15\", \"relationship\": "
        + HealthServiceTest.RELATIONSHIP + "}";
    String oversized = "{\"name\": \"" + "x".repeat((int) MAX_BODY) + "\"}";
    // Built before the log is captured: only what the service logs under load is checked.
    HealthCheck healthCheck = HealthCheck.withBuiltInRules();

    Map<String, LongAdder> wrong = new ConcurrentHashMap<>();
    Map<String, LongAdder> served = new ConcurrentHashMap<>();
    List<Long> latencies = new ArrayList<>();
    SlowClients slow;
    long elapsedMillis;
    String log;
    try (LogCapture capture = new LogCapture(false)) {
      try (HealthService service = HealthService.start(healthCheck,
          HealthService.Settings.defaults().withPort(0).withMaxBodyBytes(MAX_BODY)
              .withIdleTimeout(Duration.ofSeconds(3)))) {
        slow = new SlowClients(service.port(), SLOW_CLIENTS);
        slow.start();
        // Let every slow client connect and begin its body before the load starts.
        long connectDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (slow.connections.get() < SLOW_CLIENTS && System.nanoTime() < connectDeadline) {
          Thread.sleep(50);
        }
        assertThat(slow.connections.get()).isGreaterThanOrEqualTo(SLOW_CLIENTS);
        Thread.sleep(500);

        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT).build();
        String base = "http://127.0.0.1:" + service.port();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        long start = System.nanoTime();
        try {
          List<Future<long[]>> results = new ArrayList<>();
          for (int c = 0; c < CLIENTS; c++) {
            int offset = c;
            results.add(clients.submit(() -> {
              long[] mine = new long[REQUESTS_PER_CLIENT];
              for (int i = 0; i < REQUESTS_PER_CLIENT; i++) {
                Kind kind = MIX.get((i + offset) % MIX.size());
                HttpRequest request = request(kind, base, program, one, oversized);
                long sent = System.nanoTime();
                HttpResponse<String> response = client.send(request,
                    HttpResponse.BodyHandlers.ofString());
                mine[i] = System.nanoTime() - sent;
                String type = response.headers().firstValue("Content-Type").orElse("");
                boolean right = response.statusCode() == kind.status()
                    && type.startsWith(kind.contentType()) && !response.body().isEmpty();
                (right ? served : wrong).computeIfAbsent(kind.name() + " -> "
                        + response.statusCode() + " " + type, k -> new LongAdder()).increment();
              }
              return mine;
            }));
          }
          for (Future<long[]> result : results) {
            for (long nanos : result.get(5, TimeUnit.MINUTES)) {
              latencies.add(nanos);
            }
          }
        } finally {
          elapsedMillis = (System.nanoTime() - start) / 1_000_000;
          clients.shutdownNow();
          assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
          slow.stop();
        }
      }
      log = capture.text();
    }

    long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
    long total = served.values().stream().mapToLong(LongAdder::sum).sum();
    System.out.printf("Load: %d requests by %d clients answered right in %d ms (%.0f/s); "
            + "latency median %d ms, p99 %d ms, max %d ms; %d slow clients, %d slow connections "
            + "opened, their answers %s; %d log lines%n",
        total, CLIENTS, elapsedMillis, total * 1000.0 / elapsedMillis,
        sorted[sorted.length / 2] / 1_000_000, sorted[sorted.length * 99 / 100] / 1_000_000,
        sorted[sorted.length - 1] / 1_000_000, SLOW_CLIENTS, slow.connections.get(),
        slow.outcomes, log.lines().count());
    assertThat(wrong).as("wrong answers").isEmpty();
    assertThat(total).isEqualTo((long) CLIENTS * REQUESTS_PER_CLIENT);
    // Normal requests are served while the slow clients hold their connections.
    assertThat(sorted[sorted.length * 99 / 100]).as("p99 latency")
        .isLessThan(TimeUnit.SECONDS.toNanos(5));
    // The slow clients were cut off with 408 (or a closed connection), none was served.
    assertThat(slow.outcomes.keySet()).allMatch(o -> o.equals("408 " + ProblemDocument.MEDIA_TYPE)
        || o.equals("closed"), "slow outcomes");
    assertThat(log).doesNotContain("\tat ", " ERROR ");

    // The health check is the caller's: closed after the service, it lets its threads go too.
    healthCheck.close();
    assertNoThreadLeft(threadsBefore);
  }

  static HttpRequest request(Kind kind, String base, String program, String one,
      String oversized) {
    HttpRequest.Builder builder = HttpRequest.newBuilder().timeout(TIMEOUT);
    if (kind == HEALTH) {
      return builder.uri(URI.create(base + "/health")).GET().build();
    }
    if (kind == RULES) {
      return builder.uri(URI.create(base + "/rules")).GET().build();
    }
    if (kind == UNKNOWN) {
      return builder.uri(URI.create(base + "/no/such/thing")).GET().build();
    }
    String body = kind == VALID_ONE ? one
        : kind == VALID_PROGRAM ? program
        : kind == MALFORMED ? "{\"relationship\": {\"id\": "
        : kind == INVALID ? one.replace("\"phase\": \"active\"", "\"phase\": \"sleeping\"")
        : kind == OVERSIZED ? oversized
        : one;
    String query = kind == BAD_DATE ? "?asOf=%2B999999999-12-31" : "";
    return builder.uri(URI.create(base + "/health-checks" + query))
        .header("Content-Type", kind == WRONG_TYPE ? "text/plain" : "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
  }

  /**
   * The names of the live threads, without those of the JDK's HTTP client, the common pool and
   * Drools' shared workers.
   */
  static Set<String> liveThreadNames() {
    return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive)
        .map(Thread::getName)
        // The HTTP client of Java 17 cannot be closed (its threads end when it is collected),
        // the common pool's workers belong to the JVM, and Drools compiles constraints in the
        // background on a pool of its own ("drools-worker-N"). The library's cleaner is one
        // daemon for the whole JVM, started by the first parallel check, whichever test runs it.
        .filter(name -> !name.startsWith("HttpClient-") && !name.startsWith("ForkJoinPool")
            && !name.startsWith("drools-worker-") && !name.equals("mentoring-check-cleaner"))
        .collect(Collectors.toSet());
  }

  static void assertNoThreadLeft(Set<String> before) throws InterruptedException {
    Set<String> left = Set.of();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
    while (System.nanoTime() < deadline) {
      left = liveThreadNames().stream().filter(name -> !before.contains(name))
          .collect(Collectors.toSet());
      if (left.isEmpty()) {
        break;
      }
      Thread.sleep(100);
    }
    System.out.printf("Threads: %d before, %d new ones left after; %d in all%n", before.size(),
        left.size(), Thread.activeCount());
    assertThat(left).as("threads left by the service").isEmpty();
    // Whatever was left out above is bounded too: no pool grew with the load.
    assertThat(Thread.activeCount()).isLessThan(before.size() + 64);
  }

  /**
   * Clients that each open a connection, send the headers of a 10,000-byte body and then one
   * byte every two seconds; when the server answers or closes, they connect again. One thread
   * drives them all.
   */
  static final class SlowClients {
    private final int port;
    private final Socket[] sockets;
    private final long[] nextByteAt;
    private final byte[][] received;
    private final AtomicBoolean running = new AtomicBoolean(true);
    final AtomicInteger connections = new AtomicInteger();
    final Map<String, Integer> outcomes = new TreeMap<>();
    private Thread driver;

    SlowClients(int port, int count) {
      this.port = port;
      this.sockets = new Socket[count];
      this.nextByteAt = new long[count];
      this.received = new byte[count][];
    }

    void start() {
      driver = new Thread(this::drive, "slow-clients");
      driver.setDaemon(true);
      driver.start();
    }

    void stop() throws InterruptedException {
      running.set(false);
      driver.join(30_000);
      for (Socket socket : sockets) {
        closeQuietly(socket);
      }
    }

    private void drive() {
      while (running.get()) {
        long now = System.nanoTime();
        for (int i = 0; i < sockets.length && running.get(); i++) {
          try {
            if (sockets[i] == null) {
              open(i, now);
            } else {
              poll(i, now);
            }
          } catch (IOException e) {
            record("closed");
            closeQuietly(sockets[i]);
            sockets[i] = null;
          }
        }
        try {
          Thread.sleep(20);
        } catch (InterruptedException e) {
          return;
        }
      }
    }

    private void open(int i, long now) throws IOException {
      Socket socket = new Socket();
      sockets[i] = socket;
      socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
      socket.getOutputStream().write(("POST /health-checks?asOf=2026-04-15 HTTP/1.1\r\n"
          + "Host: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 10000\r\n\r\n{")
          .getBytes(StandardCharsets.ISO_8859_1));
      received[i] = new byte[0];
      // Spread over the two seconds, so that bytes do not all come at once.
      nextByteAt[i] = now + ThreadLocalRandom.current().nextLong(2_000_000_000L);
      connections.incrementAndGet();
    }

    private void poll(int i, long now) throws IOException {
      Socket socket = sockets[i];
      InputStream in = socket.getInputStream();
      int available = in.available();
      if (available > 0) {
        byte[] more = in.readNBytes(available);
        byte[] all = Arrays.copyOf(received[i], received[i].length + more.length);
        System.arraycopy(more, 0, all, received[i].length, more.length);
        received[i] = all;
        TestSupport.RawResponse response = TestSupport.parse(all);
        int length = Integer.parseInt(response.headers().getOrDefault("content-length", "-1"));
        if (response.status() > 0 && response.body().getBytes(StandardCharsets.UTF_8).length
            >= length) {
          record(response.status() + " " + response.contentType());
          closeQuietly(socket);
          sockets[i] = null;
        }
        return;
      }
      if (now >= nextByteAt[i]) {
        OutputStream out = socket.getOutputStream();
        out.write(' ');
        out.flush();
        nextByteAt[i] = now + 2_000_000_000L;
      }
    }

    private synchronized void record(String outcome) {
      outcomes.merge(outcome, 1, Integer::sum);
    }

    private static void closeQuietly(Socket socket) {
      if (socket != null) {
        try {
          socket.close();
        } catch (IOException e) {
          // closing anyway
        }
      }
    }
  }
}
