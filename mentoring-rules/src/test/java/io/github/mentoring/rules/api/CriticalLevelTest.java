package io.github.mentoring.rules.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mentoring.core.model.Agreement;
import io.github.mentoring.core.model.Meeting;
import io.github.mentoring.core.model.MeetingStatus;
import io.github.mentoring.core.model.Partner;
import io.github.mentoring.core.model.Phase;
import io.github.mentoring.core.model.Relationship;
import io.github.mentoring.core.model.RelationshipKind;
import io.github.mentoring.rules.Finding;
import io.github.mentoring.rules.HealthCheck;
import io.github.mentoring.rules.RuleBuildException;
import io.github.mentoring.rules.RuleInfo;
import io.github.mentoring.rules.Severity;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A warning that turns critical past a second threshold is written once: the rule's
 * {@code @critical} level takes its own id, severity and wording when the consequence says
 * {@code "_critical", true}.
 */
class CriticalLevelTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 27);

  /** A weekly pair whose last meeting was {@code daysAgo} days before the check date. */
  private static Relationship weeklyQuietFor(int daysAgo) {
    return Relationship.builder().id("r-1").mentor(Partner.of("ada")).mentee(Partner.of("ben"))
        .kind(RelationshipKind.FORMAL).phase(Phase.ACTIVE).startDate(AS_OF.minusDays(200))
        .agreement(Agreement.builder().meetingFrequency(Period.ofWeeks(1)).build())
        .addMeetings(Meeting.builder().id("m1").scheduledAt(AS_OF.minusDays(daysAgo).atTime(9, 0))
            .status(MeetingStatus.HELD).build())
        .build();
  }

  private static List<String> quietFindings(HealthCheck check, int daysAgo) {
    return check.check(weeklyQuietFor(daysAgo), AS_OF).findings().stream()
        .map(Finding::ruleId).filter(id -> id.startsWith("fizzling.no-recent-meeting")).toList();
  }

  @Test
  void oneRuleReportsAWarningUpToTheSecondThresholdAndACriticalFindingBeyondIt() {
    HealthCheck check = HealthCheck.builder().build();
    // Weekly: a warning beyond 10.5 days, critical beyond 21.
    assertThat(quietFindings(check, 10)).isEmpty();
    assertThat(quietFindings(check, 21)).containsExactly("fizzling.no-recent-meeting");
    assertThat(quietFindings(check, 22)).containsExactly("fizzling.no-recent-meeting.critical");
    Finding critical = check.check(weeklyQuietFor(22), AS_OF).findings().stream()
        .filter(f -> f.ruleId().endsWith(".critical")).findFirst().orElseThrow();
    assertThat(critical.severity()).isEqualTo(Severity.CRITICAL);
    assertThat(critical.message()).contains("more than 3.0 times");
    assertThat(critical.evidence()).doesNotContainKey("_critical");
  }

  @Test
  void theCatalogueListsBothLevelsOfThePairFromTheSameRule() {
    HealthCheck check = HealthCheck.builder().build();
    RuleInfo warning = check.catalogue().find("fizzling.no-recent-meeting").orElseThrow();
    RuleInfo critical = check.catalogue().find("fizzling.no-recent-meeting.critical").orElseThrow();
    assertThat(warning.severity()).isEqualTo(Severity.WARNING);
    assertThat(critical.severity()).isEqualTo(Severity.CRITICAL);
    assertThat(critical.ruleName()).isEqualTo(warning.ruleName());
    assertThat(critical.description()).isNotEqualTo(warning.description());
    assertThat(check.catalogue().find("follow-ups.long-overdue")).isPresent();
    assertThat(check.catalogue().find("closure.end-passed.critical")).isPresent();
  }

  @Test
  void disablingTheCriticalLevelAloneLeavesTheWarningAtEveryDistance() {
    HealthCheck check =
        HealthCheck.builder().disable("fizzling.no-recent-meeting.critical").build();
    assertThat(quietFindings(check, 22)).containsExactly("fizzling.no-recent-meeting");
    assertThat(check.catalogue().find("fizzling.no-recent-meeting.critical")).isEmpty();
  }

  @Test
  void disablingTheWarningAloneKeepsOnlyTheCriticalFindings() {
    HealthCheck check = HealthCheck.builder().disable("fizzling.no-recent-meeting").build();
    assertThat(quietFindings(check, 15)).isEmpty();
    assertThat(quietFindings(check, 22)).containsExactly("fizzling.no-recent-meeting.critical");
    assertThat(check.catalogue().find("fizzling.no-recent-meeting")).isEmpty();
  }

  @Test
  void disablingBothLevelsRemovesTheRule() {
    HealthCheck check = HealthCheck.builder()
        .disable("fizzling.no-recent-meeting", "fizzling.no-recent-meeting.critical").build();
    assertThat(quietFindings(check, 22)).isEmpty();
  }

  private static String designerRule(String extraMetadata, String evidence) {
    return """
        package program.pairs;
        import io.github.mentoring.rules.facts.*;
        global io.github.mentoring.rules.facts.Findings findings;
        global io.github.mentoring.rules.Policy policy;

        rule "Quiet"
            @id("program.quiet") @category("program") @severity("warning") @description("x")
            @message("Quiet for {days} days.")
            @advice("Meet.")
            %s
        when
            $r : RelationshipFacts( daysWithoutMeeting > 30 )
        then
            findings.report(drools, $r, "days", $r.getDaysWithoutMeeting()%s);
        end
        """.formatted(extraMetadata, evidence);
  }

  @Test
  void aDesignerCanWriteAPairAsOneRuleToo() {
    HealthCheck check = HealthCheck.builder().addRules("pairs.drl", designerRule("""
        @critical("program.quiet.critical") @criticalDescription("y")
            @criticalMessage("Silent for {days} days.") @criticalAdvice("Call today.")""",
        ", \"_critical\", $r.getDaysWithoutMeeting() > 60")).build();
    List<Finding> quiet = check.check(weeklyQuietFor(40), AS_OF).findings().stream()
        .filter(f -> f.ruleId().startsWith("program.")).toList();
    assertThat(quiet).extracting(Finding::ruleId).containsExactly("program.quiet");
    List<Finding> silent = check.check(weeklyQuietFor(61), AS_OF).findings().stream()
        .filter(f -> f.ruleId().startsWith("program.")).toList();
    assertThat(silent).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("program.quiet.critical");
      assertThat(f.message()).isEqualTo("Silent for 61 days.");
      assertThat(f.advice()).isEqualTo("Call today.");
    });
  }

  @Test
  void aCriticalLevelThatTheConsequenceNeverChoosesIsABuildError() {
    assertThatThrownBy(() -> HealthCheck.builder().addRules("pairs.drl", designerRule("""
        @critical("program.quiet.critical") @criticalDescription("y")
            @criticalMessage("Silent.") @criticalAdvice("Call.")""", "")).build())
        .isInstanceOfSatisfying(RuleBuildException.class, e -> assertThat(e.problems())
            .anySatisfy(p -> {
              assertThat(p.file()).isEqualTo("pairs.drl");
              assertThat(p.line()).isEqualTo(10);
              assertThat(p.message()).contains("@critical", "_critical");
            }));
  }

  @Test
  void escalatingWithoutACriticalLevelOrItsWordingIsABuildError() {
    assertThatThrownBy(() -> HealthCheck.builder().addRules("pairs.drl",
        designerRule("", ", \"_critical\", true")).build())
        .isInstanceOfSatisfying(RuleBuildException.class, e -> assertThat(e.problems())
            .anySatisfy(p -> assertThat(p.message()).contains("no @critical level")));
    assertThatThrownBy(() -> HealthCheck.builder().addRules("pairs.drl",
        designerRule("@critical(\"program.quiet.critical\")", ", \"_critical\", true")).build())
        .isInstanceOfSatisfying(RuleBuildException.class, e -> assertThat(e.problems())
            .anySatisfy(p -> assertThat(p.message())
                .contains("@criticalDescription", "@criticalMessage", "@criticalAdvice")));
  }
}
