package io.github.mentoring.benchmarks;

import io.github.mentoring.core.model.Relationship;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The latency of judging one typical relationship ({@link Datasets#typical()}: active, formal,
 * the median number of meetings) with {@code check(relationship, asOf)}, sampled: JMH reports the
 * mean and the percentiles (p50, p90, p99, ...) of single calls.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class LatencyBenchmark {

  @Param({Engines.DRL, Engines.BASELINE})
  public String engine;

  private Engines.SingleCheck check;
  private Relationship typical;

  @Setup(Level.Trial)
  public void setUp() {
    check = Engines.single(engine);
    typical = Datasets.typical();
  }

  @Benchmark
  public Object checkOne() {
    return check.check(typical, Datasets.AS_OF);
  }
}
