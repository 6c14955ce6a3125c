package io.github.mentoring.benchmarks;

import io.github.mentoring.rules.HealthCheck;
import io.github.mentoring.rules.HealthReport;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Iterator;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Streams a program through {@code checkStream} once, in this JVM, and prints the time, the
 * throughput, the heap limit and the peak heap use, and the garbage collections. Run it with a
 * small heap to prove that a large program is judged in little memory:
 *
 * <pre>
 * java -Xmx256m -cp mentoring-benchmarks/target/benchmarks.jar \
 *     io.github.mentoring.benchmarks.StreamCheck --count 100000
 * </pre>
 *
 * <p>Options: {@code --count N} (default 100,000), {@code --parallelism N} (default: every
 * processor), {@code --expect-findings} (exit with 1 unless every relationship got a report and
 * some have findings: the build uses it to prove the benchmarks jar runs a health check).
 */
public final class StreamCheck {

  private StreamCheck() {}

  public static void main(String[] args) {
    long count = 100_000;
    int parallelism = Runtime.getRuntime().availableProcessors();
    boolean expectFindings = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--count" -> count = Long.parseLong(args[++i]);
        case "--parallelism" -> parallelism = Integer.parseInt(args[++i]);
        case "--expect-findings" -> expectFindings = true;
        default -> {
          System.err.println("unknown option " + args[i]
              + "; use --count N, --parallelism N, --expect-findings");
          System.exit(2);
        }
      }
    }
    long started = System.nanoTime();
    HealthCheck healthCheck = HealthCheck.builder().parallelism(parallelism).build();
    double buildSeconds = (System.nanoTime() - started) / 1e9;

    started = System.nanoTime();
    long reports = 0;
    long findings = 0;
    try (healthCheck; Stream<HealthReport> stream = healthCheck.checkStream(
        Datasets.stream(count), Datasets.AS_OF)) {
      for (Iterator<HealthReport> it = stream.iterator(); it.hasNext(); ) {
        findings += it.next().findings().size();
        reports++;
      }
    }
    double seconds = (System.nanoTime() - started) / 1e9;

    long peakHeap = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        peakHeap += pool.getPeakUsage().getUsed();
      }
    }
    long gcs = 0;
    long gcMillis = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      gcs += Math.max(0, gc.getCollectionCount());
      gcMillis += Math.max(0, gc.getCollectionTime());
    }
    System.out.printf(Locale.ROOT,
        "streamed %,d relationships (generated on the fly) through checkStream on %d thread(s): "
            + "%,d findings in %.1f s, %,.0f relationships/s (build %.2f s)%n"
            + "heap: max %,d MB, peak used %,d MB (sum of the pools' peaks); "
            + "%,d collections, %.1f s in GC%n",
        reports, parallelism, findings, seconds, reports / seconds, buildSeconds,
        Runtime.getRuntime().maxMemory() >> 20, peakHeap >> 20, gcs, gcMillis / 1e3);
    if (expectFindings && (reports != count || findings == 0)) {
      System.err.println("expected " + count + " reports with findings, got " + reports
          + " reports and " + findings + " findings");
      System.exit(1);
    }
  }
}
