package io.github.mentoring.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.mentoring.core.model.Phase;
import io.github.mentoring.core.model.Relationship;
import io.github.mentoring.core.model.RelationshipKind;
import io.github.mentoring.rules.Category;
import io.github.mentoring.rules.HealthCheck;
import io.github.mentoring.rules.RuleInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The judgement set: relationships written from the seed articles as a program coordinator would
 * judge them, each with the findings it must raise and the categories it must not. The built-in
 * rules are held to it in every build; a failing scenario is named with what differed.
 */
class JudgementSetTest {

  /** The set; {@code mentoring scenarios} runs the same folder and prints the same verdicts. */
  static final Path JUDGEMENT = Path.of("src/test/resources/judgement");

  /** The categories of the built-in rules; {@code program} is a designer's own. */
  private static final Set<Category> BUILT_IN = EnumSet.complementOf(EnumSet.of(Category.PROGRAM));

  /** A seed article cited by number (000 to 004), as the domain brief cites them. */
  private static final Pattern CITES_ARTICLE = Pattern.compile("\\b00[0-4]\\b");

  private static HealthCheck builtIn;
  private static List<Scenario> scenarios;

  @BeforeAll
  static void readTheSet() throws IOException {
    builtIn = HealthCheck.withBuiltInRules();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(JUDGEMENT)) {
      files = walk.filter(p -> p.getFileName().toString().endsWith(ScenariosCommand.SUFFIX))
          .sorted().toList();
    }
    List<Scenario> read = new ArrayList<>();
    for (Path file : files) {
      read.add(Scenario.read(file, JUDGEMENT.relativize(file).toString(), builtIn.catalogue(),
          builtIn.policy()));
    }
    scenarios = List.copyOf(read);
  }

  @Test
  void everyRelationshipIsJudgedAsACoordinatorWould() {
    Map<Map<String, String>, HealthCheck> byPolicy = new HashMap<>();
    List<String> failures = new ArrayList<>();
    for (Scenario scenario : scenarios) {
      HealthCheck healthCheck = scenario.policy().isEmpty() ? builtIn
          : byPolicy.computeIfAbsent(scenario.policy(), keys -> HealthCheck.builder()
              .policy(builtIn.policy().with(keys)).build());
      Scenario.Outcome outcome = scenario.run(healthCheck);
      if (!outcome.passed()) {
        failures.add(scenario.name() + "\n      " + String.join("\n      ",
            outcome.differences()));
      }
    }

    if (!failures.isEmpty()) {
      fail(failures.size() + " of " + scenarios.size() + " scenarios failed:\n  "
          + String.join("\n  ", failures));
    }
  }

  @Test
  void theSetIsLargeAndHoldsHealthyRelationshipsThatMustRaiseNothing() {
    List<Scenario> healthy = scenarios.stream()
        .filter(s -> s.expectFire().isEmpty() && s.expectCategory().isEmpty()
            && !s.expectNoCategory().isEmpty())
        .toList();

    assertThat(scenarios).hasSizeGreaterThanOrEqualTo(60);
    assertThat(healthy).as("healthy relationships with categories they must not raise")
        .hasSizeGreaterThanOrEqualTo(15);
    assertThat(healthy.stream().filter(s -> s.expectNoCategory().containsAll(BUILT_IN)))
        .as("healthy relationships that must raise nothing at all").hasSizeGreaterThanOrEqualTo(10);
  }

  @Test
  void everyCategoryIsBothExpectedAndForbiddenSomewhere() {
    Set<Category> expected = EnumSet.noneOf(Category.class);
    Set<Category> forbidden = EnumSet.noneOf(Category.class);
    for (Scenario s : scenarios) {
      s.expectFire().forEach(id -> builtIn.catalogue().find(id).map(RuleInfo::category)
          .ifPresent(expected::add));
      expected.addAll(s.expectCategory());
      forbidden.addAll(s.expectNoCategory());
    }

    assertThat(expected).containsAll(BUILT_IN);
    assertThat(forbidden).containsAll(BUILT_IN);
  }

  @Test
  void everyPhaseAndBothKindsOfRelationshipAreJudged() {
    List<Relationship> relationships = scenarios.stream()
        .flatMap(s -> s.relationships().stream()).toList();

    assertThat(relationships.stream().map(Relationship::getPhase).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(Phase.values());
    assertThat(relationships.stream().map(Relationship::getKind).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(RelationshipKind.values());
  }

  @Test
  void everyScenarioSaysWhichArticleSituationItModels() {
    assertThat(scenarios).allSatisfy(s ->
        assertThat(s.description()).as(s.name()).containsPattern(CITES_ARTICLE));
  }

  @Test
  void theScenariosCommandScoresTheSetPerCategory() {
    Cli.Run run = Cli.run("scenarios", JUDGEMENT.toString());

    boolean allPass = !run.out().contains("FAIL  ");
    assertThat(run.exitCode()).as(run.toString())
        .isEqualTo(allPass ? MentoringCli.OK : MentoringCli.FINDINGS);
    assertThat(run.out())
        .containsPattern("category +expected +raised +recall +false alarms")
        .containsPattern("\\nfizzling +\\d+ +\\d+ +\\d+ % +\\d+")
        .containsPattern("\\nvague-goal +\\d+ +\\d+ +\\d+ % +\\d+")
        .containsPattern("\\nmissed-follow-up +\\d+ +\\d+ +\\d+ % +\\d+")
        .containsPattern("\\npending-closure +\\d+ +\\d+ +\\d+ % +\\d+")
        .containsPattern("\\nagreement-gap +\\d+ +\\d+ +\\d+ % +\\d+")
        .contains(scenarios.size() + " scenarios: ");
    if (!allPass) {
      assertThat(run.out()).contains("Failing scenarios:");
    }
  }
}
