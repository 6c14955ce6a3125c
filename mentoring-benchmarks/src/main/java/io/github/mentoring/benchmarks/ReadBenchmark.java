package io.github.mentoring.benchmarks;

import io.github.mentoring.core.model.Relationship;
import io.github.mentoring.json.ProgramJson;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.ObjectMapper;

/**
 * What the JSON path costs before the rules see a relationship, one relationship at a time on
 * one thread, over the 1,000 relationships of the benchmark program in turn, each as the compact
 * JSON a program file holds:
 *
 * <ul>
 *   <li>{@code readOne}: {@link ProgramJson#readRelationship(byte[])}, the whole validating read
 *       (parsing, every member checked at its path, the model built and validated);
 *   <li>{@code parseOnly}: the same text parsed into a JSON tree with Jackson, nothing else: the
 *       parser's share of {@code readOne}.
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class ReadBenchmark {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private List<byte[]> documents;
  private int next;

  @Setup(Level.Trial)
  public void write() {
    documents = new ArrayList<>();
    for (Relationship relationship : Datasets.program(1_000)) {
      documents.add(ProgramJson.writeRelationship(relationship));
    }
  }

  private byte[] nextDocument() {
    byte[] document = documents.get(next);
    next = next + 1 == documents.size() ? 0 : next + 1;
    return document;
  }

  @Benchmark
  public Relationship readOne() {
    return ProgramJson.readRelationship(nextDocument());
  }

  @Benchmark
  public Object parseOnly() {
    return MAPPER.readTree(nextDocument());
  }
}
