package io.github.mentoring.benchmarks;

import io.github.mentoring.core.model.Relationship;
import io.github.mentoring.examples.report.StreamedReportJson;
import io.github.mentoring.json.ProgramJson;
import io.github.mentoring.json.ProgramStream;
import io.github.mentoring.rules.HealthCheck;
import io.github.mentoring.rules.HealthReport;
import io.github.mentoring.rules.ProgramReport;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * End to end from a JSON program file to a JSON report on disk, as {@code mentoring check --format
 * json} does for a large program, against the engine alone on the same relationships, in one run:
 * the ratio of the two rates is what the JSON costs (issue 16's target: the file path at least a
 * third of the engine's rate for 100,000 relationships, in 512 MB).
 *
 * <ul>
 *   <li>{@code jsonFileToReport}: the program file (written once per trial from the benchmark
 *       program, 100,000 relationships) read as a stream ({@link ProgramJson#open(Path)}: each
 *       relationship checked as it is read, everything the schema and the model require), judged by
 *       {@code checkStream}, and the report written relationship by relationship
 *       ({@link StreamedReportJson}) to a file; in a JVM of 512 MB of heap, so a run that held the
 *       program or the report would fail.
 *   <li>{@code jsonReadOnly}: the file read as a stream, nothing judged: the reader's share.
 *   <li>{@code engineBulk}: the same relationships, already in memory, judged with
 *       {@code checkAll}: the in-process bulk rate (4 GB of heap, to hold them).
 * </ul>
 *
 * <p>Scores are seconds per pass over the whole program (single shots); relationships per second
 * is {@code count} divided by the score.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@State(Scope.Benchmark)
public class JsonEndToEndBenchmark {

  /** Relationships in the program. */
  @Param("100000")
  public int count;

  /** The program as a file, and the folder the report is written to. */
  @State(Scope.Benchmark)
  public static class ProgramFile {
    Path folder;
    Path program;
    Path report;
    HealthCheck healthCheck;

    @Setup(Level.Trial)
    public void write(JsonEndToEndBenchmark benchmark) throws IOException {
      healthCheck = HealthCheck.withBuiltInRules();
      folder = Files.createTempDirectory("mentoring-json-benchmark-");
      program = folder.resolve("program.json");
      report = folder.resolve("report.json");
      writeProgram(Datasets.stream(benchmark.count), program);
    }

    @TearDown(Level.Trial)
    public void delete() throws IOException {
      healthCheck.close();
      Files.deleteIfExists(program);
      Files.deleteIfExists(report);
      Files.deleteIfExists(folder);
    }
  }

  /** The program in memory, for the engine alone. */
  @State(Scope.Benchmark)
  public static class InMemory {
    List<Relationship> relationships;
    HealthCheck healthCheck;

    @Setup(Level.Trial)
    public void make(JsonEndToEndBenchmark benchmark) {
      healthCheck = HealthCheck.withBuiltInRules();
      relationships = Datasets.program(benchmark.count);
    }

    @TearDown(Level.Trial)
    public void close() {
      healthCheck.close();
    }
  }

  @Benchmark
  @Fork(value = 1, jvmArgsAppend = {"-Xmx512m", "-Xms512m"})
  public long jsonFileToReport(ProgramFile files) throws IOException {
    try (ProgramStream in = ProgramJson.open(files.program);
        Stream<Relationship> relationships = in.relationships();
        Stream<HealthReport> reports = files.healthCheck.checkStream(relationships,
            in.asOf().orElse(Datasets.AS_OF));
        OutputStream out = new BufferedOutputStream(Files.newOutputStream(files.report),
            1 << 16)) {
      return StreamedReportJson.write(reports.iterator(), in.asOf().orElse(Datasets.AS_OF),
          in.name().orElse(null), Set.of(), r -> { }, out).relationships();
    }
  }

  @Benchmark
  @Fork(value = 1, jvmArgsAppend = {"-Xmx512m", "-Xms512m"})
  public long jsonReadOnly(ProgramFile files) throws IOException {
    try (ProgramStream in = ProgramJson.open(files.program);
        Stream<Relationship> relationships = in.relationships()) {
      long meetings = 0;
      for (Iterator<Relationship> it = relationships.iterator(); it.hasNext(); ) {
        meetings += it.next().getMeetings().size();
      }
      return meetings;
    }
  }

  @Benchmark
  @Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
  public long engineBulk(InMemory program) {
    ProgramReport report = program.healthCheck.checkAll(program.relationships, Datasets.AS_OF);
    return report.summary().findings();
  }

  /**
   * Writes a program file of the given relationships in the program format, one relationship at a
   * time (compact, one per line), without holding them.
   */
  static void writeProgram(Stream<Relationship> relationships, Path file) throws IOException {
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      out.write(("{\"formatVersion\": 2, \"name\": \"benchmark program\", \"asOf\": \""
          + Datasets.AS_OF + "\", \"relationships\": [\n").getBytes(StandardCharsets.UTF_8));
      boolean first = true;
      for (Iterator<Relationship> it = relationships.iterator(); it.hasNext(); ) {
        if (!first) {
          out.write(",\n".getBytes(StandardCharsets.UTF_8));
        }
        first = false;
        out.write(ProgramJson.writeRelationship(it.next()));
      }
      out.write("\n]}\n".getBytes(StandardCharsets.UTF_8));
    }
  }
}
