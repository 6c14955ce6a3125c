package io.github.mentoring.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mentoring.examples.service.HealthService;
import io.github.mentoring.rules.HealthCheck;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A program coordinator gets the same report from the command line and from the HTTP service for
 * the same program and date, the program's name included; a single relationship's report has no
 * name to give.
 */
class ReportsAgreeTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final Path SAMPLE = Path.of("src/main/resources/samples/sample-program.json");
  private static HealthService service;

  @BeforeAll
  static void start() {
    service = HealthService.start(HealthCheck.builder().build(),
        new HealthService.Settings("127.0.0.1", 0, 1 << 20));
  }

  @AfterAll
  static void stop() {
    service.close();
  }

  private static JsonNode post(String body, String asOf) throws Exception {
    HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + service.port() + "/health-checks?asOf=" + asOf))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return MAPPER.readTree(response.body());
  }

  @Test
  void theServiceAndTheCommandLineGiveTheSameReportForTheSameProgram() throws Exception {
    Cli.Run cli = Cli.run("check", SAMPLE.toString(), "--as-of", "2026-11-27", "--format",
        "json");
    JsonNode http = post(Files.readString(SAMPLE), "2026-11-27");

    assertThat(MAPPER.readTree(cli.out())).isEqualTo(http);
    assertThat(http.get("program").asString()).isEqualTo(
        MAPPER.readTree(Files.readString(SAMPLE)).get("name").asString());
    assertThat(http.has("only")).isFalse();
  }

  @Test
  void aSingleRelationshipsReportHasNoProgramName() throws Exception {
    JsonNode relationship = MAPPER.readTree(Files.readString(Path.of(CheckCommandTest.MINIMAL)))
        .get("relationships").get(0);

    JsonNode http = post("{\"relationship\": " + relationship + "}", "2026-04-15");

    assertThat(http.has("program")).isFalse();
    assertThat(http.get("reports")).hasSize(1);
  }
}
