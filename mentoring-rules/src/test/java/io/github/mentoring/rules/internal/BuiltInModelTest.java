package io.github.mentoring.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mentoring.core.model.Relationship;
import io.github.mentoring.core.testing.RelationshipGenerator;
import io.github.mentoring.rules.HealthCheck;
import io.github.mentoring.rules.HealthReport;
import io.github.mentoring.rules.RuleBuildException;
import io.github.mentoring.rules.internal.PrecompiledRules.Entry;
import io.github.mentoring.rules.internal.RuleEngine.Source;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.kie.api.KieBase;
import org.junit.jupiter.api.Test;

/** The built-in rules compiled at build time, and every way back to compiling them. */
class PrecompiledRulesTest {

  static final LocalDate AS_OF = LocalDate.of(2026, 11, 27);

  static List<Source> builtIns() {
    List<Source> sources = new ArrayList<>();
    for (String resource : HealthCheck.BUILT_IN_RULES) {
      try (InputStream in = HealthCheck.class.getClassLoader().getResourceAsStream(resource)) {
        sources.add(Source.trusted(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return sources;
  }

  static byte[] resourceBytes() throws IOException {
    try (InputStream in = PrecompiledRules.class.getClassLoader()
        .getResourceAsStream(PrecompiledRules.RESOURCE)) {
      return in.readAllBytes();
    }
  }

  /** A class loader that serves other bytes for the precompiled-rules resource. */
  static ClassLoader serving(byte[] bytes) {
    return new ClassLoader(PrecompiledRulesTest.class.getClassLoader()) {
      @Override
      public InputStream getResourceAsStream(String name) {
        return name.equals(PrecompiledRules.RESOURCE)
            ? new ByteArrayInputStream(bytes) : super.getResourceAsStream(name);
      }
    };
  }

  static TreeSet<String> ruleNames(KieBase kieBase) {
    TreeSet<String> names = new TreeSet<>();
    kieBase.getKiePackages().forEach(p -> p.getRules()
        .forEach(r -> names.add(p.getName() + "/" + r.getName())));
    return names;
  }

  @Test
  void theBuildPrecompiledEveryBuiltInFile() {
    for (Source source : builtIns()) {
      assertThat(PrecompiledRules.builtIn().find(source)).as(source.name()).isPresent();
    }
  }

  @Test
  void anEditedFileIsCompiledNotTakenFromThePrecompiledRules() {
    Source goals = builtIns().get(1);
    Source edited = Source.trusted(goals.name(), goals.drl().replace("\"Goal not specific\"",
        "\"Goal not specific enough\""));
    assertThat(PrecompiledRules.builtIn().find(edited)).isEmpty();
    assertThat(PrecompiledRules.builtIn().find(Source.trusted("elsewhere/goals.drl", goals.drl())))
        .isEmpty();

    RuleCompiler.Compiled compiled = RuleCompiler.compile(List.of(edited), false);
    assertThat(ruleNames(compiled.kieBase()))
        .contains("io.github.mentoring.rules.goals/Goal not specific enough")
        .doesNotContain("io.github.mentoring.rules.goals/Goal not specific");
  }

  @Test
  void precompiledAndCompiledRulesAreTheSame() {
    RuleCompiler.Compiled taken = RuleCompiler.compile(builtIns(), PrecompiledRules.builtIn());
    assertThat(taken.precompiled()).isEqualTo(5);
    KieBase precompiled = taken.kieBase();
    KieBase compiled = RuleCompiler.compile(builtIns(), PrecompiledRules.NONE).kieBase();
    assertThat(ruleNames(precompiled)).hasSize(52).isEqualTo(ruleNames(compiled));
  }

  @Test
  void precompiledAndCompiledRulesJudgeAlike() {
    HealthCheck precompiled = HealthCheck.builder().build();
    // Under other names the built-in files are not found among the precompiled ones.
    HealthCheck.Builder builder = HealthCheck.builder().withoutBuiltInRules();
    builtIns().forEach(s -> builder.addTrustedRules("classpath:" + s.name(), s.drl()));
    HealthCheck compiled = builder.build();
    assertThat(compiled.catalogue().size()).isEqualTo(precompiled.catalogue().size());

    RelationshipGenerator generator = new RelationshipGenerator(42, AS_OF);
    List<Relationship> relationships = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      relationships.add(generator.next());
    }
    List<HealthReport> expected = compiled.checkAll(relationships, AS_OF).reports();
    assertThat(precompiled.checkAll(relationships, AS_OF).reports()).isEqualTo(expected);
    assertThat(expected.stream().mapToInt(r -> r.findings().size()).sum()).isPositive();
  }

  @Test
  void aMissingOrDamagedResourceMeansCompiling() throws IOException {
    Source fizzling = builtIns().get(0);
    ClassLoader loader = PrecompiledRules.class.getClassLoader();
    assertThat(PrecompiledRules.load(loader, "no/such/rules.bin").find(fizzling)).isEmpty();
    byte[] bytes = resourceBytes();
    assertThat(PrecompiledRules.load(serving(bytes), PrecompiledRules.RESOURCE).find(fizzling))
        .isPresent();
    byte[] truncated = java.util.Arrays.copyOf(bytes, bytes.length / 2);
    assertThat(PrecompiledRules.load(serving(truncated), PrecompiledRules.RESOURCE)
        .find(fizzling)).isEmpty();
  }

  @Test
  void rulesMadeWithAnotherDroolsVersionOrOtherFactClassesAreNotUsed() throws IOException {
    Source fizzling = builtIns().get(0);
    byte[] bytes = resourceBytes();
    DataInputStream data = new DataInputStream(new ByteArrayInputStream(bytes));
    data.readUTF();
    data.readInt();
    int versionEnd = bytes.length - data.available() + 2 + data.readUTF().length();
    byte[] otherDrools = bytes.clone();
    otherDrools[versionEnd - 1] = 'x';
    assertThat(PrecompiledRules.load(serving(otherDrools), PrecompiledRules.RESOURCE)
        .find(fizzling)).isEmpty();

    data.readInt();
    String classFile = data.readUTF();
    assertThat(classFile).endsWith(".class");
    int hashEnd = bytes.length - data.available() + 2 + data.readUTF().length();
    byte[] otherClass = bytes.clone();
    otherClass[hashEnd - 1] = (byte) (otherClass[hashEnd - 1] == '0' ? '1' : '0');
    assertThat(PrecompiledRules.load(serving(otherClass), PrecompiledRules.RESOURCE)
        .find(fizzling)).isEmpty();
  }

  @Test
  void anUnreadableEntryIsCompiledInstead() {
    List<Source> sources = builtIns();
    Source fizzling = sources.get(0);
    PrecompiledRules broken = new PrecompiledRules(Map.of(fizzling.name(), new Entry(
        fizzling.name(), PrecompiledRules.hash(fizzling.drl()),
        List.of("io.github.mentoring.rules.fizzling"), new byte[] {1, 2, 3})));
    assertThat(broken.find(fizzling)).isPresent();
    KieBase kieBase = RuleCompiler.compile(sources, broken).kieBase();
    assertThat(ruleNames(kieBase)).hasSize(52);
  }

  @Test
  void aDesignerFileInABuiltInPackageIsCompiledWithTheBuiltIns() {
    String drl = """
        package io.github.mentoring.rules.fizzling;

        import io.github.mentoring.rules.facts.*;

        global io.github.mentoring.rules.facts.Findings findings;

        rule "Any relationship"
            @id("program.any") @category("program") @severity("info") @description("x")
        when
            $r : RelationshipFacts()
        then
            findings.raise(drools, $r, "seen", "none");
        end
        """;
    HealthCheck healthCheck = HealthCheck.builder().addTrustedRules("fizzling-extra.drl", drl).build();
    assertThat(healthCheck.catalogue().size()).isEqualTo(53);
    assertThat(healthCheck.catalogue().find("program.any").orElseThrow().source())
        .isEqualTo("fizzling-extra.drl");
    Relationship r = new RelationshipGenerator(7, AS_OF).next();
    assertThat(healthCheck.check(r, AS_OF).has("program.any")).isTrue();

    List<Source> withDesigner = new ArrayList<>(builtIns());
    withDesigner.add(Source.trusted("fizzling-extra.drl", drl));
    assertThat(RuleCompiler.compile(withDesigner, false).precompiled()).isZero();
    withDesigner.set(5, Source.trusted("custom.drl", drl.replace("rules.fizzling", "program")));
    assertThat(RuleCompiler.compile(withDesigner, false).precompiled()).isEqualTo(5);
    // The same built-in file twice is compiled twice, and so refused as without precompiled rules.
    withDesigner.set(5, builtIns().get(0));
    assertThatThrownBy(() -> RuleCompiler.compile(withDesigner, false))
        .isInstanceOf(RuleBuildException.class)
        .hasMessageContaining("Duplicate rule name");
  }

  @Test
  void aBrokenDesignerFileBesidePrecompiledRulesNamesFileAndLine() {
    String drl = """
        package program.custom;

        import io.github.mentoring.rules.facts.*;

        rule "Broken"
            @id("program.broken") @category("program") @severity("info") @description("x")
        when
            $r : RelationshipFacts( noSuchProperty > 2 )
        then
        end
        """;
    assertThatThrownBy(() -> HealthCheck.builder().addRules("broken.drl", drl).build())
        .isInstanceOfSatisfying(RuleBuildException.class, e -> {
          assertThat(e.problems()).isNotEmpty();
          assertThat(e.problems().get(0).file()).isEqualTo("broken.drl");
          assertThat(e.problems().get(0).line()).isEqualTo(8);
        });
  }
}
