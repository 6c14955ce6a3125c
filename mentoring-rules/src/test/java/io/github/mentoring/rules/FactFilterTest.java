package io.github.mentoring.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mentoring.core.model.Phase;
import io.github.mentoring.core.model.Relationship;
import io.github.mentoring.core.model.RelationshipKind;
import io.github.mentoring.core.testing.RelationshipGenerator;
import io.github.mentoring.rules.facts.AgreementFacts;
import io.github.mentoring.rules.facts.ClosureFacts;
import io.github.mentoring.rules.facts.FollowUpFacts;
import io.github.mentoring.rules.facts.GoalFacts;
import io.github.mentoring.rules.facts.MeetingFacts;
import io.github.mentoring.rules.facts.PartnerFacts;
import io.github.mentoring.rules.facts.RelationshipFacts;
import io.github.mentoring.rules.RuleEngine.Source;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * The facts built for a relationship follow the rules' declared phases and kinds ({@code @phases},
 * {@code @kinds}) and the types their patterns read.
 */
class FactFilterTest {

  private static final String HEADER = """
      package program.filter;
      import io.github.mentoring.rules.facts.*;
      import io.github.mentoring.core.model.Phase;
      """;

  private static final List<Class<?>> FACT_TYPES = List.of(RelationshipFacts.class,
      PartnerFacts.class, MeetingFacts.class, FollowUpFacts.class, GoalFacts.class,
      ClosureFacts.class, AgreementFacts.class);

  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 27);

  @Test
  void aTypeIsReadOnlyInThePhasesAndKindsItsRulesDeclare() {
    FactFilter filter = filter(HEADER + """
        rule "active meetings"
            @id("p.a") @category("program") @severity("info") @description("d")
            @phases("active")
        when MeetingFacts( active, held ) then end
        rule "goals of informal relationships being established"
            @id("p.b") @category("program") @severity("info") @description("d")
            @phases("establishing, continuing-informally") @kinds("informal")
        when GoalFacts( phase == Phase.ESTABLISHING || phase == Phase.CONTINUING_INFORMALLY ) then end
        """);
    for (Phase phase : Phase.values()) {
      for (boolean formal : new boolean[] {false, true}) {
        String where = phase + (formal ? " formal" : " informal");
        assertThat(filter.mayMatch(MeetingFacts.class, phase, formal)).as(where)
            .isEqualTo(phase == Phase.ACTIVE);
        assertThat(filter.mayMatch(GoalFacts.class, phase, formal)).as(where)
            .isEqualTo(!formal
                && (phase == Phase.ESTABLISHING || phase == Phase.CONTINUING_INFORMALLY));
        // No rule reads these: they are never built.
        assertThat(filter.mayMatch(RelationshipFacts.class, phase, formal)).as(where).isFalse();
        assertThat(filter.mayMatch(ClosureFacts.class, phase, formal)).as(where).isFalse();
      }
    }
  }

  @Test
  void aRuleThatDeclaresNothingReadsItsTypesInEveryPhaseAndKind() {
    FactFilter filter = filter(HEADER + """
        rule "a designer's rule"
            @id("p.a") @category("program") @severity("info") @description("d")
        when MeetingFacts( active, held ) then end
        rule "on every fact"
            @id("p.b") @category("program") @severity("info") @description("d")
            @phases("closed")
        when Fact( relationshipId == "r" ) then end
        """);
    for (Phase phase : Phase.values()) {
      assertThat(filter.mayMatch(MeetingFacts.class, phase, false)).as(phase.name()).isTrue();
      assertThat(filter.mayMatch(MeetingFacts.class, phase, true)).as(phase.name()).isTrue();
      // A pattern on a supertype reads every fact type below it.
      for (Class<?> type : FACT_TYPES) {
        assertThat(filter.mayMatch(type, phase, true)).as(type.getSimpleName() + " " + phase)
            .isEqualTo(phase == Phase.CLOSED || type == MeetingFacts.class);
      }
    }
  }

  @Test
  void theTypesARuleReadsIncludeThoseUnderNotExistsForallAndAccumulate() {
    List<Class<?>> read = readTypes(HEADER + """
        rule "nested"
            @id("p.a") @category("program") @severity("info") @description("d")
        when
            $r : RelationshipFacts( active )
            not GoalFacts( relationshipId == $r.relationshipId )
            exists MeetingFacts( relationshipId == $r.relationshipId, held )
            forall( $f : FollowUpFacts( relationshipId == $r.relationshipId, open )
                    FollowUpFacts( this == $f, dated ) )
            $n : Number( intValue > 1 ) from accumulate(
                    PartnerFacts( relationshipId == $r.relationshipId ), count() )
        then end
        """);
    assertThat(read).contains(RelationshipFacts.class, GoalFacts.class, MeetingFacts.class,
        FollowUpFacts.class, PartnerFacts.class).doesNotContain(Object.class, ClosureFacts.class,
        AgreementFacts.class);
  }

  @Test
  void anUnknownPhaseOrKindIsABuildErrorWithFileAndLine() {
    String drl = HEADER + """
        rule "typo"
            @id("p.a") @category("program") @severity("info") @description("d")
            @phases("active, closd")
        when MeetingFacts( active ) then end
        rule "other typo"
            @id("p.b") @category("program") @severity("info") @description("d")
            @kinds("formal, casual")
        when MeetingFacts( active ) then end
        rule "empty"
            @id("p.c") @category("program") @severity("info") @description("d")
            @phases(" ")
        when MeetingFacts( active ) then end
        """;
    assertThatThrownBy(() -> engine(drl))
        .isInstanceOfSatisfying(RuleBuildException.class, e -> assertThat(e.problems())
            .extracting(Object::toString)
            .containsExactlyInAnyOrder(
                "filter.drl:6: rule \"typo\" has @phases naming an unknown value 'closd'; expected"
                    + " one or more of preparing, establishing, active, closing, closed,"
                    + " continuing-informally",
                "filter.drl:10: rule \"other typo\" has @kinds naming an unknown value 'casual';"
                    + " expected one or more of formal, informal",
                "filter.drl:14: rule \"empty\" has an empty @phases; expected one or more of"
                    + " preparing, establishing, active, closing, closed, continuing-informally"
                    + " (leave it out to apply to every one)"));
  }

  @Test
  void theBuiltInRulesAreReadPreciselyAndWantTheseFacts() {
    RuleEngine engine = RuleEngine.build(builtInSources(), Set.of(), Policy.defaults());
    // The walk over each rule's conditions found its types (a rule it could not read would count
    // as reading every type, and every fact would be wanted below).
    FactFilter filter = engine.factFilter();
    for (Phase phase : Phase.values()) {
      for (boolean formal : new boolean[] {false, true}) {
        Set<Class<?>> wanted = new LinkedHashSet<>();
        for (Class<?> type : FACT_TYPES) {
          if (filter.mayMatch(type, phase, formal)) {
            wanted.add(type);
          }
        }
        assertThat(wanted).as(phase + (formal ? " formal" : " informal"))
            .containsExactlyInAnyOrderElementsOf(expectedBuiltInFacts(phase, formal));
      }
    }
  }

  /** What the built-in rules' declarations say, worked out by hand from the DRL files. */
  private static Set<Class<?>> expectedBuiltInFacts(Phase phase, boolean formal) {
    Set<Class<?>> wanted = new LinkedHashSet<>();
    wanted.add(PartnerFacts.class); // preparation, pile-up, closing feedback: every phase
    if (formal || phase == Phase.ESTABLISHING || phase == Phase.ACTIVE) {
      wanted.add(RelationshipFacts.class);
    }
    if (phase == Phase.ACTIVE || phase == Phase.CLOSING) {
      wanted.add(MeetingFacts.class);
      wanted.add(FollowUpFacts.class);
    }
    if (phase == Phase.ESTABLISHING || phase == Phase.ACTIVE) {
      wanted.add(GoalFacts.class);
    }
    if (phase.isEnding()) {
      wanted.add(ClosureFacts.class);
    }
    if (formal && phase == Phase.ACTIVE) {
      wanted.add(AgreementFacts.class);
    }
    return wanted;
  }

  /**
   * The declarations exclude no fact a built-in rule could match: with every fact inserted (a probe
   * rule that declares nothing reads every type), no built-in rule fires on a relationship of a
   * phase or kind it does not declare, and every report is the same as with the facts left out.
   */
  @Test
  void noBuiltInRuleFiresOutsideItsDeclaredPhasesAndKinds() {
    HealthCheck declared = HealthCheck.withBuiltInRules();
    HealthCheck everyFact = HealthCheck.builder().addRules("probe.drl", HEADER + """
        rule "Sees every fact"
            @id("probe.sees-every-fact") @category("program") @severity("info")
            @description("Matches no fact; declares no phase, so every fact goes in")
        when Fact( relationshipId == "no such relationship" ) then end
        """).build();
    Set<String> fired = new LinkedHashSet<>();
    for (RelationshipKind kind : RelationshipKind.values()) {
      for (Phase phase : Phase.values()) {
        RelationshipGenerator generator = new RelationshipGenerator(phase.ordinal() * 2L
            + kind.ordinal(), AS_OF);
        List<Relationship> sample = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
          sample.add(generator.next(kind, phase));
        }
        List<HealthReport> all = everyFact.checkAll(sample, AS_OF).reports();
        assertThat(declared.checkAll(sample, AS_OF).reports()).as(kind + " " + phase)
            .isEqualTo(all);
        for (HealthReport report : all) {
          for (Finding finding : report.findings()) {
            RuleInfo rule = everyFact.catalogue().find(finding.ruleId()).orElseThrow();
            assertThat(rule.appliesTo(phase, kind))
                .as("%s fired on %s %s relationship %s, outside its @phases/@kinds",
                    rule.id(), kind, phase, report.relationshipId())
                .isTrue();
            fired.add(rule.id());
          }
        }
      }
    }
    // The sample is wide enough to mean something: most built-in rules fired somewhere.
    assertThat(fired.size()).as("rules that fired: %s", fired)
        .isGreaterThan(declared.catalogue().size() * 3 / 4);
  }

  private static List<Source> builtInSources() {
    List<Source> sources = new ArrayList<>();
    for (String resource : HealthCheck.BUILT_IN_RULES) {
      try (InputStream in = FactFilterTest.class.getClassLoader().getResourceAsStream(resource)) {
        sources.add(new Source(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8),
            RuleEngine.Trust.BUILT_IN));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return sources;
  }

  private static RuleEngine engine(String drl) {
    return RuleEngine.build(List.of(Source.trusted("filter.drl", drl)), Set.of(), Policy.defaults());
  }

  private static FactFilter filter(String drl) {
    return engine(drl).factFilter();
  }

  private static List<Class<?>> readTypes(String drl) {
    var kieBase = RuleCompiler.compile(List.of(Source.trusted("filter.drl", drl)),
        BuiltInModel.NONE).kieBase();
    for (KiePackage p : kieBase.getKiePackages()) {
      for (Rule rule : p.getRules()) {
        return FactFilter.readTypes(rule);
      }
    }
    throw new AssertionError("no rule");
  }
}
