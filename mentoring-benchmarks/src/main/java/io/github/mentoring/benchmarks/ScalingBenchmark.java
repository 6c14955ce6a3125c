package io.github.mentoring.benchmarks;

import io.github.mentoring.core.model.Relationship;
import io.github.mentoring.rules.HealthCheck;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How bulk throughput grows with {@code HealthCheck.Builder.parallelism(n)}: a program of 10,000
 * relationships judged with {@code checkAll} and every built-in rule, in relationships per
 * second, for {@code threads} = 1 and 2 (the health check's own threads, as a library user gets
 * them). On a machine with more processors, add counts up to its processor count, e.g.
 * {@code -p threads=1,2,4,8,16}; the summary prints each count's ratio to one thread.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
@State(Scope.Benchmark)
public class ScalingBenchmark {

  /** The health check's parallelism. */
  @Param({"1", "2"})
  public int threads;

  private HealthCheck healthCheck;
  private List<Relationship> program;

  @Setup(Level.Trial)
  public void build() {
    healthCheck = Engines.allRules(threads);
    program = Datasets.program(10_000);
  }

  @TearDown(Level.Trial)
  public void close() {
    healthCheck.close();
  }

  @Benchmark
  @OperationsPerInvocation(10_000)
  public Object program10k() {
    return healthCheck.checkAll(program, Datasets.AS_OF);
  }
}
