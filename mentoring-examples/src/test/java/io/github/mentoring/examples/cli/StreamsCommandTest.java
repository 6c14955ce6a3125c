package io.github.mentoring.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@code mentoring streams} refuses what it cannot run before it connects to anything: the
 * running stream itself is tested in mentoring-streams, against a broker in the test JVM.
 */
class StreamsCommandTest {

  @Test
  void theStreamNeedsToKnowItsKafkaCluster() {
    Cli.Run run = Cli.run("streams");

    assertThat(run.exitCode()).isEqualTo(MentoringCli.BAD_INPUT);
    assertThat(run.err()).contains("mentoring streams: the stream was not started (1 problem):",
        "--bootstrap-servers");
  }

  @Test
  void rulesThatDoNotBuildStopTheStreamBeforeItStarts() {
    Cli.Run run = Cli.run("streams", "--bootstrap-servers", "127.0.0.1:1",
        "--rules", "no-such-folder", "--disable", "no.such-rule");

    assertThat(run.exitCode()).isEqualTo(MentoringCli.BAD_INPUT);
    assertThat(run.err()).contains("the rules could not be built", "no-such-folder",
        "no.such-rule");
  }

  @Test
  void aNumberOfThreadsBelowOneIsRefused() {
    Cli.Run run = Cli.run("streams", "--bootstrap-servers", "127.0.0.1:1", "--threads", "0");

    assertThat(run.exitCode()).isEqualTo(MentoringCli.BAD_INPUT);
    assertThat(run.err()).contains("--threads: must be 1..256, was 0");
  }

  @Test
  void theHelpNamesTheTopicsAndTheSharedApplicationId() {
    Cli.Run run = Cli.run("streams", "--help");

    assertThat(run.exitCode()).isEqualTo(MentoringCli.OK);
    assertThat(run.out()).contains("--events-topic",
        "--changes-topic", "--dead-letters-topic", "--application-id", "--rules");
  }
}
