package io.github.mentoring.rules.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mentoring.core.model.Relationship;
import io.github.mentoring.rules.HealthCheck;
import io.github.mentoring.rules.HealthReport;
import io.github.mentoring.rules.ProgramReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Bulk checks judge on at most {@code parallelism} threads at once, the health check's own or the
 * caller's, never the common pool, and a closed health check lets its threads go. A trusted rule
 * reports, for every relationship it judges, the thread it runs on to {@link #judging()}.
 */
public class BulkThreadsTest {

  static final String WATCHER = """
      package program.watch;

      import io.github.mentoring.rules.facts.*;

      global io.github.mentoring.rules.facts.Findings findings;

      rule "Judging threads are watched"
          @id("program.judging-thread")
          @category("program")
          @severity("info")
          @description("Notes the thread that judges each relationship")
      when
          $r : RelationshipFacts()
      then
          io.github.mentoring.rules.api.BulkThreadsTest.judging();
      end
      """;

  private static final Set<Thread> THREADS = ConcurrentHashMap.newKeySet();
  private static final AtomicInteger JUDGING = new AtomicInteger();
  private static final AtomicInteger MOST_AT_ONCE = new AtomicInteger();
  private static volatile CountDownLatch firstJudged = new CountDownLatch(1);
  /** Counted down once two relationships are judged at the same moment. */
  private static volatile CountDownLatch company = new CountDownLatch(1);
  /**
   * Whether a judging thread waits (a while) for a second one to judge alongside it: on a busy
   * machine the pool's second thread can start after the first has judged everything, and a test
   * of how many judge at once would then see one by chance.
   */
  private static volatile boolean waitForCompany;

  /** Called by the watching rule: counts the relationships judged at this moment. */
  public static void judging() throws InterruptedException {
    THREADS.add(Thread.currentThread());
    int now = JUDGING.incrementAndGet();
    MOST_AT_ONCE.accumulateAndGet(now, Math::max);
    firstJudged.countDown();
    try {
      if (now >= 2) {
        company.countDown();
      } else if (waitForCompany) {
        company.await(10, TimeUnit.SECONDS);
      }
      // Long enough for the other threads' judging to overlap with this one.
      Thread.sleep(1);
    } finally {
      JUDGING.decrementAndGet();
    }
  }

  @BeforeEach
  void forget() {
    THREADS.clear();
    JUDGING.set(0);
    MOST_AT_ONCE.set(0);
    firstJudged = new CountDownLatch(1);
    company = new CountDownLatch(1);
    waitForCompany = false;
  }

  static List<Relationship> program(int size) {
    return IntStream.range(0, size)
        .mapToObj(i -> HealthCheckTest.relationship("r-" + i, i % 5, HealthCheckTest.AS_OF
            .minusDays(i)))
        .toList();
  }

  static HealthCheck.Builder watched() {
    return HealthCheck.builder().addTrustedRules("watch.drl", WATCHER).batchSize(3);
  }

  /** Runs {@code callers} bulk checks of the program at once and returns their reports. */
  static List<ProgramReport> checkedAtOnce(HealthCheck healthCheck, List<Relationship> program,
      int callers) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(callers);
    try {
      List<Future<ProgramReport>> runs = new ArrayList<>();
      for (int i = 0; i < callers; i++) {
        runs.add(pool.submit(() -> healthCheck.checkAll(program, HealthCheckTest.AS_OF)));
      }
      List<ProgramReport> reports = new ArrayList<>();
      for (Future<ProgramReport> run : runs) {
        reports.add(run.get(60, TimeUnit.SECONDS));
      }
      return reports;
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void twoThreadsOfItsOwnJudgeAProgramNeverMoreAndNeverTheCommonPool() throws Exception {
    List<Relationship> program = program(60);
    List<HealthReport> oneByOne;
    try (HealthCheck single = watched().parallelism(1).build()) {
      oneByOne = single.checkAll(program, HealthCheckTest.AS_OF).reports();
    }
    forget();
    waitForCompany = true;
    try (HealthCheck healthCheck = watched().parallelism(2).build()) {
      List<ProgramReport> reports = checkedAtOnce(healthCheck, program, 3);

      assertThat(reports).allSatisfy(r -> assertThat(r.reports()).isEqualTo(oneByOne));
      assertThat(MOST_AT_ONCE.get()).isEqualTo(2);
      assertThat(THREADS.stream().map(Thread::getName).collect(Collectors.toSet()))
          .isSubsetOf("mentoring-check-1", "mentoring-check-2");
      assertThat(THREADS).allMatch(Thread::isDaemon);
    }
  }

  @Test
  void aProgramOfOneBatchIsJudgedOnTheCallingThread() {
    try (HealthCheck healthCheck = watched().parallelism(4).build()) {
      healthCheck.checkAll(program(3), HealthCheckTest.AS_OF);
      assertThat(THREADS).containsExactly(Thread.currentThread());
    }
  }

  @Test
  void anExecutorOfTheHostRunsAtMostParallelismTasksAtOnceOverEveryCheck() throws Exception {
    AtomicInteger threadNumber = new AtomicInteger();
    ExecutorService host = Executors.newFixedThreadPool(8,
        r -> new Thread(r, "host-" + threadNumber.incrementAndGet()));
    AtomicInteger tasks = new AtomicInteger();
    AtomicInteger mostTasks = new AtomicInteger();
    Executor counted = task -> host.execute(() -> {
      mostTasks.accumulateAndGet(tasks.incrementAndGet(), Math::max);
      try {
        task.run();
      } finally {
        tasks.decrementAndGet();
      }
    });
    List<Relationship> program = program(45);
    waitForCompany = true;
    try (HealthCheck healthCheck = watched().parallelism(3).executor(counted).build()) {
      List<ProgramReport> reports = checkedAtOnce(healthCheck, program, 4);

      assertThat(reports).allSatisfy(r -> assertThat(r.reports()).hasSize(45)
          .extracting(HealthReport::relationshipId)
          .containsExactlyElementsOf(program.stream().map(Relationship::getId).toList()));
      assertThat(mostTasks.get()).isBetween(1, 3);
      assertThat(MOST_AT_ONCE.get()).isBetween(2, 3);
      assertThat(THREADS).allMatch(t -> t.getName().startsWith("host-"));
    } finally {
      host.shutdownNow();
    }
    assertThat(host.isShutdown()).isTrue();
  }

  @Test
  void aClosedHealthCheckLetsItsThreadsGoAndChecksNoMore() throws Exception {
    HealthCheck healthCheck = watched().parallelism(2).build();
    List<Relationship> program = program(12);
    healthCheck.checkAll(program, HealthCheckTest.AS_OF);
    Set<Thread> own = Set.copyOf(THREADS);
    assertThat(own).isNotEmpty().allMatch(t -> t.getName().startsWith("mentoring-check-"));

    healthCheck.close();
    healthCheck.close();

    for (Thread thread : own) {
      thread.join(10_000);
      assertThat(thread.isAlive()).as(thread.getName()).isFalse();
    }
    assertThatThrownBy(() -> healthCheck.checkAll(program, HealthCheckTest.AS_OF))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    assertThatThrownBy(() -> healthCheck.check(program.get(0), HealthCheckTest.AS_OF))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    assertThatThrownBy(() -> healthCheck.checkStream(program.stream(), HealthCheckTest.AS_OF))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    assertThat(healthCheck.catalogue().rules()).isNotEmpty();
  }

  @Test
  void aCheckInFlightWhenTheHealthCheckIsClosedStillReportsEveryRelationship() throws Exception {
    HealthCheck healthCheck = watched().parallelism(2).build();
    List<Relationship> program = program(90);
    ExecutorService caller = Executors.newSingleThreadExecutor();
    try {
      Future<ProgramReport> inFlight =
          caller.submit(() -> healthCheck.checkAll(program, HealthCheckTest.AS_OF));
      assertThat(firstJudged.await(30, TimeUnit.SECONDS)).isTrue();
      healthCheck.close();

      assertThat(inFlight.get(60, TimeUnit.SECONDS).reports()).hasSize(90);
    } finally {
      caller.shutdownNow();
    }
  }

  @Test
  void anInterruptedCallerStopsWaitingAndTheHealthCheckGoesOn() {
    try (HealthCheck healthCheck = watched().parallelism(2).build()) {
      List<Relationship> program = program(30);
      Thread.currentThread().interrupt();
      try {
        assertThatThrownBy(() -> healthCheck.checkAll(program, HealthCheckTest.AS_OF))
            .isInstanceOf(java.util.concurrent.CancellationException.class)
            .hasCauseInstanceOf(InterruptedException.class);
        assertThat(Thread.currentThread().isInterrupted()).isTrue();
      } finally {
        Thread.interrupted();
      }

      assertThat(healthCheck.checkAll(program, HealthCheckTest.AS_OF).reports()).hasSize(30);
    }
  }

  @Test
  void aStreamIsJudgedOnTheHealthChecksOwnThreadsNeverMoreAtOnceWhileTheCallerReadsAhead() {
    List<Relationship> program = program(40);
    List<HealthReport> whole;
    try (HealthCheck single = watched().parallelism(1).build()) {
      whole = single.checkAll(program, HealthCheckTest.AS_OF).reports();
    }
    forget();
    List<Thread> readers = new ArrayList<>();
    try (HealthCheck healthCheck = watched().parallelism(2).build()) {
      // The caller's thread takes the next chunk from the input while the last one is judged;
      // a chunk of one batch (the last, here) is judged on the workers too.
      List<HealthReport> streamed = healthCheck.checkStream(program.stream()
          .peek(r -> readers.add(Thread.currentThread())), HealthCheckTest.AS_OF).toList();

      assertThat(streamed).containsExactlyElementsOf(whole);
      assertThat(MOST_AT_ONCE.get()).isBetween(1, 2);
      assertThat(THREADS).isNotEmpty()
          .allMatch(t -> t.getName().startsWith("mentoring-check-"));
      assertThat(readers).hasSize(40).containsOnly(Thread.currentThread());
    }
  }

  @Test
  void aStreamOfAClosedHealthCheckStopsAtItsNextChunk() throws InterruptedException {
    HealthCheck healthCheck = watched().parallelism(2).build();
    var reports = healthCheck.checkStream(program(30).stream(), HealthCheckTest.AS_OF).iterator();
    reports.next();
    healthCheck.close();
    // The first chunk (batch size times parallelism) was judged before closing.
    for (int i = 1; i < 6; i++) {
      reports.next();
    }
    assertThatThrownBy(reports::next).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
    // The chunk judged behind the first one was under way when the health check was closed: it
    // finishes, and the threads then end, before the next test counts threads.
    for (Thread thread : Set.copyOf(THREADS)) {
      thread.join(10_000);
      assertThat(thread.isAlive()).as(thread.getName()).isFalse();
    }
  }
}
