package io.github.mentoring.examples.cli;

import io.github.mentoring.rules.HealthCheck;
import io.github.mentoring.streams.MentoringStreams;
import io.github.mentoring.streams.Topics;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code mentoring streams}: the continuous health check on Kafka Streams (mentoring-streams),
 * until the process is stopped. Start one per machine with the same application id; Kafka spreads
 * the events topic's partitions over them.
 */
@Command(name = "streams",
    header = "Run the continuous health check on Kafka Streams.",
    description = {
        "Reads relationship change events (JSON, keyed by relationship id) from the events topic, "
            + "keeps each relationship in a state store, checks it on every change and once per "
            + "day of stream time, and writes what changed (findings raised and resolved, status "
            + "changes) to the changes topic; events that cannot be applied go to the dead-letter "
            + "topic with every problem.",
        "Runs until stopped (Ctrl-C). Instances with the same --application-id share the work."},
    sortOptions = false)
final class StreamsCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT[,...]", required = true,
      description = "The Kafka cluster.")
  String bootstrapServers;

  @Option(names = "--application-id", paramLabel = "ID", defaultValue = "mentoring-health",
      description = "The Kafka Streams application id (default mentoring-health): the consumer "
          + "group, and the prefix of the stores' changelog topics.")
  String applicationId;

  @Option(names = "--threads", paramLabel = "N", defaultValue = "1",
      description = "Stream threads of this instance (default 1); they share one health check.")
  int threads;

  @Option(names = "--state-dir", paramLabel = "DIR",
      description = "Where the state stores live (default: Kafka Streams' own, under the "
          + "temporary directory).")
  Path stateDir;

  @Option(names = "--events-topic", paramLabel = "TOPIC",
      defaultValue = "mentoring.relationship-events",
      description = "The events topic (default mentoring.relationship-events).")
  String eventsTopic;

  @Option(names = "--changes-topic", paramLabel = "TOPIC",
      defaultValue = "mentoring.health-changes",
      description = "The changes topic (default mentoring.health-changes).")
  String changesTopic;

  @Option(names = "--dead-letters-topic", paramLabel = "TOPIC",
      defaultValue = "mentoring.dead-letters",
      description = "The dead-letter topic (default mentoring.dead-letters).")
  String deadLettersTopic;

  @Option(names = "--streams-config", paramLabel = "FILE",
      description = "A properties file of further Kafka Streams, consumer and producer settings "
          + "(security, replication factor, ...); the options above win.")
  Path streamsConfig;

  @Mixin
  RuleOptions ruleOptions;

  @Override
  public Integer call() throws InterruptedException {
    Properties config = config();
    HealthCheck healthCheck = ruleOptions.build(List.of());
    MentoringStreams streams = new MentoringStreams(config,
        new Topics(eventsTopic, changesTopic, deadLettersTopic), healthCheck);
    CountDownLatch stopped = new CountDownLatch(1);
    int[] exitCode = {MentoringCli.OK};
    streams.onStateChange((now, before) -> {
      if (now == KafkaStreams.State.ERROR || now == KafkaStreams.State.NOT_RUNNING) {
        if (now == KafkaStreams.State.ERROR) {
          exitCode[0] = MentoringCli.INTERNAL_ERROR;
        }
        stopped.countDown();
      }
    });
    Thread hook = new Thread(() -> {
      streams.close();
      stopped.countDown();
    }, "mentoring-streams-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    streams.start();
    PrintWriter out = spec.commandLine().getOut();
    out.println("Streaming " + eventsTopic + " to " + changesTopic + " (application "
        + applicationId + ", " + threads + (threads == 1 ? " thread, " : " threads, ")
        + healthCheck.catalogue().size() + " rules)");
    out.flush();
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Runtime.getRuntime().removeShutdownHook(hook);
      Thread.currentThread().interrupt();
    }
    streams.close();
    if (exitCode[0] != MentoringCli.OK) {
      spec.commandLine().getErr().println("mentoring streams: failed: the stream stopped with "
          + "an error (see the log)");
    }
    return exitCode[0];
  }

  /** Kafka Streams' settings: the file's, then the options'. */
  /**
   * The settings of a properties file. A method of its own: SpotBugs 4.10.4 fails to analyse a
   * try-with-resources whose multi-catch throws (it logs a stack trace at every build).
   */
  private static Properties settings(Path file) throws IOException {
    Properties settings = new Properties();
    try (InputStream in = Files.newInputStream(file)) {
      settings.load(in);
    }
    return settings;
  }

  Properties config() {
    if (threads < 1 || threads > 256) {
      throw new InputException("the stream was not started",
          List.of("--threads: must be 1..256, was " + threads));
    }
    Properties config = new Properties();
    if (streamsConfig != null) {
      try {
        config.putAll(settings(streamsConfig));
      } catch (IOException | IllegalArgumentException e) {
        throw new InputException("the stream was not started", List.of(streamsConfig
            + ": cannot read the settings (" + RuleOptions.reason(e) + ")"));
      }
    }
    config.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
    config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    config.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, threads);
    // Kafka 5.0's behaviour now: without it Kafka 4.4 warns at every start (there is no global
    // state here). By name: the constant is deprecated, as the setting goes away in 5.0.
    config.put("processing.exception.handler.global.enabled", true);
    if (stateDir != null) {
      config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    }
    return config;
  }
}
