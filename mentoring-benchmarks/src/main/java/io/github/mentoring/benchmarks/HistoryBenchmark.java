package io.github.mentoring.benchmarks;

import io.github.mentoring.core.model.Relationship;
import io.github.mentoring.rules.HealthCheck;
import io.github.mentoring.rules.ProgramHistory;
import io.github.mentoring.rules.RelationshipHistory;
import java.time.LocalDate;
import java.time.Period;
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
 * A program's history against its bulk check, in one run: {@code history1k} replays a year of
 * weekly steps (53 check dates, the last on {@link Datasets#AS_OF}) for the program of 1,000 and
 * counts relationship-years per second (one operation is one relationship's year); {@code
 * bulk1k} checks the same program once, in relationships per second. Their ratio is what a
 * relationship-year costs in bulk checks; steps before a relationship began are not judged, so
 * the checks a year holds on average (printed at set-up) is the ratio a history without any
 * saving would show.
 *
 * <p>Every built-in rule, on one thread or all cores. One history invocation judges some 26,000
 * checks and the people of every step, seconds of work: each iteration is at least one
 * invocation.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
@State(Scope.Benchmark)
public class HistoryBenchmark {

  /** The first step: a year of weeks before the check date. */
  public static final LocalDate FROM = Datasets.AS_OF.minusWeeks(52);

  /** {@code 1} or {@code all} (every available processor). */
  @Param({"1", "all"})
  public String threads;

  private HealthCheck healthCheck;
  private List<Relationship> program;

  @Setup(Level.Trial)
  public void build() {
    healthCheck = Engines.allRules(Engines.threads(threads));
    program = Datasets.program(1_000);
    ProgramHistory once = healthCheck.history(program, FROM, Datasets.AS_OF, Period.ofWeeks(1));
    long checks = once.histories().stream().mapToLong(h -> h.dates().size()).sum();
    long spans = once.histories().stream().mapToLong(h -> h.spans().size()).sum();
    System.out.printf("%nhistory of %d relationships, %d steps: %.1f checks and %.1f finding"
        + " spans per relationship-year%n", program.size(), once.dates().size(),
        checks / (double) program.size(), spans / (double) program.size());
  }

  @TearDown(Level.Trial)
  public void close() {
    healthCheck.close();
  }

  @Benchmark
  @OperationsPerInvocation(1_000)
  public ProgramHistory history1k() {
    return healthCheck.history(program, FROM, Datasets.AS_OF, Period.ofWeeks(1));
  }

  @Benchmark
  @OperationsPerInvocation(1_000)
  public Object bulk1k() {
    return healthCheck.checkAll(program, Datasets.AS_OF);
  }

  /** One relationship's year on the calling thread, for the cost without batches. */
  @Benchmark
  public RelationshipHistory oneRelationshipYear() {
    return healthCheck.history(program.get(0), FROM, Datasets.AS_OF);
  }
}
