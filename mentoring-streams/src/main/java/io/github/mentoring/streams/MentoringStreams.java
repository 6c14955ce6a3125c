package io.github.mentoring.streams;

import io.github.mentoring.rules.HealthCheck;
import java.time.Duration;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running health stream: one Kafka Streams application instance with one {@link HealthCheck}
 * (one compiled rule base) shared by all its stream threads. Start as many instances with the same
 * {@code application.id} as the events topic has partitions to spread the work; each keeps the
 * relationships of its partitions.
 *
 * <pre>{@code
 * Properties config = new Properties();
 * config.put(StreamsConfig.APPLICATION_ID_CONFIG, "mentoring-health");
 * config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "kafka:9092");
 * config.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, 4);
 * try (MentoringStreams streams = new MentoringStreams(config, Topics.defaults(),
 *     HealthCheck.builder().addRules(Path.of("program-rules")).build())) {
 *   streams.start();
 *   ...
 *   streams.replaceHealthCheck(HealthCheck.builder().addRules(Path.of("new-rules")).build());
 * }
 * }</pre>
 */
public final class MentoringStreams implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(MentoringStreams.class);

  private final AtomicReference<HealthCheck> healthCheck;
  private final KafkaStreams streams;

  /**
   * An instance, not yet started.
   *
   * @param config Kafka Streams' configuration; {@code application.id} and
   *     {@code bootstrap.servers} at least
   * @param topics the topics to read and write
   * @param healthCheck the health check to judge with; owned from now on (closed when replaced
   *     or when this instance is closed)
   */
  public MentoringStreams(Properties config, Topics topics, HealthCheck healthCheck) {
    this.healthCheck = new AtomicReference<>(Objects.requireNonNull(healthCheck, "healthCheck"));
    this.streams = new KafkaStreams(HealthTopology.build(topics, this.healthCheck::get),
        new StreamsConfig(config));
  }

  /** Starts the stream threads. */
  public void start() {
    streams.start();
  }

  /** The state of the Kafka Streams instance ({@code RUNNING}, {@code REBALANCING}, ...). */
  public KafkaStreams.State state() {
    return streams.state();
  }

  /**
   * Tells a listener of every change of state, e.g. to stop the process when the stream stops
   * with an {@code ERROR}. Set it before {@link #start()}.
   */
  public void onStateChange(KafkaStreams.StateListener listener) {
    streams.setStateListener(listener);
  }

  /** The health check judging now. */
  public HealthCheck healthCheck() {
    return healthCheck.get();
  }

  /**
   * Judges with another rule set from now on, keeping every relationship and what its last check
   * found: the next check of a relationship (its next event, or the next day) reports what the new
   * rules raise and resolve. The old health check is closed; a check running on it finishes, and
   * one that finds it closed runs again on the new one.
   *
   * @param next the new health check, owned from now on
   */
  public void replaceHealthCheck(HealthCheck next) {
    HealthCheck old = healthCheck.getAndSet(Objects.requireNonNull(next, "next"));
    LOG.info("Health check replaced: {} rules", next.catalogue().rules().size());
    old.close();
  }

  /**
   * Stops the stream threads (up to a minute for them to finish), leaves the consumer group and
   * closes the health check.
   */
  @Override
  public void close() {
    close(Duration.ofMinutes(1));
  }

  /**
   * Stops the stream threads, waiting up to {@code timeout}, and closes the health check. The
   * instance leaves the consumer group, so that the others (or its successor) take its partitions
   * over at once rather than after the session timeout.
   */
  public void close(Duration timeout) {
    try {
      streams.close(CloseOptions.groupMembershipOperation(
          CloseOptions.GroupMembershipOperation.LEAVE_GROUP).withTimeout(timeout));
    } finally {
      healthCheck.get().close();
    }
  }
}
