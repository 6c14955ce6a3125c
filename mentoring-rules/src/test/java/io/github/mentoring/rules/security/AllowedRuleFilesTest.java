package io.github.mentoring.rules.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mentoring.rules.Finding;
import io.github.mentoring.rules.HealthCheck;
import io.github.mentoring.rules.HealthReport;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * What a designer may write still compiles and judges: both dialects, joins on one relationship,
 * not/exists, accumulate and collect over facts, local variables, dates and maths, enums, the
 * policy and evidence. The checker must not be so strict that designers cannot work.
 */
class AllowedRuleFilesTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 27);

  private static final String FILE = """
      package program.allowed;

      import io.github.mentoring.rules.facts.*;
      import io.github.mentoring.core.model.Phase;
      import io.github.mentoring.core.model.MeetingStatus;
      import java.time.LocalDate;
      import java.time.temporal.ChronoUnit;

      global io.github.mentoring.rules.facts.Findings findings;
      global io.github.mentoring.rules.Policy policy;

      rule "Java dialect, a join, not, locals and dates"
          @id("program.java-join")
          @category("program")
          @severity("info")
          @description("Held meetings of an active relationship with no cancelled one")
          salience 10
          no-loop true
      when
          $r : RelationshipFacts( phase == Phase.ACTIVE, heldMeetings >= 2,
                                  daysWithoutMeeting < policy.integer("fizzling.lookback-days") )
          $m : MeetingFacts( relationshipId == $r.relationshipId, held, status == MeetingStatus.HELD )
          not MeetingFacts( relationshipId == $r.relationshipId, cancelled )
      then
          // A comment, with System.exit(0) in it, is only a comment.
          int weeks = (int) ChronoUnit.WEEKS.between($m.getDate(), $r.getAsOf());
          LocalDate next = $m.getDate().plusDays(Math.max(7, $r.getIntervalDays()));
          String label = "meeting " + $m.getMeetingId() + " /* not a comment */";
          if (weeks >= 0) {
              findings.raise(drools, $m, label + " was " + weeks + " weeks ago", "none",
                  "weeks", weeks, "next", next, "day", $m.getDate().getDayOfWeek());
          }
      end

      rule "MVEL dialect, accumulate and exists"
          @id("program.mvel-count")
          @category("program")
          @severity("info")
          @description("Counts held meetings with accumulate")
          dialect "mvel"
      when
          $r : RelationshipFacts( active )
          exists MeetingFacts( relationshipId == $r.relationshipId, held )
          $n : Number( intValue >= 2 ) from accumulate(
                   MeetingFacts( relationshipId == $r.relationshipId, held ), count( 1 ) )
      then
          findings.raise(drools, $r, "held " + $n + " meetings", "none", "held", $n.intValue(),
              "gaps", $r.recentGaps.size());
      end
      """;

  @Test
  void aDesignerFileUsingEveryAllowedConstructCompilesAndFires() {
    HealthCheck healthCheck = HealthCheck.builder().addRules("allowed.drl", FILE).build();
    HealthReport report = healthCheck.check(HostileRuleFilesTest.relationship(), AS_OF);

    assertThat(report.findingsOf("program.java-join")).hasSize(3)
        .allSatisfy(f -> assertThat(f.message()).contains("weeks ago").contains("/* not a comment */"));
    Finding count = report.findingsOf("program.mvel-count").get(0);
    assertThat(count.evidence()).containsEntry("held", 3);
  }

  @Test
  void theBundledExampleOfAProgramsRulesPassesTheCheck() {
    String drl = new String(readResource("rules/program-rules-copy.drl"));
    assertThat(HealthCheck.builder().addRules("program-rules.drl", drl).build().catalogue()
        .find("program.quiet-quarter")).isPresent();
  }

  private static byte[] readResource(String name) {
    try (var in = AllowedRuleFilesTest.class.getClassLoader().getResourceAsStream(name)) {
      return in.readAllBytes();
    } catch (java.io.IOException | NullPointerException e) {
      throw new AssertionError("missing test resource " + name, e);
    }
  }
}
