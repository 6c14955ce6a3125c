package io.github.mentoring.examples.service;

import static io.github.mentoring.examples.service.HealthServiceTest.RELATIONSHIP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mentoring.rules.HealthCheck;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The service reads and judges at most {@code maxConcurrentChecks} requests at once; the others
 * wait their turn and are answered all the same.
 */
public class ConcurrentChecksTest {

  /** What the rule below counts: requests being judged now, and the most seen at once. */
  public static final class Gate {
    static final AtomicInteger NOW = new AtomicInteger();
    static final AtomicInteger MOST = new AtomicInteger();

    private Gate() {}

    /**
     * Called by the rule while a request is judged: counts it, and waits up to a second for
     * company, so that the bound is reached whenever the service lets it be, even on a busy machine.
     */
    public static void judging() throws InterruptedException {
      int now = NOW.incrementAndGet();
      MOST.accumulateAndGet(now, Math::max);
      try {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
        while (NOW.get() < BOUND + 1 && System.nanoTime() < until) {
          Thread.sleep(5);
        }
      } finally {
        NOW.decrementAndGet();
      }
    }
  }

  static final int BOUND = 2;

  @Test
  void noMoreThanTheBoundAreJudgedAtOnceAndEveryRequestIsAnswered() throws Exception {
    HealthCheck counting = TestSupport.trustedRules("gate.drl", TestSupport.ruleFile(
        "program.gate", ConcurrentChecksTest.class.getName() + ".Gate.judging();")).build();
    Gate.MOST.set(0);
    int requests = 6;
    ExecutorService clients = Executors.newFixedThreadPool(requests);
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    try (HealthService service = HealthService.start(counting, HealthService.Settings.defaults()
        .withPort(0).withMaxConcurrentChecks(BOUND))) {
      List<Future<HttpResponse<String>>> answers = new ArrayList<>();
      for (int i = 0; i < requests; i++) {
        HttpRequest request = HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + service.port() + "/health-checks"))
            .header("Content-Type", "application/json").timeout(Duration.ofSeconds(60))
            .POST(HttpRequest.BodyPublishers.ofString(
                "{\"asOf\": \"2026-04-15\", \"relationship\": " + RELATIONSHIP + "}"))
            .build();
        answers.add(clients.submit(() -> http.send(request, HttpResponse.BodyHandlers.ofString())));
      }
      for (Future<HttpResponse<String>> answer : answers) {
        HttpResponse<String> response = answer.get(60, TimeUnit.SECONDS);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      }
    } finally {
      clients.shutdownNow();
      counting.close();
    }
    // Each request waited up to a second for a third judged with it: none ever came.
    assertThat(Gate.MOST.get()).isEqualTo(BOUND);
  }

  @Test
  void theBoundMustBePositive() {
    assertThatThrownBy(() -> HealthService.Settings.defaults().withMaxConcurrentChecks(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxConcurrentChecks");
    assertThat(HealthService.Settings.defaults().maxConcurrentChecks())
        .isEqualTo(Runtime.getRuntime().availableProcessors());
  }
}
