package io.github.mentoring.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ServeCommandTest {

  @Test
  void serveOnPortZeroPrintsTheBoundPortAndAnswersUntilInterrupted() throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = MentoringCli.commandLine(Cli.CLOCK);
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    ExecutorService executor = Executors.newSingleThreadExecutor();
    try {
      Future<Integer> exitCode = executor.submit(() -> commandLine.execute(
          "serve", "--port", "0", "--rules", Cli.DESIGNER_RULES.toString()));

      Pattern listening = Pattern.compile("Listening on http://127\\.0\\.0\\.1:(\\d+) ");
      Matcher port = listening.matcher("");
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (!port.reset(out.toString()).find() && System.nanoTime() < deadline
          && !exitCode.isDone()) {
        Thread.sleep(50);
      }
      assertThat(port.reset(out.toString()).find()).as(out + "\n" + err).isTrue();

      HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
      HttpResponse<String> health = client.send(HttpRequest.newBuilder(
              URI.create("http://127.0.0.1:" + port.group(1) + "/health"))
          .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(health.statusCode()).isEqualTo(200);
      assertThat(health.body()).contains("\"status\": \"up\"");

      executor.shutdownNow(); // interrupts the command, which stops the service
      assertThat(exitCode.get(30, TimeUnit.SECONDS)).isZero();
    } finally {
      executor.shutdownNow();
      assertThat(executor.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    }
  }

  @Test
  void aBadPortIsBadInput() {
    Cli.Run run = Cli.run("serve", "--port", "70000");

    assertThat(run.exitCode()).isEqualTo(MentoringCli.BAD_INPUT);
    assertThat(run.err()).contains("--port");
  }
}
