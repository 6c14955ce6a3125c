package io.github.mentoring.examples.embedding;

import io.github.mentoring.core.model.FollowUp;
import io.github.mentoring.core.model.FollowUpKind;
import io.github.mentoring.core.model.Meeting;
import io.github.mentoring.core.model.MeetingStatus;
import io.github.mentoring.core.model.Partner;
import io.github.mentoring.core.model.Phase;
import io.github.mentoring.core.model.Relationship;
import io.github.mentoring.core.model.RelationshipKind;
import io.github.mentoring.rules.Finding;
import io.github.mentoring.rules.HealthCheck;
import io.github.mentoring.rules.HealthReport;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Health checks from Java: build a health check once (built-in rules plus a program's own DRL from
 * the class path), judge a relationship built with the model's builders as of a date, and read the
 * findings.
 */
public final class EmbeddingExample {

  private EmbeddingExample() {}

  /** Built once and shared: compiling rules takes a second, checking takes milliseconds. */
  public static HealthCheck healthCheck() {
    return HealthCheck.builder()
        .addRulesFromClasspath("rules/program-rules.drl")
        .build();
  }

  /** A relationship in which the mentor promised an introduction on 4 March. */
  public static Relationship relationship() {
    return Relationship.builder()
        .id("r-ada-ben")
        .mentor(Partner.of("ada"))
        .mentee(Partner.of("ben"))
        .kind(RelationshipKind.FORMAL)
        .phase(Phase.ACTIVE)
        .startDate(LocalDate.of(2026, 2, 2))
        .addMeetings(Meeting.builder().id("m1")
            .scheduledAt(LocalDateTime.of(2026, 3, 4, 10, 0))
            .status(MeetingStatus.HELD).build())
        .addFollowUps(FollowUp.builder().id("f1")
            .description("Introduce Ben to the platform team's lead")
            .kind(FollowUpKind.CONTACT).owner("ada").fromMeeting("m1").build())
        .build();
  }

  /** Prints what the rules found as of 30 March 2026. */
  public static void main(String[] args) {
    HealthReport report = healthCheck().check(relationship(), LocalDate.of(2026, 3, 30));
    System.out.println(report.relationshipId() + ": " + report.status());
    for (Finding finding : report.findings()) {
      System.out.println(finding.severity() + " " + finding.ruleId() + " " + finding.subject()
          + ": " + finding.message() + " " + finding.evidence());
    }
  }
}
