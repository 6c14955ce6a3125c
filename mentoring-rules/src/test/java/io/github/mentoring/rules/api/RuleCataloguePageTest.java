package io.github.mentoring.rules.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mentoring.rules.HealthCheck;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code mentoring-rules/RULES.md} in step with the loaded rules. After changing a rule,
 * regenerate the page with {@code ./mvnw -pl mentoring-rules test -Dtest=RuleCataloguePageTest
 * -Dmentoring.rules.page.update=true}.
 */
class RuleCataloguePageTest {

  private static final Path PAGE = Path.of("RULES.md");

  @Test
  void theCataloguePageListsExactlyTheLoadedRules() throws Exception {
    HealthCheck healthCheck = HealthCheck.withBuiltInRules();
    String expected = healthCheck.catalogue().toMarkdown(healthCheck.policy());
    if (Boolean.getBoolean("mentoring.rules.page.update")) {
      Files.writeString(PAGE, expected);
    }
    assertThat(PAGE).exists();
    assertThat(Files.readString(PAGE))
        .as("RULES.md is out of step with the rules; regenerate it with -Dmentoring.rules.page.update=true")
        .isEqualTo(expected);
    healthCheck.catalogue().rules().forEach(rule -> assertThat(expected).contains(rule.id()));
  }
}
