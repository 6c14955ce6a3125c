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
import io.github.mentoring.rules.Category;
import io.github.mentoring.rules.HealthCheck;
import io.github.mentoring.rules.HealthReport;
import io.github.mentoring.rules.Policy;
import io.github.mentoring.rules.ProgramReport;
import io.github.mentoring.rules.RuleBuildException;
import io.github.mentoring.rules.RuleExecutionException;
import io.github.mentoring.rules.RuleInfo;
import io.github.mentoring.rules.Severity;
import io.github.mentoring.rules.Status;
import io.github.mentoring.rules.testkit.RuleVerifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HealthCheckTest {

  static final LocalDate AS_OF = LocalDate.of(2026, 11, 27);

  static final String HEADER = """
      package program.custom;

      import io.github.mentoring.rules.facts.*;

      global io.github.mentoring.rules.facts.Findings findings;
      global io.github.mentoring.rules.Policy policy;
      """;

  static final String MANY_MEETINGS = HEADER + """

      rule "Many held meetings"
          @id("program.many-meetings")
          @category("program")
          @severity("info")
          @description("At least two meetings were held")
      when
          $r : RelationshipFacts( heldMeetings >= 2 )
      then
          findings.raise(drools, $r, "Two or more meetings held.", "Keep going.",
              "heldMeetings", $r.getHeldMeetings());
      end
      """;

  static Relationship relationship(String id, int meetings, LocalDate lastMeeting) {
    var builder = Relationship.builder().id(id).mentor(Partner.of("ada")).mentee(Partner.of("ben"))
        .kind(RelationshipKind.FORMAL).phase(Phase.ACTIVE).startDate(LocalDate.of(2026, 6, 1))
        .agreement(Agreement.builder().meetingFrequency(Period.ofWeeks(2)).build());
    for (int i = 0; i < meetings; i++) {
      builder.addMeetings(Meeting.builder().id("m" + i)
          .scheduledAt(lastMeeting.minusWeeks(2L * (meetings - 1 - i)).atTime(10, 0))
          .status(MeetingStatus.HELD).build());
    }
    return builder.build();
  }

  @Test
  void aDesignerRuleFileFromAFolderIsLoadedAndFires(@TempDir Path folder) throws Exception {
    Path sub = Files.createDirectories(folder.resolve("program"));
    Files.writeString(sub.resolve("many-meetings.drl"), MANY_MEETINGS);
    Files.writeString(folder.resolve("notes.txt"), "not a rule file");

    HealthCheck healthCheck = HealthCheck.builder().addRules(folder).build();

    RuleInfo info = healthCheck.catalogue().find("program.many-meetings").orElseThrow();
    assertThat(info.category()).isEqualTo(Category.PROGRAM);
    assertThat(info.severity()).isEqualTo(Severity.INFO);
    assertThat(info.source()).endsWith("many-meetings.drl");
    RuleVerifier.of(healthCheck).verify("program.many-meetings")
        .given(relationship("r-1", 3, AS_OF.minusDays(3))).asOf(AS_OF)
        .fires().withEvidence("heldMeetings", 3);
    RuleVerifier.of(healthCheck).verify("program.many-meetings")
        .given(relationship("r-1", 1, AS_OF.minusDays(3))).asOf(AS_OF)
        .doesNotFire();
  }

  @Test
  void aBrokenRuleFileFailsTheBuildNamingFileAndLine(@TempDir Path folder) throws Exception {
    Path file = folder.resolve("broken.drl");
    Files.writeString(file, HEADER + """

        rule "Broken"
            @id("program.broken") @category("program") @severity("info") @description("x")
        when
            $r : RelationshipFacts( heldMeetings >>> 2 )
        then
        end
        """);

    assertThatThrownBy(() -> HealthCheck.builder().addRules(file).build())
        .isInstanceOfSatisfying(RuleBuildException.class, e -> {
          assertThat(e.problems()).isNotEmpty();
          assertThat(e.problems().get(0).file()).isEqualTo(file.toString());
          assertThat(e.problems().get(0).line()).isEqualTo(11);
          assertThat(e.getMessage()).contains(file + ":11");
        });
  }

  @Test
  void aRuleWithoutMetadataOrWithAnUnknownThresholdIsRefused() {
    String drl = HEADER + """

        rule "No metadata"
        when
            $r : RelationshipFacts()
        then
        end

        rule "Unknown threshold"
            @id("program.unknown-threshold") @category("program") @severity("loud")
            @description("x") @thresholds("goals.max-active, program.nope")
        when
            $r : RelationshipFacts()
        then
        end
        """;
    assertThatThrownBy(() -> HealthCheck.builder().addRules("custom.drl", drl).build())
        .isInstanceOfSatisfying(RuleBuildException.class, e -> assertThat(e.getMessage())
            .contains("custom.drl: rule \"No metadata\" lacks metadata @id, @category, @severity,"
                + " @description")
            .contains("@severity 'loud'")
            .contains("unknown policy key 'program.nope'"));
  }

  @Test
  void rulesSwitchedOffByIdNeitherLoadNorFire() {
    HealthCheck healthCheck = HealthCheck.builder().disable("fizzling.no-recent-meeting").build();
    assertThat(healthCheck.catalogue().find("fizzling.no-recent-meeting")).isEmpty();
    HealthReport report = healthCheck.check(relationship("r-1", 2, AS_OF.minusDays(25)), AS_OF);
    assertThat(report.has("fizzling.no-recent-meeting")).isFalse();
    assertThat(HealthCheck.withBuiltInRules()
        .check(relationship("r-1", 2, AS_OF.minusDays(25)), AS_OF)
        .has("fizzling.no-recent-meeting")).isTrue();
  }

  @Test
  void onlyTheFactsSomeRuleMatchesAreBuiltYetEveryMatchedKindArrives() {
    String drl = HEADER + """

        rule "Any fact"
            @id("program.any-fact") @category("program") @severity("info") @description("x")
        when
            $f : Fact( relationshipId == "r-1" )
        then
            findings.raise(drools, $f, "seen", "none", "kind", $f.getClass().getSimpleName());
        end
        """;
    HealthCheck onlyDesigner = HealthCheck.builder().withoutBuiltInRules()
        .addTrustedRules("any.drl", drl).build();
    HealthReport report = onlyDesigner.check(relationship("r-1", 2, AS_OF.minusDays(3)), AS_OF);
    assertThat(report.findings()).extracting(f -> f.evidence().get("kind"))
        .contains("RelationshipFacts", "PartnerFacts", "MeetingFacts", "AgreementFacts");
  }

  @Test
  void aKindOfFactWhoseBuiltInRulesAreAllSwitchedOffStillReachesADesignerRuleOnIt() {
    // Facts are built only for kinds some loaded rule reads; switching off every built-in goal
    // rule must not hide goals from a designer rule that reads them.
    List<String> goalRules = HealthCheck.withBuiltInRules().catalogue().rules().stream()
        .filter(rule -> rule.category() == Category.VAGUE_GOAL)
        .map(RuleInfo::id)
        .toList();
    String drl = HEADER + """

        rule "Goal seen"
            @id("program.goal-seen") @category("program") @severity("info") @description("x")
        when
            $g : GoalFacts( words > 0 )
        then
            findings.raise(drools, $g, "seen", "none", "words", $g.getWords());
        end
        """;
    Relationship withGoals = io.github.mentoring.core.testing.Samples.vagueGoals(AS_OF);
    HealthCheck withoutGoalRules = HealthCheck.builder().disable(goalRules).build();
    HealthCheck designerOnGoals = HealthCheck.builder().disable(goalRules)
        .addRules("goals.drl", drl).build();

    assertThat(withoutGoalRules.check(withGoals, AS_OF).findings())
        .noneMatch(f -> f.category() == Category.VAGUE_GOAL);
    HealthReport report = designerOnGoals.check(withGoals, AS_OF);
    int pursued = (int) withGoals.getGoals().stream().filter(g -> g.isActive()).count();
    assertThat(pursued).isPositive();
    assertThat(report.findingsOf("program.goal-seen"))
        .hasSize(pursued)
        .allSatisfy(f -> assertThat((Integer) f.evidence().get("words")).isPositive());
    assertThat(report.findings()).noneMatch(f -> f.category() == Category.VAGUE_GOAL);
  }

  @Test
  void switchingOffAnUnknownRuleIsAnError() {
    assertThatThrownBy(() -> HealthCheck.builder().disable("fizzling.no-such-rule").build())
        .isInstanceOf(RuleBuildException.class)
        .hasMessageContaining("cannot disable 'fizzling.no-such-rule'")
        .hasMessageContaining("fizzling.no-recent-meeting");
  }

  @Test
  void aRuleThatThrowsIsReportedWithItsIdAndRelationship() {
    String drl = HEADER + """

        rule "Throws"
            @id("program.throws") @category("program") @severity("info") @description("x")
        when
            $r : RelationshipFacts()
        then
            throw new IllegalStateException("boom");
        end
        """;
    HealthCheck healthCheck = HealthCheck.builder().addTrustedRules("throws.drl", drl).build();
    assertThatThrownBy(() -> healthCheck.check(relationship("r-9", 1, AS_OF), AS_OF))
        .isInstanceOfSatisfying(RuleExecutionException.class, e -> {
          assertThat(e.ruleId()).isEqualTo("program.throws");
          assertThat(e.relationshipId()).isEqualTo("r-9");
          assertThat(e.getMessage()).contains("boom");
        });
  }

  @Test
  void anUnknownPolicyKeyOrAValueOfTheWrongKindIsAClearError(@TempDir Path folder)
      throws Exception {
    Path file = folder.resolve("policy.properties");
    Files.writeString(file, """
        fizzling.warning-factor = two
        fizzling.no-such-key = 3
        goals.max-active = -1
        """);
    assertThatThrownBy(() -> Policy.defaults().withOverrides(file))
        .hasMessageContaining(file.toString())
        .hasMessageContaining("fizzling.warning-factor: 'two' is not a number")
        .hasMessageContaining("unknown key 'fizzling.no-such-key'")
        .hasMessageContaining("goals.max-active: must not be negative");
  }

  @Test
  void aPolicyOverrideChangesWhatARuleSees() {
    Relationship quiet = relationship("r-1", 2, AS_OF.minusDays(25));
    assertThat(HealthCheck.withBuiltInRules().check(quiet, AS_OF)
        .has("fizzling.no-recent-meeting")).isTrue();
    HealthCheck lenient = HealthCheck.builder()
        .policy(Policy.defaults().withOverrides("fizzling.warning-factor = 2.0\n")).build();
    assertThat(lenient.policy().decimal("fizzling.warning-factor")).isEqualTo(2.0);
    assertThat(lenient.check(quiet, AS_OF).has("fizzling.no-recent-meeting")).isFalse();
  }

  @Test
  void theOrderOfMeetingsInTheInputDoesNotChangeTheReport() {
    Relationship r = relationship("r-1", 6, AS_OF.minusDays(40));
    List<Meeting> shuffled = new ArrayList<>(r.getMeetings());
    Collections.shuffle(shuffled, new Random(7));
    Relationship reordered = Relationship.builder().from(r).meetings(shuffled).build();
    HealthCheck healthCheck = HealthCheck.withBuiltInRules();
    assertThat(healthCheck.check(reordered, AS_OF)).isEqualTo(healthCheck.check(r, AS_OF));
  }

  @Test
  void bulkStreamedAndSingleChecksAgreeAndKeepInputOrder() {
    HealthCheck healthCheck = HealthCheck.builder().batchSize(7).build();
    List<Relationship> program = IntStream.range(0, 40)
        .mapToObj(i -> relationship("r-" + i, i % 5, AS_OF.minusDays(i)))
        .toList();
    List<HealthReport> single = program.stream().map(r -> healthCheck.check(r, AS_OF)).toList();

    ProgramReport bulk = healthCheck.checkAll(program, AS_OF);
    List<HealthReport> streamed = healthCheck.checkStream(program.stream(), AS_OF).toList();

    assertThat(bulk.reports()).isEqualTo(single);
    assertThat(streamed).isEqualTo(single);
    assertThat(bulk.summary().relationships()).isEqualTo(40);
    assertThat(bulk.summary().byStatus().values().stream().mapToLong(Long::longValue).sum())
        .isEqualTo(40);
    assertThat(bulk.summary().findings())
        .isEqualTo(single.stream().mapToLong(r -> r.findings().size()).sum());
    // Batches count their own reports, on several threads, and the counts are added up.
    assertThat(bulk.summary()).isEqualTo(ProgramReport.of(AS_OF, single).summary());
    for (int threads : new int[] {1, 3}) {
      assertThat(HealthCheck.builder().batchSize(7).parallelism(threads).build()
          .checkAll(program, AS_OF).summary()).isEqualTo(bulk.summary());
    }
  }

  @Test
  void oneHealthCheckUsedFromSeveralThreadsGivesTheSameReports() throws Exception {
    HealthCheck healthCheck = HealthCheck.withBuiltInRules();
    List<Relationship> program = IntStream.range(0, 60)
        .mapToObj(i -> relationship("r-" + i, i % 7, AS_OF.minusDays(i * 2L)))
        .toList();
    List<HealthReport> expected = program.stream().map(r -> healthCheck.check(r, AS_OF)).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<HealthReport>>> runs = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        runs.add(pool.submit(() -> program.stream().map(r -> healthCheck.check(r, AS_OF)).toList()));
      }
      for (Future<List<HealthReport>> run : runs) {
        assertThat(run.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void theStatusFollowsTheMostSevereFinding() {
    HealthCheck healthCheck = HealthCheck.withBuiltInRules();
    HealthReport critical = healthCheck.check(relationship("r-1", 2, AS_OF.minusDays(60)), AS_OF);
    assertThat(critical.findings()).anyMatch(f -> f.severity() == Severity.CRITICAL);
    assertThat(critical.status()).isEqualTo(Status.AT_RISK);
    assertThat(critical.findings()).isSortedAccordingTo(io.github.mentoring.rules.Finding.ORDER);
  }

  @Test
  void everyBuiltInRuleHasMetadataAndKnownThresholds() {
    HealthCheck healthCheck = HealthCheck.withBuiltInRules();
    assertThat(healthCheck.catalogue().rules()).isNotEmpty().allSatisfy(rule -> {
      assertThat(rule.id()).startsWith(prefix(rule.category()));
      assertThat(rule.description()).isNotBlank();
      assertThat(rule.thresholds()).allMatch(healthCheck.policy()::has);
      assertThat(rule.source()).endsWith(".drl");
    });
  }

  private static String prefix(Category category) {
    return switch (category) {
      case FIZZLING -> "fizzling.";
      case VAGUE_GOAL -> "goals.";
      case MISSED_FOLLOW_UP -> "follow-ups.";
      case PENDING_CLOSURE -> "closure.";
      case AGREEMENT_GAP -> "agreement.";
      case PROGRAM -> "program.";
    };
  }
}
