package io.github.mentoring.benchmarks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/**
 * A short text summary of one run of the suite: throughput per engine with the DRL/baseline
 * ratios and the thread scaling, build times, latency, streaming, and each target met or missed.
 * Everything is computed from the results of that same run; what the run did not measure reads
 * {@code n/a}.
 */
public final class Summary {

  /** Bulk throughput on 100k, all cores, every built-in rule: at least this, relationships/s. */
  public static final double TARGET_BULK = 150_000;
  /** The rules engine at most this many times slower than the baseline (same two families). */
  public static final double TARGET_SLOWDOWN = 3.0;
  /** A warm build under this, ms. */
  public static final double TARGET_BUILD_WARM_MS = 1_000;
  /** A cold build under this, ms. */
  public static final double TARGET_BUILD_COLD_MS = 2_000;
  /** Two threads at least this many times one thread. */
  public static final double TARGET_SCALING = 1.8;
  /** The bundled sample over HTTP, eight clients: at least this many requests per second. */
  public static final double TARGET_HTTP_SAMPLE_PER_SECOND = 1_000;
  /** A 1,000-relationship body over HTTP: at least this share of the in-process rate. */
  public static final double TARGET_HTTP_SHARE = 0.25;

  private static final String[] SIZES = {"1k", "10k", "100k"};
  private static final String[] ENGINES = {Engines.DRL, Engines.DRL_TWO_FAMILIES, Engines.BASELINE};

  private final Collection<RunResult> results;

  private Summary(Collection<RunResult> results) {
    this.results = results;
  }

  /** The summary of a run's results. */
  public static String of(Collection<RunResult> results) {
    return new Summary(results).text();
  }

