package io.github.mentoring.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the whole suite (every benchmark with the settings in its annotations, 20–25 minutes on
 * two processors) with the GC profiler, writes JMH's JSON results and a text summary with the
 * DRL/baseline ratios and the targets, both computed from this run, next to the benchmarks jar
 * ({@code target/jmh-results.json}, {@code target/jmh-summary.txt}), and prints the summary.
 *
 * <pre>
 * java -cp mentoring-benchmarks/target/benchmarks.jar io.github.mentoring.benchmarks.Suite
 * </pre>
 *
 * <p>Takes JMH's own options, e.g. a regular expression to run only some benchmarks
 * ({@code Suite Bulk.*100k}), {@code -p threads=1}, {@code -rff other.json}, or {@code -prof
 * stack}; given profilers replace the GC profiler.
 */
public final class Suite {

  private Suite() {}

  public static void main(String[] args) throws RunnerException, IOException {
    CommandLineOptions given;
    try {
      given = new CommandLineOptions(args);
    } catch (CommandLineOptionException e) {
      System.err.println("Error parsing the options: " + e.getMessage());
      System.exit(1);
      return;
    }
    if (given.shouldHelp()) {
      given.showHelp();
      return;
    }
    Path folder = outputFolder();
    Path json = given.getResult().hasValue() ? Path.of(given.getResult().get())
        : folder.resolve("jmh-results.json");
    Path summaryFile = (json.toAbsolutePath().getParent() != null
        ? json.toAbsolutePath().getParent() : folder).resolve("jmh-summary.txt");
    Files.createDirectories(summaryFile.getParent());
    OptionsBuilder options = new OptionsBuilder();
    options.parent(given);
    options.result(json.toString());
    if (!given.getResultFormat().hasValue()) {
      options.resultFormat(ResultFormatType.JSON);
    }
    if (given.getProfilers().isEmpty()) {
      options.addProfiler(GCProfiler.class);
    }
    Collection<RunResult> results = new Runner(options.build()).run();
    String summary = Summary.of(results);
    Files.writeString(summaryFile, summary, StandardCharsets.UTF_8);
    System.out.println();
    System.out.println(summary);
    System.out.println("Results: " + json.toAbsolutePath() + "; summary: "
        + summaryFile.toAbsolutePath());
  }

  /** The folder of the benchmarks jar (its {@code target}), else {@code target}. */
  private static Path outputFolder() {
    try {
      Path location = Path.of(Suite.class.getProtectionDomain().getCodeSource().getLocation()
          .toURI());
      if (Files.isRegularFile(location) && location.getParent() != null) {
        return location.getParent();
      }
      if (Files.isDirectory(location) && location.getParent() != null) {
        return location.getParent(); // target/classes when run from the build folder
      }
    } catch (Exception e) {
      // fall through
    }
    return Path.of("target");
  }
}
