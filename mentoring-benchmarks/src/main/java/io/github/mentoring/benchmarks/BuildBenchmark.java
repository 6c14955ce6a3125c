package io.github.mentoring.benchmarks;

import io.github.mentoring.rules.HealthCheck;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Building a health check with every built-in rule (loading the rules precompiled into the jar,
 * or compiling the DRL if they are out of date): the first
 * build in a fresh JVM ({@code cold}: a new fork for each single shot, class loading and all), and
 * a build in a JVM that has built many before ({@code warm}).
 */
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BuildBenchmark {

  /** The first build in a fresh JVM: one shot per fork, ten forks. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  @Fork(10)
  public HealthCheck cold() {
    return HealthCheck.builder().build();
  }

  /** A build once the JVM has warmed up by building. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @Warmup(iterations = 6, time = 2)
  @Measurement(iterations = 5, time = 2)
  @Fork(1)
  public HealthCheck warm() {
    return HealthCheck.builder().build();
  }
}
