package io.github.mentoring.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mentoring.rules.RuleEngine.Source;
import io.github.mentoring.rules.internal.sandbox.JudgingClassLoader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;

/**
 * The second line of defence: should a rule that names a forbidden class get past the designer
 * check, the code Drools generates for it cannot load that class under the judging class loader.
 * These files are compiled here without the check on purpose.
 */
class JudgingClassLoaderTest {

  private static final String SYSTEM_IN_CONSEQUENCE = """
      package program.slipped;
      import io.github.mentoring.rules.facts.*;
      rule "Slipped past the check"
      when
          $r : RelationshipFacts()
      then
          System.setProperty("mentoring.slipped", "yes");
      end
      """;

  @Test
  void generatedCodeCannotLoadASystemClassUnderTheJudgingLoader() {
    System.clearProperty("mentoring.slipped");
    KieBase confined = RuleCompiler.compile(List.of(Source.trusted("slipped.drl",
        SYSTEM_IN_CONSEQUENCE)), BuiltInModel.NONE, true).kieBase();
    Object fact = new RelationshipFactsProbe().fact();
    assertThatThrownBy(() -> confined.newStatelessKieSession().execute(List.of(fact)))
        .hasRootCauseInstanceOf(ClassNotFoundException.class)
        .rootCause().hasMessageContaining("java.lang.System");
    assertThat(System.getProperty("mentoring.slipped")).isNull();
  }

  @Test
  void theSameFileRunsWhenACallerTrustsIt() {
    System.clearProperty("mentoring.slipped");
    KieBase trusted = RuleCompiler.compile(List.of(Source.trusted("slipped.drl",
        SYSTEM_IN_CONSEQUENCE)), BuiltInModel.NONE, false).kieBase();
    trusted.newStatelessKieSession().execute(List.of(new RelationshipFactsProbe().fact()));
    assertThat(System.getProperty("mentoring.slipped")).isEqualTo("yes");
    System.clearProperty("mentoring.slipped");
  }

  @Test
  void theLoaderRefusesTheClassesThatDoMoreThanJudge() {
    assertThat(List.of("java.lang.System", "java.lang.Runtime", "java.lang.ProcessBuilder",
        "java.lang.Thread", "java.lang.reflect.Method", "java.io.File", "java.nio.file.Files",
        "java.net.Socket", "javax.script.ScriptEngineManager", "javax.naming.InitialContext",
        "java.io.ObjectInputStream", "sun.misc.Unsafe", "jdk.internal.misc.Unsafe",
        "io.github.mentoring.rules.internal.RuleEngine", "java.util.concurrent.Executors",
        "java.util.concurrent.ForkJoinPool", "java.util.concurrent.CompletableFuture",
        "io.github.mentoring.rules.facts.FactBuilder", "io.github.mentoring.rules.facts.FindingSink"))
        .noneMatch(JudgingClassLoader::isAllowed);
    assertThat(List.of("java.lang.String", "java.time.LocalDate", "java.util.List",
        "io.github.mentoring.rules.facts.RelationshipFacts", "org.drools.base.rule.Declaration"))
        .allMatch(JudgingClassLoader::isAllowed);
  }

  @Test
  void theBuiltInRulesAreStillTakenFromTheirExecutableModelUnderTheJudgingLoader() {
    List<Source> builtIns = BuiltInModelTest.builtIns();
    assertThat(RuleCompiler.compile(builtIns, BuiltInModel.builtIn(), true).modelled())
        .isEqualTo(builtIns.size());
  }

  /** A relationship fact made the way the health check makes them. */
  private static final class RelationshipFactsProbe {
    Object fact() {
      var facts = new java.util.ArrayList<Object>();
      new io.github.mentoring.rules.facts.FactBuilder(io.github.mentoring.rules.Policy.defaults(),
          FactFilter.ALL)
          .addFacts(io.github.mentoring.core.testing.Samples.vagueGoals(
              java.time.LocalDate.of(2026, 11, 27)),
              java.time.LocalDate.of(2026, 11, 27),
              new Judgement("r-1", java.time.LocalDate.of(2026, 11, 27)), facts);
      return facts.stream().filter(f -> f instanceof io.github.mentoring.rules.facts.RelationshipFacts)
          .findFirst().orElseThrow();
    }
  }
}
