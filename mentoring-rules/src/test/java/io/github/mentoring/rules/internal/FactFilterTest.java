package io.github.mentoring.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mentoring.core.model.Phase;
import io.github.mentoring.rules.facts.GoalFacts;
import io.github.mentoring.rules.facts.MeetingFacts;
import io.github.mentoring.rules.facts.RelationshipFacts;
import io.github.mentoring.rules.internal.RuleEngine.Source;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FactFilterTest {

  private static final String HEADER = """
      package program.filter;
      import io.github.mentoring.rules.facts.*;
      import io.github.mentoring.core.model.Phase;
      """;

  @Test
  void testsOnThePhaseAndFormalityAreWorkedOutForEveryPhase() {
    assertThat(phases("active", false)).containsExactly(Phase.ACTIVE);
    assertThat(phases("ending", true))
        .containsExactly(Phase.CLOSING, Phase.CLOSED, Phase.CONTINUING_INFORMALLY);
    assertThat(phases("phase == Phase.ACTIVE || phase == Phase.CLOSING", false))
        .containsExactly(Phase.ACTIVE, Phase.CLOSING);
    assertThat(phases("phase in (Phase.PREPARING, Phase.CLOSED)", true))
        .containsExactly(Phase.PREPARING, Phase.CLOSED);
    assertThat(phases("phase not in (Phase.PREPARING, Phase.ESTABLISHING, Phase.ACTIVE)", true))
        .containsExactly(Phase.CLOSING, Phase.CLOSED, Phase.CONTINUING_INFORMALLY);
    assertThat(phases("!(active || ending) && phase != Phase.PREPARING", false))
        .containsExactly(Phase.ESTABLISHING);
    assertThat(phases("formal", false)).isEmpty();
    assertThat(phases("formal", true)).containsExactlyElementsOf(EnumSet.allOf(Phase.class));
    assertThat(phases("formal && active", true)).containsExactly(Phase.ACTIVE);
  }

  @Test
  void anyOtherTestIsNotWorkedOut() {
    for (String other : List.of("daysOverdue > 0", "active == true", "phase == Phase.NONE",
        "phase == \"ACTIVE\"", "policy.integer(\"x\") > 1 || active", "relationshipId == \"r\"",
        "this.phase == Phase.ACTIVE", "active ||", "(active", "")) {
      assertThat(FactFilter.table(other)).as(other).isNull();
    }
  }

  @Test
  void aFactIsLeftOutOnlyWhenTheFirstTestOfEveryRuleOnItsTypeRejectsIt() {
    String onActiveMeetings = HEADER + """
        rule "active meetings" when MeetingFacts( active, held ) then end
        rule "goals while establishing" when GoalFacts( phase == Phase.ESTABLISHING ) then end
        """;
    FactFilter filter = filter(onActiveMeetings);
    assertThat(filter.mayMatch(MeetingFacts.class, Phase.ACTIVE, true)).isTrue();
    assertThat(filter.mayMatch(MeetingFacts.class, Phase.CLOSED, true)).isFalse();
    assertThat(filter.mayMatch(GoalFacts.class, Phase.ACTIVE, false)).isFalse();
    for (Phase phase : Phase.values()) {
      assertThat(filter.mayMatch(RelationshipFacts.class, phase, true)).isFalse();
    }

    // A rule whose first test reads something else sees meetings in every phase.
    FactFilter wider = filter(onActiveMeetings + """
        rule "meetings of any phase" when MeetingFacts( held, active ) then end
        """);
    assertThat(wider.mayMatch(MeetingFacts.class, Phase.CLOSED, false)).isTrue();
    assertThat(wider.mayMatch(GoalFacts.class, Phase.CLOSED, false)).isFalse();

    // Tests on phase and formality are followed along a path, up to the first other test.
    FactFilter chained = filter(HEADER + """
        rule "formal active meetings" when MeetingFacts( formal, active, held ) then end
        rule "formal goals" when GoalFacts( formal, pursued, active ) then end
        """);
    assertThat(chained.mayMatch(MeetingFacts.class, Phase.ACTIVE, true)).isTrue();
    assertThat(chained.mayMatch(MeetingFacts.class, Phase.ACTIVE, false)).isFalse();
    assertThat(chained.mayMatch(MeetingFacts.class, Phase.CLOSING, true)).isFalse();
    assertThat(chained.mayMatch(GoalFacts.class, Phase.CLOSING, true)).isTrue();
    assertThat(chained.mayMatch(GoalFacts.class, Phase.CLOSING, false)).isFalse();

    // Many "phase ==" tests on one type are hashed by Drools; each is still followed.
    FactFilter hashed = filter(HEADER + """
        rule "preparing" when MeetingFacts( phase == Phase.PREPARING, held ) then end
        rule "establishing" when MeetingFacts( phase == Phase.ESTABLISHING, held ) then end
        rule "closing" when MeetingFacts( phase == Phase.CLOSING, held ) then end
        rule "closed" when MeetingFacts( phase == Phase.CLOSED, held ) then end
        """);
    for (Phase phase : Phase.values()) {
      assertThat(hashed.mayMatch(MeetingFacts.class, phase, true)).as(phase.name())
          .isEqualTo(phase != Phase.ACTIVE && phase != Phase.CONTINUING_INFORMALLY);
    }

    // A pattern on every fact, or a type that leads straight to a join, lets all of them in.
    assertThat(filter(onActiveMeetings + """
        rule "any fact" when Fact( relationshipId == "r" ) then end
        """).mayMatch(GoalFacts.class, Phase.CLOSED, false)).isTrue();
    assertThat(filter(onActiveMeetings + """
        rule "a join" when $r : RelationshipFacts( ) $g : GoalFacts( relationshipId == $r.relationshipId ) then end
        """).mayMatch(RelationshipFacts.class, Phase.PREPARING, false)).isTrue();
  }

  private static Set<Phase> phases(String test, boolean formal) {
    boolean[] table = FactFilter.table(test);
    Set<Phase> passing = EnumSet.noneOf(Phase.class);
    for (Phase phase : Phase.values()) {
      if (table[phase.ordinal() * 2 + (formal ? 1 : 0)]) {
        passing.add(phase);
      }
    }
    return passing;
  }

  private static FactFilter filter(String drl) {
    List<Source> sources = new ArrayList<>(List.of(new Source("filter.drl", drl)));
    return FactFilter.of(RuleCompiler.compile(sources, PrecompiledRules.NONE).kieBase());
  }
}
