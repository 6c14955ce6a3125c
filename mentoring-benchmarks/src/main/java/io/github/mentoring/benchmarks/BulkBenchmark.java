package io.github.mentoring.benchmarks;

import io.github.mentoring.core.model.Relationship;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Bulk throughput: a whole program judged with {@code checkAll}, in relationships per second (one
 * operation is one relationship). Programs of 1,000, 10,000 and 100,000 relationships; the engine
 * is every built-in rule ({@code drl}), only the fizzling and missed-follow-up rules
 * ({@code drl-two}, the fair match for the baseline) or the plain-Java baseline ({@code java});
 * on one thread or all cores.
 *
 * <p>Drools settles only after 10–20 s of work, hence the long warm-up. The heap is touched up
 * front: on the shared machine, first-touch page faults of a fresh 4 GB heap showed up as half the
 * processor time of the first iterations.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
@State(Scope.Benchmark)
public class BulkBenchmark {

  @Param({Engines.DRL, Engines.DRL_TWO_FAMILIES, Engines.BASELINE})
  public String engine;

  /** {@code 1} or {@code all} (every available processor). */
  @Param({"1", "all"})
  public String threads;

  private Engines.ProgramCheck check;

  @Setup(Level.Trial)
  public void build() {
    check = Engines.program(engine, Engines.threads(threads));
  }

  /** A program, generated once per trial. */
  @State(Scope.Benchmark)
  public abstract static class Program {
    List<Relationship> relationships;

    abstract int size();

    @Setup(Level.Trial)
    public void generate() {
      relationships = Datasets.program(size());
    }
  }

  /** The program of 1,000. */
  public static class Program1k extends Program {
    @Override
    int size() {
      return 1_000;
    }
  }

  /** The program of 10,000. */
  public static class Program10k extends Program {
    @Override
    int size() {
      return 10_000;
    }
  }

  /** The program of 100,000. */
  public static class Program100k extends Program {
    @Override
    int size() {
      return 100_000;
    }
  }

  @Benchmark
  @OperationsPerInvocation(1_000)
  public Object program1k(Program1k program) {
    return check.checkAll(program.relationships, Datasets.AS_OF);
  }

  @Benchmark
  @OperationsPerInvocation(10_000)
  public Object program10k(Program10k program) {
    return check.checkAll(program.relationships, Datasets.AS_OF);
  }

  /**
   * One invocation takes seconds here, so fewer iterations still give Drools its 10–12 s of
   * warm-up work and keep the suite short (an iteration lasts at least one invocation).
   */
  @Benchmark
  @OperationsPerInvocation(100_000)
  @Warmup(iterations = 8, time = 2)
  @Measurement(iterations = 4, time = 2)
  public Object program100k(Program100k program) {
    return check.checkAll(program.relationships, Datasets.AS_OF);
  }
}
