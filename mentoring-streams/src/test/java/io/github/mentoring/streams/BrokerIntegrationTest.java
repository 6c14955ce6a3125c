package io.github.mentoring.streams;

import static io.github.mentoring.streams.StreamsTestSupport.morningOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mentoring.rules.HealthCheck;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The health stream against a real broker: one KRaft node (controller and broker) started inside
 * the test JVM with Kafka's own test kit, no Docker. Events are produced, changes read back; then
 * the instance stops and a new one starts on an empty state directory, as on another machine,
 * and gets its relationships back from the stores' changelog topics. Every wait is bounded.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class BrokerIntegrationTest {

  private static final Duration WAIT = Duration.ofSeconds(90);
  private static final String FIZZLING = "fizzling.no-recent-meeting";

  @TempDir
  Path dir;

  @Test
  void eventsProducedToABrokerComeOutAsChangesAndARestartedInstanceKnowsTheRelationships()
      throws Exception {
    Topics topics = Topics.defaults();
    KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
            .setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1)
            .setBaseDirectory(dir.resolve("kafka")).build())
        .setConfigProp("group.initial.rebalance.delay.ms", "0")
        .setConfigProp("offsets.topic.replication.factor", "1")
        .setConfigProp("transaction.state.log.replication.factor", "1")
        .setConfigProp("group.min.session.timeout.ms", "1000")
        .build();
    // not try-with-resources: the test kit's close() may throw InterruptedException
    try {
      cluster.format();
      cluster.startup();
      cluster.waitForReadyBrokers();
      try (Admin admin = cluster.admin()) {
        admin.createTopics(List.of(new NewTopic(topics.events(), 2, (short) 1),
            new NewTopic(topics.changes(), 2, (short) 1),
            new NewTopic(topics.deadLetters(), 1, (short) 1))).all().get(60, TimeUnit.SECONDS);
      }

      try (KafkaProducer<String, String> producer = producer(cluster);
          KafkaConsumer<String, String> reader = consumer(cluster, topics)) {
        try (MentoringStreams first = new MentoringStreams(
            config(cluster, dir.resolve("state-first")), topics, HealthCheck.withBuiltInRules())) {
          first.start();
          send(producer, topics, "r-ada-ben",
              Events.snapshot("r-ada-ben", "2026-03-02", "2026-03-02"), "2026-03-02");
          send(producer, topics, "r-ada-ben", "{\"type\": \"meeting-logged\"}", "2026-03-02");

          List<ConsumerRecord<String, String>> seen = readUntil(reader, records ->
              records.stream().anyMatch(r -> r.topic().equals(topics.changes())
                  && r.value().contains("status-changed"))
              && records.stream().anyMatch(r -> r.topic().equals(topics.deadLetters())));
          assertThat(seen).filteredOn(r -> r.topic().equals(topics.deadLetters()))
              .singleElement().satisfies(r -> assertThat(r.value()).contains("$.relationshipId"));
          assertThat(seen).filteredOn(r -> r.topic().equals(topics.changes()))
              .allSatisfy(r -> assertThat(r.key()).isEqualTo("r-ada-ben"))
              .noneMatch(r -> r.value().contains(FIZZLING));
        }

        try (MentoringStreams second = new MentoringStreams(
            config(cluster, dir.resolve("state-second")), topics, HealthCheck.withBuiltInRules())) {
          second.start();
          // four weeks after the last meeting, a booking: known only if the state came back
          send(producer, topics, "r-ada-ben",
              Events.meetingBooked("r-ada-ben", "2026-03-30", "m3", "2026-04-02"), "2026-03-30");

          List<ConsumerRecord<String, String>> seen = readUntil(reader, records ->
              records.stream().anyMatch(r -> r.value().contains(FIZZLING)));
          assertThat(seen).filteredOn(r -> r.topic().equals(topics.deadLetters())).isEmpty();
          assertThat(seen).filteredOn(r -> r.value().contains("finding-raised"))
              .as("only what is new: the findings of the first instance are remembered")
              .allSatisfy(r -> assertThat(r.value()).contains("\"checkDate\":\"2026-03-30\""))
              .anySatisfy(r -> assertThat(r.value()).contains(FIZZLING));
        }
      }
    } finally {
      cluster.close();
    }
  }

  private static void send(KafkaProducer<String, String> producer, Topics topics, String key,
      String event, String day) throws Exception {
    producer.send(new ProducerRecord<>(topics.events(), null, morningOf(day).toEpochMilli(), key,
        event)).get(60, TimeUnit.SECONDS);
  }

  /** Reads both output topics until the records read match, or fails after {@link #WAIT}. */
  private static List<ConsumerRecord<String, String>> readUntil(
      KafkaConsumer<String, String> reader,
      Predicate<List<ConsumerRecord<String, String>>> enough) {
    List<ConsumerRecord<String, String>> records = new ArrayList<>();
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!enough.test(records)) {
      assertThat(System.nanoTime()).as("waited %s for the changes; read %s", WAIT, records)
          .isLessThan(deadline);
      reader.poll(Duration.ofMillis(200)).forEach(records::add);
    }
    return records;
  }

  private static Properties config(KafkaClusterTestKit cluster, Path stateDir) {
    Properties config = new Properties();
    config.put(StreamsConfig.APPLICATION_ID_CONFIG, "mentoring-health-it");
    config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers());
    config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    config.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, 1);
    config.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);
    config.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, 1);
    config.put(StreamsConfig.consumerPrefix(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG), 6000);
    config.put(StreamsConfig.consumerPrefix(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG), 500);
    return config;
  }

  private static KafkaProducer<String, String> producer(KafkaClusterTestKit cluster) {
    return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
        cluster.bootstrapServers(), ProducerConfig.ACKS_CONFIG, "all"),
        new StringSerializer(), new StringSerializer());
  }

  private static KafkaConsumer<String, String> consumer(KafkaClusterTestKit cluster,
      Topics topics) {
    KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers(),
        ConsumerConfig.GROUP_ID_CONFIG, "mentoring-health-it-reader",
        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
        new StringDeserializer(), new StringDeserializer());
    consumer.subscribe(List.of(topics.changes(), topics.deadLetters()));
    return consumer;
  }
}