  private String text() {
    int cores = Runtime.getRuntime().availableProcessors();
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT,
        "mentoring benchmarks: %d processor(s); drl = every built-in rule, drl-two = only the "
            + "fizzling and missed-follow-up rules, java = the plain-Java baseline of those two%n%n",
        cores));

    out.append("Bulk checkAll, relationships/s (error: 99.9% interval half-width)\n");
    out.append(String.format(Locale.ROOT, "%-6s %-7s %20s %20s %20s %9s %9s%n", "size",
        "threads", "drl", "drl-two", "java", "java/drl", "java/two"));
    for (String size : SIZES) {
      for (String threads : List.of("1", "all")) {
        List<Optional<Result<?>>> row = new ArrayList<>();
        for (String engine : ENGINES) {
          row.add(bulk(size, engine, threads));
        }
        if (row.stream().allMatch(Optional::isEmpty)) {
          continue;
        }
        out.append(String.format(Locale.ROOT, "%-6s %-7s %20s %20s %20s %9s %9s%n", size,
            threads, withError(row.get(0)), withError(row.get(1)), withError(row.get(2)),
            ratio(row.get(2), row.get(0)), ratio(row.get(2), row.get(1))));
      }
    }
    out.append("\nThread scaling (all / 1 thread), same size and engine\n");
    for (String size : SIZES) {
      StringBuilder line = new StringBuilder();
      for (String engine : ENGINES) {
        String r = ratio(bulk(size, engine, "all"), bulk(size, engine, "1"));
        if (!r.equals("n/a")) {
          line.append(String.format(Locale.ROOT, "  %s %s", engine, r));
        }
      }
      if (line.length() > 0) {
        out.append(String.format(Locale.ROOT, "%-6s%s%n", size, line));
      }
    }

    List<RunResult> scaling = results.stream().filter(name("ScalingBenchmark.program10k"))
        .sorted(java.util.Comparator.comparingInt(r -> Integer.parseInt(
            r.getParams().getParam("threads"))))
        .toList();
    if (!scaling.isEmpty()) {
      out.append("\nparallelism(n), drl, 10k, relationships/s (ratio to 1 thread)\n");
      for (RunResult run : scaling) {
        String threads = run.getParams().getParam("threads");
        out.append(String.format(Locale.ROOT, "  %3s %20s %6s%n", threads,
            withError(Optional.of(run.getPrimaryResult())),
            ratio(Optional.of(run.getPrimaryResult()), scaling(scaling, "1"))));
      }
    }

    Optional<Result<?>> cold = primary(name("BuildBenchmark.cold"));
    Optional<Result<?>> warm = primary(name("BuildBenchmark.warm"));
    out.append(String.format(Locale.ROOT, "%nBuild, every built-in rule: cold %s (%s shots), "
        + "warm %s%n", ms(cold), cold.map(r -> String.valueOf(r.getSampleCount())).orElse("0"),
        ms(warm)));

    out.append("\nLatency of check(relationship, asOf), typical relationship, microseconds\n");
    for (String engine : List.of(Engines.DRL, Engines.BASELINE)) {
      Optional<Result<?>> r = primary(name("LatencyBenchmark.checkOne").and(param("engine", engine)));
      r.ifPresent(result -> out.append(String.format(Locale.ROOT,
          "  %-5s mean %,.1f  p50 %,.1f  p99 %,.1f  p99.9 %,.1f  (%,d samples)%n", engine,
          result.getScore(), result.getStatistics().getPercentile(50),
          result.getStatistics().getPercentile(99), result.getStatistics().getPercentile(99.9),
          result.getSampleCount())));
      if (r.isEmpty()) {
        out.append(String.format(Locale.ROOT, "  %-5s n/a%n", engine));
      }
    }

    Optional<Result<?>> readOne = primary(name("ReadBenchmark.readOne"));
    Optional<Result<?>> parseOnly = primary(name("ReadBenchmark.parseOnly"));
    out.append(String.format(Locale.ROOT, "%nReading one relationship from its JSON, one thread, "
            + "microseconds: validating read %s, of it parsing %s%n",
        readOne.map(r -> fmt("%,.1f", r.getScore())).orElse("n/a"),
        parseOnly.map(r -> fmt("%,.1f", r.getScore())).orElse("n/a")));

    Optional<RunResult> stream = run(name("StreamingBenchmark.checkStream"));
    Optional<RunResult> generate = run(name("StreamingBenchmark.generateOnly"));
    out.append(String.format(Locale.ROOT, "%nStreaming through checkStream in -Xmx256m "
            + "(relationships generated on the fly): %s; %s relationships/s with generation, "
            + "generation alone %s relationships/s%n",
        stream.map(r -> fmt("%,d relationships in %.1f s", count(r),
            r.getPrimaryResult().getScore())).orElse("n/a (not run, or failed)"),
        perSecond(stream), perSecond(generate)));

    out.append("\nHistory: a year of weekly steps over the program of 1,000 (relationship-years/s)"
        + " beside checkAll of it (relationships/s); a relationship-year in bulk checks\n");
    for (String threads : List.of("1", "all")) {
      Optional<Result<?>> year = primary(name("HistoryBenchmark.history1k")
          .and(param("threads", threads)));
      Optional<Result<?>> bulk = primary(name("HistoryBenchmark.bulk1k")
          .and(param("threads", threads)));
      out.append(String.format(Locale.ROOT, "  threads %-4s history %s  bulk %s  ratio %s%n",
          threads, withError(year), withError(bulk), ratio(bulk, year)));
    }

    Optional<Result<?>> httpSample = primary(name("HttpBenchmark.sampleOverHttp"));
    Optional<Result<?>> sampleInProcess = primary(name("HttpBenchmark.sampleInProcess"));
    Optional<Result<?>> http1k = primary(name("HttpBenchmark.program1kOverHttp"));
    Optional<Result<?>> inProcess1k = primary(name("HttpBenchmark.program1kInProcess"));
    out.append(String.format(Locale.ROOT, "%nHTTP service on loopback, %d clients at once "
        + "(milliseconds per request; rate = clients / mean)%n", HttpBenchmark.CLIENTS));
    out.append(String.format(Locale.ROOT, "  %-34s %s%n", "sample (17) over HTTP",
        latency(httpSample, 1, "requests/s")));
    out.append(String.format(Locale.ROOT, "  %-34s %s%n", "sample's work in process, no HTTP",
        latency(sampleInProcess, 1, "requests/s")));
    out.append(String.format(Locale.ROOT, "  %-34s %s%n", "1,000 over HTTP",
        latency(http1k, HttpBenchmark.LARGE, "relationships/s")));
    out.append(String.format(Locale.ROOT, "  %-34s %s%n", "1,000 in process (checkAll)",
        latency(inProcess1k, HttpBenchmark.LARGE, "relationships/s")));
    Optional<Double> httpShare = quotient(http1k, inProcess1k).map(q -> 1 / q);
    out.append(String.format(Locale.ROOT, "  HTTP / in process, 1,000 per request: %s%n",
        httpShare.map(q -> fmt("%.2f", q)).orElse("n/a")));

    Optional<RunResult> jsonFile = run(name("JsonEndToEndBenchmark.jsonFileToReport"));
    Optional<RunResult> jsonRead = run(name("JsonEndToEndBenchmark.jsonReadOnly"));
    Optional<RunResult> engineBulk = run(name("JsonEndToEndBenchmark.engineBulk"));
    out.append(String.format(Locale.ROOT, "%nJSON program file -> streamed check -> report file "
        + "in -Xmx512m: %s relationships/s (read only %s); engine bulk in memory %s "
        + "relationships/s%n", perSecond(jsonFile), perSecond(jsonRead), perSecond(engineBulk)));
    // Both are seconds per pass over the same program: the engine's time over the file's.
    Optional<Double> jsonShare = quotient(
        engineBulk.<Result<?>>map(RunResult::getPrimaryResult),
        jsonFile.<Result<?>>map(RunResult::getPrimaryResult));
    target(out, "JSON file to report >= 1/3 of the engine's bulk rate",
        jsonShare.map(q -> q >= 1.0 / 3), jsonShare.map(q -> fmt("%.2f", q)).orElse("n/a"));

    out.append("\nAllocation per relationship (-prof gc, gc.alloc.rate.norm)\n");
    boolean anyAllocation = false;
    for (RunResult run : results) {
      Result<?> norm = run.getSecondaryResults().get("gc.alloc.rate.norm");
      if (norm != null && !run.getParams().getBenchmark().contains("BuildBenchmark")) {
        anyAllocation = true;
        out.append(String.format(Locale.ROOT, "  %-52s %,10.0f B%n", label(run),
            norm.getScore() / count(run)));
      }
    }
    if (!anyAllocation) {
      out.append("  n/a (run with -prof gc)\n");
    }

    out.append("\nTargets\n");
    Optional<Result<?>> drl100k = bulk("100k", Engines.DRL, "all");
    target(out, "bulk, drl, 100k, all cores >= 150,000 relationships/s",
        drl100k.map(r -> r.getScore() >= TARGET_BULK), score(drl100k));
    Optional<Double> slowdown = quotient(bulk("100k", Engines.BASELINE, "all"),
        bulk("100k", Engines.DRL_TWO_FAMILIES, "all"));
    target(out, "drl-two at most 3x slower than java (100k, all cores)",
        slowdown.map(s -> s <= TARGET_SLOWDOWN), slowdown.map(s -> fmt("%.1fx slower", s))
            .orElse("n/a"));
    target(out, "warm build < 1 s", warm.map(r -> r.getScore() < TARGET_BUILD_WARM_MS), ms(warm));
    target(out, "cold build < 2 s", cold.map(r -> r.getScore() < TARGET_BUILD_COLD_MS), ms(cold));
    Optional<RunResult> stream100k = stream.filter(r -> count(r) >= 100_000);
    target(out, "100k streamed in -Xmx256m without running out of memory",
        stream100k.map(r -> true), stream.map(r -> fmt("%,d streamed", count(r))).orElse("n/a"));
    Optional<Double> two = quotient(scaling(scaling, "2"), scaling(scaling, "1"));
    target(out, "parallelism(2) >= 1.8x parallelism(1) (drl, 10k)",
        two.map(s -> s >= TARGET_SCALING),
        two.map(s -> fmt("%.2fx on %d processor(s)", s, cores)).orElse("n/a"));
    Optional<Double> samplePerSecond = httpSample.map(r -> perSecondOf(r, 1));
    target(out, "sample over HTTP >= 1,000 requests/s (8 clients)",
        samplePerSecond.map(r -> r >= TARGET_HTTP_SAMPLE_PER_SECOND),
        samplePerSecond.map(r -> fmt("%,.0f requests/s", r)).orElse("n/a"));
    target(out, "1,000 over HTTP >= 1/4 of in process (8 clients)",
        httpShare.map(q -> q >= TARGET_HTTP_SHARE),
        httpShare.map(q -> fmt("%.2f of in process", q)).orElse("n/a"));
    return out.toString();
  }

  /** Requests (or relationships, {@code per} to a request) per second of a sample-time result. */
  private static double perSecondOf(Result<?> result, int per) {
    // Sample time in ms per request; each of the clients sends one request after another.
    return HttpBenchmark.CLIENTS * per * 1000.0 / result.getScore();
  }

  private static String latency(Optional<Result<?>> result, int per, String unit) {
    return result.map(r -> fmt("mean %,.1f  p50 %,.1f  p99 %,.1f  -> %,.0f %s",
        r.getScore(), r.getStatistics().getPercentile(50), r.getStatistics().getPercentile(99),
        perSecondOf(r, per), unit)).orElse("n/a");
  }

  private static void target(StringBuilder out, String what, Optional<Boolean> met,
      String value) {
    String verdict = met.map(m -> m ? "met" : "MISSED").orElse("n/a");
    out.append(String.format(Locale.ROOT, "  %-7s %-62s %s%n", verdict, what, value));
  }

  private static Optional<Result<?>> scaling(List<RunResult> scaling, String threads) {
    return scaling.stream().filter(param("threads", threads)).findFirst()
        .<Result<?>>map(RunResult::getPrimaryResult);
  }

  private Optional<Result<?>> bulk(String size, String engine, String threads) {
    return primary(name("BulkBenchmark.program" + size).and(param("engine", engine))
        .and(param("threads", threads)));
  }

  private Optional<Result<?>> primary(Predicate<RunResult> which) {
    return run(which).<Result<?>>map(RunResult::getPrimaryResult);
  }

  private Optional<RunResult> run(Predicate<RunResult> which) {
    return results.stream().filter(which).findFirst();
  }

  /** Relationships per operation: the {@code count} parameter of a stream, else one. */
  private static long count(RunResult run) {
    return run.getParams().getParamsKeys().contains("count")
        ? Long.parseLong(run.getParams().getParam("count")) : 1;
  }

  private static Predicate<RunResult> name(String classAndMethod) {
    return run -> run.getParams().getBenchmark().endsWith("." + classAndMethod);
  }

  private static Predicate<RunResult> param(String key, String value) {
    return run -> run.getParams().getParamsKeys().contains(key)
        && Objects.equals(run.getParams().getParam(key), value);
  }

  private static String label(RunResult run) {
    String name = run.getParams().getBenchmark();
    StringBuilder label = new StringBuilder(
        name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1));
    for (String key : run.getParams().getParamsKeys()) {
      label.append(' ').append(key).append('=').append(run.getParams().getParam(key));
    }
    return label.toString();
  }

  private static String withError(Optional<Result<?>> result) {
    return result.map(r -> Double.isNaN(r.getScoreError())
        ? fmt("%,.0f", r.getScore())
        : fmt("%,.0f ± %,.0f", r.getScore(), r.getScoreError())).orElse("n/a");
  }

  private static String score(Optional<Result<?>> result) {
    return result.map(r -> fmt("%,.0f %s", r.getScore(), r.getScoreUnit())).orElse("n/a");
  }

  private static String ms(Optional<Result<?>> result) {
    return result.map(r -> fmt("%,.0f ms", r.getScore())).orElse("n/a");
  }

  /** The seconds a stream took as relationships per second. */
  private static String perSecond(Optional<RunResult> stream) {
    return stream.map(r -> fmt("%,.0f", count(r) / r.getPrimaryResult().getScore()))
        .orElse("n/a");
  }

  private static String ratio(Optional<Result<?>> top, Optional<Result<?>> bottom) {
    return quotient(top, bottom).map(q -> fmt("%.2f", q)).orElse("n/a");
  }

  private static Optional<Double> quotient(Optional<Result<?>> top, Optional<Result<?>> bottom) {
    if (top.isEmpty() || bottom.isEmpty() || bottom.get().getScore() == 0) {
      return Optional.empty();
    }
    return Optional.of(top.get().getScore() / bottom.get().getScore());
  }

  private static String fmt(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }
}
