package io.github.mentoring.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
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
import org.junit.jupiter.api.io.TempDir;
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
  void withATokenFromTheEnvironmentRequestsNeedItAndReloadReadsTheRulesAgain(@TempDir Path dir)
      throws Exception {
    Path rules = dir.resolve("rules");
    Files.createDirectories(rules);
    Files.writeString(rules.resolve("extra.drl"), extraRule("program.first"));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = MentoringCli.commandLine(Cli.CLOCK);
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    ServeCommand serve = commandLine.getSubcommands().get("serve").getCommand();
    serve.environment = Map.of("MENTORING_TOKEN", TOKEN);
    ExecutorService executor = Executors.newSingleThreadExecutor();
    try {
      Future<Integer> exitCode = executor.submit(() -> commandLine.execute(
          "serve", "--port", "0", "--token-env", "MENTORING_TOKEN", "--rules", rules.toString()));
      String port = awaitPort(out, err, exitCode);
      assertThat(out.toString()).contains("bearer token required").doesNotContain(TOKEN);

      HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
      URI base = URI.create("http://127.0.0.1:" + port);
      HttpResponse<String> without = client.send(HttpRequest.newBuilder(base.resolve("/rules"))
          .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(without.statusCode()).isEqualTo(401);

      Files.writeString(rules.resolve("extra.drl"), extraRule("program.second"));
      HttpResponse<String> reloaded = client.send(HttpRequest.newBuilder(
              base.resolve("/admin/reload")).header("Authorization", "Bearer " + TOKEN)
          .POST(HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(30)).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(reloaded.statusCode()).as(reloaded.body()).isEqualTo(200);
      HttpResponse<String> catalogue = client.send(HttpRequest.newBuilder(base.resolve("/rules"))
          .header("Authorization", "Bearer " + TOKEN).timeout(Duration.ofSeconds(10)).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(catalogue.body()).contains("program.second").doesNotContain("program.first");

      Files.writeString(rules.resolve("extra.drl"), "rule \"broken\" when then");
      HttpResponse<String> refused = client.send(HttpRequest.newBuilder(
              base.resolve("/admin/reload")).header("Authorization", "Bearer " + TOKEN)
          .POST(HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(30)).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(refused.statusCode()).isEqualTo(500);
      assertThat(refused.body()).contains("reload-failed", "extra.drl");
      HttpResponse<String> kept = client.send(HttpRequest.newBuilder(base.resolve("/rules"))
          .header("Authorization", "Bearer " + TOKEN).timeout(Duration.ofSeconds(10)).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(kept.body()).contains("program.second");

      executor.shutdownNow();
      assertThat(exitCode.get(30, TimeUnit.SECONDS)).isZero();
    } finally {
      executor.shutdownNow();
      assertThat(executor.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    }
  }

  @Test
  void everyAddressButLoopbackNeedsAToken() {
    Cli.Run run = Cli.run("serve", "--port", "0", "--host", "0.0.0.0");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(MentoringCli.BAD_INPUT);
    assertThat(run.err()).contains("0.0.0.0", "without a token");
  }

  @Test
  void anUnknownHostIsSaidToBeOne() {
    Cli.Run run = Cli.run("serve", "--port", "0", "--host", "nonsense");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(MentoringCli.BAD_INPUT);
    assertThat(run.err()).contains("\"nonsense\"", "no such host").doesNotContain("port 0");
  }

  @Test
  void aPortInUseIsSaidToBe() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
      Cli.Run run = Cli.run("serve", "--port", String.valueOf(taken.getLocalPort()));

      assertThat(run.exitCode()).as(run.toString()).isEqualTo(MentoringCli.BAD_INPUT);
      assertThat(run.err()).contains("port " + taken.getLocalPort() + " is already in use");
    }
  }

  @Test
  void aBadTokenFileOrVariableIsBadInputWithoutTheToken(@TempDir Path dir) throws Exception {
    Path shortToken = dir.resolve("token");
    Files.writeString(shortToken, "abc\n");

    Cli.Run fromFile = Cli.run("serve", "--port", "0", "--token-file", shortToken.toString());
    Cli.Run missingFile = Cli.run("serve", "--port", "0", "--token-file",
        dir.resolve("none").toString());
    Cli.Run unset = Cli.run("serve", "--port", "0", "--token-env", "MENTORING_NO_SUCH_VAR_X");
    Cli.Run both = Cli.run("serve", "--token-file", shortToken.toString(), "--token-env", "X");

    assertThat(fromFile.exitCode()).isEqualTo(MentoringCli.BAD_INPUT);
    assertThat(fromFile.err()).contains("--token-file", "too short").doesNotContain("abc");
    assertThat(missingFile.exitCode()).isEqualTo(MentoringCli.BAD_INPUT);
    assertThat(missingFile.err()).contains("cannot read the token file");
    assertThat(unset.exitCode()).isEqualTo(MentoringCli.BAD_INPUT);
    assertThat(unset.err()).contains("MENTORING_NO_SUCH_VAR_X", "not set");
    assertThat(both.exitCode()).isEqualTo(MentoringCli.BAD_INPUT);
    assertThat(both.err()).contains("mutually exclusive");
  }

  static final String TOKEN = "cli-test-token-0123456789abcdef";

  static String awaitPort(StringWriter out, StringWriter err, Future<Integer> exitCode)
      throws InterruptedException {
    Pattern listening = Pattern.compile("Listening on http://127\\.0\\.0\\.1:(\\d+) ");
    Matcher port = listening.matcher("");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!port.reset(out.toString()).find() && System.nanoTime() < deadline
        && !exitCode.isDone()) {
      Thread.sleep(50);
    }
    assertThat(port.reset(out.toString()).find()).as(out + "\n" + err).isTrue();
    return port.group(1);
  }

  static String extraRule(String id) {
    return """
        package program.extra;

        import io.github.mentoring.rules.facts.*;

        global io.github.mentoring.rules.facts.Findings findings;
        global io.github.mentoring.rules.Policy policy;

        rule "Extra"
            @id("%s") @category("program") @severity("info")
            @description("An extra rule, to see reloads")
        when
            $r : RelationshipFacts()
        then
        end
        """.formatted(id);
  }

  @Test
  void aBadPortIsBadInput() {
    Cli.Run run = Cli.run("serve", "--port", "70000");

    assertThat(run.exitCode()).isEqualTo(MentoringCli.BAD_INPUT);
    assertThat(run.err()).contains("--port");
  }
}
