package io.github.mentoring.benchmarks;

import io.github.mentoring.rules.HealthCheck;
import io.github.mentoring.rules.HealthReport;
import java.util.Iterator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
 * Memory: 100,000 relationships made lazily by the generator and streamed through
 * {@code checkStream} (every built-in rule, all cores) in a JVM limited to 256 MB of heap; the
 * program is never held in memory. A fork that runs out of memory fails the benchmark. Scores
 * are seconds per stream (single shots of the whole stream); run with {@code -prof gc} for the
 * bytes allocated per stream ({@code gc.alloc.rate.norm}). The suite's summary turns both into
 * figures per relationship. {@code generateOnly} measures making the stream alone, to tell the
 * generator's share apart.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m", "-Xms256m"})
@State(Scope.Benchmark)
public class StreamingBenchmark {

  /** Relationships per stream (smaller only in the build's smoke run). */
  @Param("100000")
  public long count;

  private HealthCheck healthCheck;

  @Setup(Level.Trial)
  public void build() {
    healthCheck = HealthCheck.withBuiltInRules();
  }

  @Benchmark
  public long checkStream() {
    try (Stream<HealthReport> reports =
        healthCheck.checkStream(Datasets.stream(count), Datasets.AS_OF)) {
      long findings = 0;
      for (Iterator<HealthReport> it = reports.iterator(); it.hasNext(); ) {
        findings += it.next().findings().size();
      }
      return findings;
    }
  }

  @Benchmark
  public long generateOnly() {
    return Datasets.stream(count).mapToLong(r -> r.getMeetings().size()).sum();
  }
}
