package io.github.mentoring.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mentoring.core.model.Relationship;
import io.github.mentoring.core.testing.RelationshipGenerator;
import io.github.mentoring.rules.BuiltInModel.Entry;
import io.github.mentoring.rules.RuleEngine.Source;
import io.github.mentoring.rules.RuleEngine.Trust;
import io.github.mentoring.rules.internal.sandbox.PolicyReads;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.kie.api.KieBase;
import org.junit.jupiter.api.Test;

/**
 * The built-in rules taken from their executable model, generated at build time, and every way
 * back to compiling them.
 */
class BuiltInModelTest {

  static final LocalDate AS_OF = LocalDate.of(2026, 11, 27);

  static List<Source> builtIns() {
    List<Source> sources = new ArrayList<>();
    for (String resource : HealthCheck.BUILT_IN_RULES) {
      try (InputStream in = HealthCheck.class.getClassLoader().getResourceAsStream(resource)) {
        sources.add(new Source(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8),
            Trust.BUILT_IN));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return sources;
  }

  static String indexText() throws IOException {
    try (InputStream in = BuiltInModel.class.getClassLoader()
        .getResourceAsStream(BuiltInModel.INDEX)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** A class loader that serves another text for the model's index. */
  static ClassLoader serving(String index) {
    return new ClassLoader(BuiltInModelTest.class.getClassLoader()) {
      @Override
      public InputStream getResourceAsStream(String name) {
        return name.equals(BuiltInModel.INDEX)
            ? new ByteArrayInputStream(index.getBytes(StandardCharsets.UTF_8))
            : super.getResourceAsStream(name);
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
  void theBuildGeneratedAModelForEveryBuiltInFile() {
    for (Source source : builtIns()) {
      assertThat(BuiltInModel.builtIn().find(source)).as(source.name()).isPresent();
    }
  }

  @Test
  void anEditedFileIsCompiledNotTakenFromTheModel() {
    Source goals = builtIns().get(1);
    Source edited = new Source(goals.name(), goals.drl().replace("\"Goal not specific\"",
        "\"Goal not specific enough\""), Trust.BUILT_IN);
    assertThat(BuiltInModel.builtIn().find(edited)).isEmpty();
    assertThat(BuiltInModel.builtIn().find(new Source("elsewhere/goals.drl", goals.drl(),
        Trust.BUILT_IN))).isEmpty();

    RuleCompiler.Compiled compiled = RuleCompiler.compile(List.of(edited), false);
    assertThat(compiled.modelled()).isZero();
    assertThat(ruleNames(compiled.kieBase()))
        .contains("io.github.mentoring.rules.goals/Goal not specific enough")
        .doesNotContain("io.github.mentoring.rules.goals/Goal not specific");
  }

  @Test
  void onlyTheLibrarysOwnFilesAreTakenFromTheModelTrustedAndDesignerCopiesAreCompiled() {
    Source fizzling = builtIns().get(0);
    assertThat(BuiltInModel.builtIn().find(Source.trusted(fizzling.name(), fizzling.drl())))
        .isEmpty();
    assertThat(BuiltInModel.builtIn().find(Source.designer(fizzling.name(), fizzling.drl())))
        .isEmpty();
  }

  @Test
  void modelAndCompiledRulesAreTheSameRulesWithTheSameMetadata() {
    RuleCompiler.Compiled taken = RuleCompiler.compile(builtIns(), BuiltInModel.builtIn());
    assertThat(taken.modelled()).isEqualTo(HealthCheck.BUILT_IN_RULES.size());
    KieBase modelled = taken.kieBase();
    KieBase compiled = RuleCompiler.compile(builtIns(), BuiltInModel.NONE).kieBase();
    assertThat(ruleNames(modelled)).hasSizeGreaterThan(40).isEqualTo(ruleNames(compiled));

    HealthCheck fromModel = HealthCheck.builder().build();
    HealthCheck.Builder builder = HealthCheck.builder().withoutBuiltInRules();
    builtIns().forEach(s -> builder.addTrustedRules(s.name(), s.drl()));
    HealthCheck fromDrl = builder.build();
    // Compared as text: a message template's parts hold arrays, equal only to themselves.
    assertThat(fromModel.catalogue().rules()).extracting(Object::toString)
        .containsExactlyInAnyOrderElementsOf(fromDrl.catalogue().rules().stream()
            .map(Object::toString).toList());
  }

  @Test
  void modelAndCompiledRulesJudgeAlike() {
    HealthCheck modelled = HealthCheck.builder().build();
    HealthCheck.Builder builder = HealthCheck.builder().withoutBuiltInRules();
    builtIns().forEach(s -> builder.addTrustedRules("classpath:" + s.name(), s.drl()));
    HealthCheck compiled = builder.build();
    assertThat(compiled.catalogue().size()).isEqualTo(modelled.catalogue().size());

    RelationshipGenerator generator = new RelationshipGenerator(42, AS_OF);
    List<Relationship> relationships = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      relationships.add(generator.next());
    }
    List<HealthReport> expected = compiled.checkAll(relationships, AS_OF).reports();
    assertThat(modelled.checkAll(relationships, AS_OF).reports()).isEqualTo(expected);
    assertThat(expected.stream().mapToInt(r -> r.findings().size()).sum()).isPositive();
  }

  @Test
  void aMissingOrDamagedIndexMeansCompiling() throws IOException {
    Source fizzling = builtIns().get(0);
    ClassLoader loader = BuiltInModel.class.getClassLoader();
    assertThat(BuiltInModel.load(loader, "no/such/index.properties").find(fizzling)).isEmpty();
    String index = indexText();
    assertThat(BuiltInModel.load(serving(index), BuiltInModel.INDEX).find(fizzling)).isPresent();
    String noHash = index.replaceAll("(?m)^io/github/mentoring/rules/drl/fizzling.drl.sha256=.*$",
        "");
    assertThat(BuiltInModel.load(serving(noHash), BuiltInModel.INDEX).find(fizzling)).isEmpty();
    assertThat(BuiltInModel.load(serving("\\u00zz"), BuiltInModel.INDEX).find(fizzling))
        .isEmpty();
  }

  @Test
  void aModelMadeWithAnotherDroolsVersionIsNotUsed() throws IOException {
    Source fizzling = builtIns().get(0);
    String otherDrools = indexText().replaceAll("(?m)^drools.version=.*$", "drools.version=9.0.0");
    assertThat(BuiltInModel.load(serving(otherDrools), BuiltInModel.INDEX).find(fizzling))
        .isEmpty();
  }

  @Test
  void theIndexHoldsWhatParsingEachBuiltInFileFinds() {
    BuiltInModel model = BuiltInModel.builtIn();
    for (Source source : builtIns()) {
      Map<String, PolicyReads.RuleCode> parsed = PolicyReads.code(source.drl());
      assertThat(parsed).as(source.name()).isNotEmpty();
      assertThat(model.code(source.name(), source.drl())).as(source.name()).contains(parsed);
    }
  }

  @Test
  void aBuiltInFileWhoseTextChangedHasNoCodeFromTheIndex() {
    Source fizzling = builtIns().get(0);
    assertThat(BuiltInModel.builtIn().code(fizzling.name(), fizzling.drl() + "\n")).isEmpty();
    assertThat(BuiltInModel.builtIn().code("rules/not-built-in.drl", fizzling.drl())).isEmpty();
  }

  @Test
  void aDamagedCodeLineIsParsedInstead() throws IOException {
    Source fizzling = builtIns().get(0);
    String damaged = indexText().replaceAll("(?m)^(" + java.util.regex.Pattern.quote(
        fizzling.name()) + "\\.code=).*$", "$1not|a|code|line");
    assertThat(BuiltInModel.load(serving(damaged), BuiltInModel.INDEX)
        .code(fizzling.name(), fizzling.drl())).isEmpty();
  }

  @Test
  void ruleCodeSurvivesItsTextWithAwkwardNamesAndComputedKeys() {
    Map<String, PolicyReads.RuleCode> code = new java.util.LinkedHashMap<>();
    code.put("Gap | widening, 50% @ line:3 ~ \"quoted\"", new PolicyReads.RuleCode(
        List.of(new PolicyReads.Read("fizzling.lookback-days", 12),
            new PolicyReads.Read(null, 14)),
        List.of(new PolicyReads.Report(java.util.Arrays.asList("days since", null, "a@b:c"), 20),
            new PolicyReads.Report(List.of(), 21))));
    code.put("No reads", new PolicyReads.RuleCode(List.of(), List.of()));
    assertThat(BuiltInCode.decode(BuiltInCode.encode(code))).isEqualTo(code);
    assertThat(BuiltInCode.decode("")).isEmpty();
    assertThatThrownBy(() -> BuiltInCode.decode("only|two"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aModelThatCannotBeLoadedIsCompiledInstead() {
    List<Source> sources = builtIns();
    Source fizzling = sources.get(0);
    BuiltInModel broken = new BuiltInModel(Map.of(fizzling.name(), new Entry(
        fizzling.name(), BuiltInModel.hash(fizzling.drl()), "io.github.mentoring.rules.fizzling",
        "io.github.mentoring.rules.fizzling.NoSuchModel", null)));
    assertThat(broken.find(fizzling)).isPresent();
    RuleCompiler.Compiled compiled = RuleCompiler.compile(sources, broken);
    assertThat(compiled.modelled()).isZero();
    assertThat(ruleNames(compiled.kieBase()))
        .isEqualTo(ruleNames(RuleCompiler.compile(sources, BuiltInModel.builtIn()).kieBase()));
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
    assertThat(healthCheck.catalogue().size())
        .isEqualTo(HealthCheck.builder().build().catalogue().size() + 1);
    assertThat(healthCheck.catalogue().find("program.any").orElseThrow().source())
        .isEqualTo("fizzling-extra.drl");
    Relationship r = new RelationshipGenerator(7, AS_OF).next();
    assertThat(healthCheck.check(r, AS_OF).has("program.any")).isTrue();

    List<Source> withDesigner = new ArrayList<>(builtIns());
    withDesigner.add(Source.trusted("fizzling-extra.drl", drl));
    assertThat(RuleCompiler.compile(withDesigner, false).modelled()).isZero();
    int builtIns = HealthCheck.BUILT_IN_RULES.size();
    withDesigner.set(builtIns,
        Source.trusted("custom.drl", drl.replace("rules.fizzling", "program")));
    assertThat(RuleCompiler.compile(withDesigner, false).modelled()).isEqualTo(builtIns);
    // The same built-in file twice is compiled the second time, and so refused as a duplicate.
    withDesigner.set(builtIns, builtIns().get(0));
    assertThatThrownBy(() -> RuleCompiler.compile(withDesigner, false))
        .isInstanceOf(RuleBuildException.class)
        .hasMessageContaining("Duplicate rule name");
  }

  @Test
  void aBrokenDesignerFileBesideTheModelledRulesNamesFileAndLine() {
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
