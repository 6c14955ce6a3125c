package io.github.mentoring.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mentoring.rules.Finding;
import io.github.mentoring.rules.HealthCheck;
import io.github.mentoring.rules.HealthReport;
import io.github.mentoring.rules.Severity;
import io.github.mentoring.rules.Subject;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EmbeddingExampleTest {

  @Test
  void theProgramRuleFromTheClassPathFindsThePromisedIntroduction() {
    HealthCheck healthCheck = EmbeddingExample.healthCheck();

    HealthReport report = healthCheck.check(EmbeddingExample.relationship(),
        LocalDate.of(2026, 3, 30));

    assertThat(healthCheck.catalogue().find("program.introduction-not-made")).isPresent();
    Finding finding = report.findingsOf("program.introduction-not-made").get(0);
    assertThat(finding.severity()).isEqualTo(Severity.WARNING);
    assertThat(finding.subject()).isEqualTo(new Subject(Subject.Kind.FOLLOW_UP, "f1"));
    assertThat(finding.evidence()).containsEntry("daysSincePromised", 26)
        .containsEntry("promisedOn", "2026-03-04");
    // Two weeks after the meeting the promise is still fresh.
    assertThat(healthCheck.check(EmbeddingExample.relationship(), LocalDate.of(2026, 3, 17))
        .has("program.introduction-not-made")).isFalse();
  }

  @Test
  void mainPrintsTheFindings() {
    EmbeddingExample.main(new String[0]);
  }
}
