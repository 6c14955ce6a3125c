package io.github.mentoring.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mentoring.core.model.Relationship;
import io.github.mentoring.core.testing.RelationshipGenerator;
import io.github.mentoring.core.testing.Shape;
import io.github.mentoring.rules.Finding;
import io.github.mentoring.rules.HealthCheck;
import io.github.mentoring.rules.HealthReport;
import io.github.mentoring.rules.ProgramReport;
import io.github.mentoring.rules.RuleInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The baseline is only a fair yardstick if it finds exactly what the DRL finds: on generated
 * programs, per relationship and in order, its findings equal those of a health check with only
 * the fizzling and missed-follow-up rules, and those of the full health check restricted to the
 * two families.
 */
class PlainJavaChecksTest {

  private static final int SIZE = 2_000;
  private static final PlainJavaChecks BASELINE = PlainJavaChecks.withDefaults();
  private static HealthCheck twoFamilies;
  private static HealthCheck allRules;

  @BeforeAll
  static void build() {
    twoFamilies = Engines.baselineFamilies(Runtime.getRuntime().availableProcessors());
    allRules = Engines.allRules(Runtime.getRuntime().availableProcessors());
  }

  static Stream<Arguments> programs() {
    LocalDate day = Datasets.AS_OF;
    return Stream.of(
        // the benchmark mix, checked on the day it was generated as of
        Arguments.of("benchmark mix", 1L, Datasets.SHAPE, day, day),
        Arguments.of("benchmark mix", 2L, Datasets.SHAPE, day, day),
        Arguments.of("benchmark mix", 3L, Datasets.SHAPE, day, day),
        // every phase and kind, sparse and empty histories
        Arguments.of("default shape", 4L, Shape.defaults(), day, day),
        Arguments.of("default shape", 5L, Shape.defaults(), day, day),
        // checked before the record date (items done later were still open) and after it
        Arguments.of("checked 40 days earlier", 6L, Datasets.SHAPE, day, day.minusDays(40)),
        Arguments.of("checked 75 days later", 7L, Shape.defaults(), day, day.plusDays(75)));
  }

  @ParameterizedTest(name = "{0}, seed {1}, checked on {4}")
  @MethodSource("programs")
  void findsExactlyWhatTheTwoDrlFamiliesFind(String mix, long seed, Shape shape,
      LocalDate generatedAsOf, LocalDate checkedOn) {
    List<Relationship> program = new RelationshipGenerator(seed, generatedAsOf, shape).list(SIZE);

    ProgramReport drl = twoFamilies.checkAll(program, checkedOn);
    ProgramReport full = allRules.checkAll(program, checkedOn);
    List<HealthReport> java = BASELINE.checkAll(program, checkedOn, 2);

    int findings = 0;
    for (int i = 0; i < program.size(); i++) {
      String id = program.get(i).getId();
      List<Finding> expected = drl.reports().get(i).findings();
      List<Finding> fromFull = full.reports().get(i).findings().stream()
          .filter(f -> Engines.BASELINE_FAMILIES.contains(f.category()))
          .toList();
      assertThat(fromFull).as("full health check restricted to the two families, %s", id)
          .isEqualTo(expected);
      assertThat(java.get(i).relationshipId()).isEqualTo(id);
      assertThat(java.get(i).findings()).as("baseline findings of %s", id)
          .isEqualTo(expected);
      assertThat(java.get(i)).as("baseline report of %s", id).isEqualTo(drl.reports().get(i));
      findings += expected.size();
    }
    // the comparison means something only if the rules fire, and most of them do
    assertThat(findings).isGreaterThan(SIZE);
    Map<String, Long> byRule = drl.reports().stream().flatMap(r -> r.findings().stream())
        .collect(Collectors.groupingBy(Finding::ruleId, TreeMap::new, Collectors.counting()));
    assertThat(byRule.size()).as("rules that fired: %s", byRule).isGreaterThanOrEqualTo(10);
  }

  @Test
  void everyRuleOfTheTwoFamiliesFiresSomewhereInTheBenchmarkMix() {
    List<Relationship> program = Datasets.generator(11).list(SIZE);
    List<String> fired = BASELINE.checkAll(program, Datasets.AS_OF, 1).stream()
        .flatMap(r -> r.findings().stream()).map(Finding::ruleId).distinct().sorted().toList();
    assertThat(fired).containsExactlyInAnyOrderElementsOf(
        twoFamilies.catalogue().rules().stream().map(RuleInfo::id).toList());
  }

  @Test
  void theTwoFamilyHealthCheckRunsOnlyTheBaselinesFamilies() {
    assertThat(twoFamilies.catalogue().rules()).isNotEmpty()
        .allMatch(rule -> Engines.BASELINE_FAMILIES.contains(rule.category()));
    assertThat(twoFamilies.catalogue().size() + Engines.otherFamilyRuleIds().size())
        .isEqualTo(allRules.catalogue().size());
  }
}
