package io.github.mentoring.rules.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mentoring.core.model.Phase;
import io.github.mentoring.rules.Finding;
import io.github.mentoring.rules.HealthCheck;
import io.github.mentoring.rules.HealthReport;
import io.github.mentoring.rules.MessageTemplate;
import io.github.mentoring.rules.RuleBuildException;
import io.github.mentoring.rules.RuleInfo;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A rule's wording in its metadata: {@code @message} and {@code @advice} templates filled from
 * the evidence its consequence gives to {@code findings.report}, checked when the health check is
 * built.
 */
class MessageTemplatesTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 9, 1);

  private static String rule(String message, String advice, String consequence) {
    return """
        package program.words;
        import io.github.mentoring.rules.facts.*;
        global io.github.mentoring.rules.facts.Findings findings;
        global io.github.mentoring.rules.Policy policy;

        rule "Worded"
            @id("program.worded") @category("program") @severity("info") @description("x")
            @message("%s")
            @advice("%s")
        when
            $r : RelationshipFacts( heldMeetings >= 2 )
        then
            %s
        end
        """.formatted(message, advice, consequence);
  }

  @Test
  void aDesignerRuleWithTemplatesReportsItsWordingAndEvidence() {
    HealthCheck healthCheck = HealthCheck.builder().addRules("words.drl", rule(
        "{held} meetings held, the last on {lastHeldOn}, in phase {phase}.",
        "{_many?Keep going, {_who}.|Meet again.}",
        "findings.report(drools, $r, \"held\", $r.getHeldMeetings(), \"lastHeldOn\","
            + " $r.getLastHeldOn(), \"phase\", $r.getPhase(), \"_many\", $r.getHeldMeetings() > 2,"
            + " \"_who\", \"partners\");"))
        .build();
    HealthReport report = healthCheck.check(
        HealthCheckTest.relationship("r1", 3, LocalDate.of(2026, 8, 20)), AS_OF);
    Finding finding = report.findings().stream()
        .filter(f -> f.ruleId().equals("program.worded")).findFirst().orElseThrow();
    assertThat(finding.message())
        .isEqualTo("3 meetings held, the last on 2026-08-20, in phase active.");
    assertThat(finding.advice()).isEqualTo("Keep going, partners.");
    // keys that begin with an underscore only word the finding
    assertThat(finding.evidence()).containsOnlyKeys("held", "lastHeldOn", "phase");
    assertThat(finding.evidence().get("lastHeldOn")).isEqualTo("2026-08-20");
    RuleInfo info = healthCheck.catalogue().find("program.worded").orElseThrow();
    assertThat(info.message().text()).startsWith("{held} meetings held");
  }

  @Test
  void aFindingIsWordedWhenFirstReadTheSameOnEveryThreadAndEqualsOneWordedUpFront()
      throws Exception {
    HealthCheck healthCheck = HealthCheck.builder().addRules("words.drl", rule(
        "{held} meetings held, the last on {lastHeldOn}.", "{_many?Keep going.|Meet again.}",
        "findings.report(drools, $r, \"held\", $r.getHeldMeetings(), \"lastHeldOn\","
            + " $r.getLastHeldOn(), \"_many\", $r.getHeldMeetings() > 2);"))
        .build();
    Finding lazy = healthCheck.check(
        HealthCheckTest.relationship("r1", 3, LocalDate.of(2026, 8, 20)), AS_OF).findings()
        .stream().filter(f -> f.ruleId().equals("program.worded")).findFirst().orElseThrow();
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<String>> words = new java.util.ArrayList<>();
      for (int i = 0; i < 8; i++) {
        words.add(pool.submit(() -> lazy.message() + " / " + lazy.advice()));
      }
      for (java.util.concurrent.Future<String> w : words) {
        assertThat(w.get()).isEqualTo("3 meetings held, the last on 2026-08-20. / Keep going.");
      }
    } finally {
      pool.shutdownNow();
    }
    Finding eager = new Finding(lazy.ruleId(), lazy.category(), lazy.severity(), lazy.subject(),
        "3 meetings held, the last on 2026-08-20.", lazy.evidence(), "Keep going.");
    assertThat(lazy).isEqualTo(eager).hasSameHashCodeAs(eager).hasToString(eager.toString());
    assertThat(lazy.evidence()).containsOnlyKeys("held", "lastHeldOn");
  }

  @Test
  void aPlaceholderNamingNoEvidenceKeyIsABuildErrorWithFileAndLine() {
    assertThatThrownBy(() -> HealthCheck.builder().addRules("words.drl", rule(
        "{held} meetings, last on {lastMeeting}.", "Go on.",
        "findings.report(drools, $r, \"held\", $r.getHeldMeetings());")).build())
        .isInstanceOfSatisfying(RuleBuildException.class, e -> assertThat(e.problems())
            .anySatisfy(p -> {
              assertThat(p.file()).isEqualTo("words.drl");
              assertThat(p.line()).isEqualTo(8);
              assertThat(p.message()).contains("@message", "{lastMeeting}",
                  "not an evidence key", "held");
            }));
  }

  @Test
  void anUnknownKeyInAdviceAndAMalformedTemplateAreBuildErrors() {
    assertThatThrownBy(() -> HealthCheck.builder().addRules("words.drl", rule(
        "{held} meetings.", "{_who?Go on.",
        "findings.report(drools, $r, \"held\", $r.getHeldMeetings());")).build())
        .isInstanceOfSatisfying(RuleBuildException.class, e -> assertThat(e.problems())
            .anySatisfy(p -> {
              assertThat(p.line()).isEqualTo(9);
              assertThat(p.message()).contains("malformed @advice");
            }));
    assertThatThrownBy(() -> HealthCheck.builder().addRules("words.drl", rule(
        "{held} meetings.", "Ask {mentor}.",
        "findings.report(drools, $r, \"held\", $r.getHeldMeetings());")).build())
        .isInstanceOfSatisfying(RuleBuildException.class, e -> assertThat(e.problems())
            .anySatisfy(p -> {
              assertThat(p.line()).isEqualTo(9);
              assertThat(p.message()).contains("@advice", "{mentor}");
            }));
  }

  @Test
  void aComputedEvidenceKeyIsABuildErrorWhereTemplatesNeedIt() {
    assertThatThrownBy(() -> HealthCheck.builder().addRules("words.drl", rule(
        "{held} meetings.", "Go on.",
        "String k = \"held\";\n    findings.report(drools, $r, k, $r.getHeldMeetings());"))
        .build())
        .isInstanceOfSatisfying(RuleBuildException.class, e -> assertThat(e.problems())
            .anySatisfy(p -> {
              assertThat(p.line()).isEqualTo(14);
              assertThat(p.message()).contains("not a quoted string");
            }));
  }

  @Test
  void placeholdersAreFilledWithValuesShownAsEvidenceIs() {
    MessageTemplate t = MessageTemplate.parse(
        "{date} {phase} {list} {none} {n} {ratio} {flag?yes {n}|no}{other?!}",
        List.of("date", "phase", "list", "none", "n", "ratio", "flag", "other"));
    Object[] evidence = {"date", LocalDate.of(2026, 1, 2), "phase", Phase.CONTINUING_INFORMALLY,
        "list", List.of(3, LocalDate.of(2026, 3, 4)), "none", null, "n", 7, "ratio", 0.5,
        "flag", true, "other", false};
    assertThat(t.fill(evidence))
        .isEqualTo("2026-01-02 continuing-informally 3, 2026-03-04 none 7 0.5 yes 7");
    // keys out of their expected places are still found
    Object[] reordered = Arrays.copyOf(evidence, evidence.length);
    reordered[0] = "n";
    reordered[1] = 7;
    reordered[8] = "date";
    reordered[9] = LocalDate.of(2026, 1, 2);
    assertThat(t.fill(reordered)).isEqualTo(t.fill(evidence));
    assertThat(t.keys()).containsExactly("date", "phase", "list", "none", "n", "ratio", "flag",
        "other");
    assertThat(MessageTemplate.parse("Plain text.").fill(new Object[0])).isEqualTo("Plain text.");
  }

  @Test
  void malformedTemplatesAreRefusedSayingWhere() {
    for (String bad : List.of("a } b", "{", "{x", "{x?y", "{ x}", "{1}", "a | b", "{x?a|b|c}")) {
      assertThatThrownBy(() -> MessageTemplate.parse(bad), bad)
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at character");
    }
  }

  @Test
  void everyBuiltInRuleWordsItsFindingsFromTemplates() {
    assertThat(HealthCheck.builder().build().catalogue().rules())
        .hasSize(56)
        .allSatisfy(r -> {
          assertThat(r.message()).as(r.id()).isNotNull();
          assertThat(r.advice()).as(r.id()).isNotNull();
        });
  }
}
