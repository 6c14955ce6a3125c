package io.github.mentoring.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mentoring.rules.HealthCheck;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Rules reloaded while the service runs: one reload at a time, and nobody but a reload can make
 * another wait (SpotBugs' USO_UNSAFE_METHOD_SYNCHRONIZATION: the service object is its callers'
 * too, so it is not the lock).
 */
class HealthServiceReloadTest {

  private static final long WAIT_SECONDS = 60;

  @Test
  void aProgramThatLocksTheServiceObjectCannotStallAReload() throws Exception {
    ExecutorService reloads = Executors.newSingleThreadExecutor();
    try (HealthCheck first = HealthCheck.withBuiltInRules();
        HealthService service = HealthService.start(first,
            HealthService.Settings.defaults().withPort(0))) {
      HealthCheck reloaded;
      synchronized (service) {
        Future<HealthCheck> reload = reloads.submit(
            () -> service.reloadRules(HealthCheck::withBuiltInRules));
        // Were the service object the lock, this would wait for ever while we hold it.
        reloaded = reload.get(WAIT_SECONDS, TimeUnit.SECONDS);
      }
      assertThat(service.healthCheck()).isSameAs(reloaded);
      reloaded.close();
    } finally {
      reloads.shutdownNow();
    }
  }

  @Test
  void aSecondReloadWaitsForTheFirstAndItsRulesAreTheOnesLeftInUse() throws Exception {
    ExecutorService reloads = Executors.newFixedThreadPool(2);
    CountDownLatch firstBuilding = new CountDownLatch(1);
    CountDownLatch finishFirst = new CountDownLatch(1);
    AtomicInteger building = new AtomicInteger();
    AtomicInteger mostAtOnce = new AtomicInteger();
    AtomicReference<Thread> secondThread = new AtomicReference<>();
    try (HealthCheck first = HealthCheck.withBuiltInRules();
        HealthService service = HealthService.start(first,
            HealthService.Settings.defaults().withPort(0))) {
      Future<HealthCheck> one = reloads.submit(() -> service.reloadRules(() -> {
        mostAtOnce.accumulateAndGet(building.incrementAndGet(), Math::max);
        firstBuilding.countDown();
        await(finishFirst);
        building.decrementAndGet();
        return HealthCheck.withBuiltInRules();
      }));
      assertThat(firstBuilding.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
      Future<HealthCheck> two = reloads.submit(() -> {
        secondThread.set(Thread.currentThread());
        return service.reloadRules(() -> {
          mostAtOnce.accumulateAndGet(building.incrementAndGet(), Math::max);
          building.decrementAndGet();
          return HealthCheck.withBuiltInRules();
        });
      });
      // The second reload is parked on the lock while the first one builds.
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
      while ((secondThread.get() == null || secondThread.get().getState() != Thread.State.BLOCKED)
          && System.nanoTime() < deadline) {
        Thread.onSpinWait();
      }
      assertThat(secondThread.get().getState()).isEqualTo(Thread.State.BLOCKED);
      finishFirst.countDown();
      HealthCheck firstReload = one.get(WAIT_SECONDS, TimeUnit.SECONDS);
      HealthCheck secondReload = two.get(WAIT_SECONDS, TimeUnit.SECONDS);

      assertThat(mostAtOnce.get()).isEqualTo(1);
      assertThat(service.healthCheck()).isSameAs(secondReload);
      firstReload.close();
      secondReload.close();
    } finally {
      reloads.shutdownNow();
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(WAIT_SECONDS, TimeUnit.SECONDS)) {
        throw new IllegalStateException("the test never let the first reload finish");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
