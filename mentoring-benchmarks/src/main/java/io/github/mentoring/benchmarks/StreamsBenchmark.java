package io.github.mentoring.benchmarks;

import io.github.mentoring.rules.HealthCheck;
import io.github.mentoring.streams.HealthTopology;
import io.github.mentoring.streams.Topics;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.Stores;
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
 * Events per second through one stream thread of mentoring-streams: the topology driven by Kafka
 * Streams' {@link TopologyTestDriver} (one task, like one stream thread with one partition), with
 * its RocksDB stores on disk and the built-in rules. Each event logs a meeting again, unchanged,
 * for one of 1,000 relationships in turn: it is read, applied to the stored
 * relationship (read back through the program format's validating reader), the relationship
 * checked, and what the check found compared with the last. {@code firing=false}: the
 * relationships are healthy on the event date and no rule fires; {@code firing=true}: the events
 * are dated two months later, when several rules fire on every check (changes are written on the
 * first event of each relationship only, as later checks find the same). What the driver leaves
 * out: Kafka's network, batching and commits, and the changelog topics' writes, so the figures
 * are an upper bound on a stream thread's rate.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 4, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
@State(Scope.Thread)
public class StreamsBenchmark {

  /** Relationships in the store (all of them fit the processor's cache of 1,000). */
  @Param({"1000"})
  public int relationships;

  @Param({"false", "true"})
  public boolean firing;

  /**
   * {@code rocksdb}: the stores a stream uses by default; the test driver commits, and so flushes
   * RocksDB to disk, after every event, where a stream commits every 30 s (100 ms exactly once).
   * {@code memory}: in-memory stores, which the commit does not flush: the processing alone.
   */
  @Param({"rocksdb", "memory"})
  public String stores;

  private HealthCheck healthCheck;
  private TopologyTestDriver driver;
  private TestInputTopic<String, String> events;
  private TestOutputTopic<String, byte[]> changes;
  private Path stateDir;
  private String[] eventsByRelationship;
  private Instant at;
  private int next;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    healthCheck = HealthCheck.withBuiltInRules();
    stateDir = Files.createTempDirectory("mentoring-streams-benchmark");
    Properties config = new Properties();
    config.put(StreamsConfig.APPLICATION_ID_CONFIG, "mentoring-streams-benchmark");
    config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    // Kafka 5.0's behaviour now: without it Kafka 4.4 warns at every start (there is no global
    // state here). By name: the constant is deprecated, as the setting goes away in 5.0.
    config.put("processing.exception.handler.global.enabled", true);
    Topics topics = Topics.defaults();
    driver = new TopologyTestDriver(stores.equals("memory")
        ? HealthTopology.build(topics, () -> healthCheck,
            Stores.inMemoryKeyValueStore(HealthTopology.RELATIONSHIPS_STORE),
            Stores.inMemoryKeyValueStore(HealthTopology.HEALTH_STORE))
        : HealthTopology.build(topics, () -> healthCheck), config,
        Instant.parse("2026-04-15T09:00:00Z"));
    events = driver.createInputTopic(topics.events(), new StringSerializer(),
        new StringSerializer());
    changes = driver.createOutputTopic(topics.changes(), new StringDeserializer(),
        new ByteArrayDeserializer());
    at = Instant.parse("2026-04-15T09:00:00Z");
    String relationship = healthyRelationship();
    String eventDate = firing ? "2026-06-15" : "2026-04-15";
    eventsByRelationship = new String[relationships];
    for (int i = 0; i < relationships; i++) {
      String id = "r-" + i;
      events.pipeInput(id, "{\"type\": \"relationship-snapshot\", \"relationshipId\": \"" + id
          + "\", \"eventDate\": \"2026-04-15\", \"relationship\": "
          + relationship.replace("\"r-ada-ben\"", "\"" + id + "\"") + "}", at);
      eventsByRelationship[i] = "{\"type\": \"meeting-logged\", \"relationshipId\": \"" + id
          + "\", \"eventDate\": \"" + eventDate + "\", \"meeting\": {\"id\": \"m6\","
          + " \"scheduledAt\": \"2026-04-20T10:00\", \"status\": \"scheduled\"}}";
    }
    changes.readRecordsToList();
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    driver.close();
    healthCheck.close();
    try (Stream<Path> files = Files.walk(stateDir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  /** One event through the topology; the changes it wrote are drained. */
  @Benchmark
  public long event() {
    int i = next;
    next = (next + 1) % relationships;
    events.pipeInput("r-" + i, eventsByRelationship[i], at);
    return changes.getQueueSize() > 0 ? changes.readRecordsToList().size() : 0;
  }

  static String healthyRelationship() {
    try (InputStream in = StreamsBenchmark.class.getResourceAsStream(
        "/streams/healthy-relationship.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
