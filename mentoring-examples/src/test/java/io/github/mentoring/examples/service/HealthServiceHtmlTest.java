package io.github.mentoring.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mentoring.rules.HealthCheck;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The service answers the HTML report to a client that asks for HTML, and JSON otherwise. */
class HealthServiceHtmlTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  /** What Chromium sends when it opens a page. */
  private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,"
      + "image/avif,image/webp,*/*;q=0.8";

  private static HealthCheck healthCheck;
  private static HealthService service;
  private static HttpClient client;
  private static String sample;

  @BeforeAll
  static void start() throws IOException {
    healthCheck = HealthCheck.withBuiltInRules();
    service = HealthService.start(healthCheck, HealthService.Settings.defaults().withPort(0));
    client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    try (InputStream in = HealthServiceHtmlTest.class.getClassLoader()
        .getResourceAsStream("samples/sample-program.json")) {
      sample = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @AfterAll
  static void stop() {
    if (service != null) {
      service.close();
    }
    if (healthCheck != null) {
      healthCheck.close();
    }
  }

  private static HttpResponse<String> post(String accept) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
            + service.port() + "/health-checks"))
        .timeout(TIMEOUT)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(sample));
    if (accept != null) {
      request.header("Accept", accept);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aBrowserGetsTheProgramsHealthAsOneHtmlPage() throws Exception {
    HttpResponse<String> response = post(BROWSER);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).get().asString()
        .startsWith("text/html").contains("utf-8");
    assertThat(response.body()).startsWith("<!DOCTYPE html>")
        .contains("<title>Mentoring health of 2026 engineering and product mentoring program "
            + "as of 2026-11-27</title>")
        .contains("data-id=\"rel-gita-hugo\"")
        .doesNotContain("http://", "https://");
  }

  @Test
  void aClientThatDoesNotAskForHtmlStillGetsTheJsonReport() throws Exception {
    for (String accept : new String[] {null, "application/json", "*/*",
        "text/html;q=0.5, application/json"}) {
      HttpResponse<String> response = post(accept);

      assertThat(response.statusCode()).as(accept).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Type")).as(accept).get().asString()
          .startsWith("application/json");
      assertThat(response.body()).as(accept).startsWith("{");
    }
  }

  @Test
  void htmlIsPreferredOnlyWhenNamedAtLeastAsHighAsJson() {
    assertThat(HealthService.prefersHtml(BROWSER)).isTrue();
    assertThat(HealthService.prefersHtml("text/html")).isTrue();
    assertThat(HealthService.prefersHtml("TEXT/HTML; charset=utf-8")).isTrue();
    assertThat(HealthService.prefersHtml(null)).isFalse();
    assertThat(HealthService.prefersHtml("*/*")).isFalse();
    assertThat(HealthService.prefersHtml("text/html;q=0")).isFalse();
    assertThat(HealthService.prefersHtml("application/json, text/html;q=0.9")).isFalse();
    assertThat(HealthService.prefersHtml("text/html;q=oops")).isFalse();
  }
}
