package io.github.mentoring.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mentoring.core.model.Phase;
import io.github.mentoring.core.model.Relationship;
import io.github.mentoring.core.model.RelationshipKind;
import io.github.mentoring.json.Program;
import io.github.mentoring.json.ProgramJson;
import io.github.mentoring.json.Schemas;
import io.github.mentoring.rules.Finding;
import io.github.mentoring.rules.HealthCheck;
import io.github.mentoring.rules.HealthReport;
import io.github.mentoring.rules.ProgramReport;
import io.github.mentoring.rules.RuleInfo;
import io.github.mentoring.rules.Status;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.TreeMap;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bundled sample program: a realistic program whose relationships, checked as of the file's
 * own date, cover every phase and, together, every rule of the built-in catalogue.
 */
class SampleProgramTest {

  private static final String SAMPLE = "samples/sample-program.json";
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 27);

  private static HealthCheck healthCheck;
  private static Program program;
  private static ProgramReport report;

  @BeforeAll
  static void checkTheSample() throws IOException {
    healthCheck = HealthCheck.withBuiltInRules();
    try (InputStream in = resource()) {
      program = ProgramJson.read(in);
    }
    report = healthCheck.checkAll(program.relationships(), program.asOf().orElseThrow());
  }

  @Test
  void isValidAgainstTheSchema() throws IOException {
    JsonNode tree;
    try (InputStream in = resource()) {
      tree = JsonMapper.builder().build().readTree(in);
    }

    assertThat(Schemas.validate(Schemas.PROGRAM, tree)).isEmpty();
  }

  @Test
  void isCheckedAsOfAFixedDate() {
    assertThat(program.asOf()).contains(AS_OF);
    assertThat(report.asOf()).isEqualTo(AS_OF);
  }

  @Test
  void everyRuleOfTheCatalogueFiresAtLeastOnce() {
    Set<String> fired = report.reports().stream()
        .flatMap(r -> r.findings().stream())
        .map(Finding::ruleId)
        .collect(Collectors.toCollection(TreeSet::new));
    // The rules about people judge a person across relationships, and every person of the sample
    // has one: Gita takes on a second mentee and Hugo a second mentor, in relationships that fade
    // like theirs, and the program is judged again.
    Relationship gitaHugo = program.relationship("rel-gita-hugo").orElseThrow();
    List<Relationship> busier = new java.util.ArrayList<>(program.relationships());
    // (their follow-ups are left out: each names its owner, a partner of the first pair)
    busier.add(Relationship.builder().from(gitaHugo).id("rel-gita-nora")
        .mentee(io.github.mentoring.core.model.Partner.of("nora")).followUps(List.of()).build());
    busier.add(Relationship.builder().from(gitaHugo).id("rel-otto-hugo")
        .mentor(io.github.mentoring.core.model.Partner.of("otto")).followUps(List.of()).build());
    healthCheck.checkAll(busier, AS_OF).people().stream()
        .flatMap(person -> person.findings().stream())
        .map(Finding::ruleId)
        .forEach(fired::add);
    Set<String> missing = healthCheck.catalogue().rules().stream()
        .map(RuleInfo::id)
        .filter(id -> !fired.contains(id))
        .collect(Collectors.toCollection(TreeSet::new));

    assertThat(missing)
        .as("rules of the catalogue that no relationship of %s triggers: %s%nrules per relationship:%n%s",
            SAMPLE, missing, rulesPerRelationship())
        .isEmpty();
  }

  @Test
  void holdsAtLeastTwelveRelationshipsInEveryPhaseAndOfBothKinds() {
    List<Relationship> relationships = program.relationships();
    Set<Phase> phases = EnumSet.noneOf(Phase.class);
    Set<RelationshipKind> kinds = EnumSet.noneOf(RelationshipKind.class);
    relationships.forEach(r -> {
      phases.add(r.getPhase());
      kinds.add(r.getKind());
    });

    assertThat(relationships).hasSizeGreaterThanOrEqualTo(12);
    assertThat(phases).containsExactlyInAnyOrder(Phase.values());
    assertThat(kinds).containsExactlyInAnyOrder(RelationshipKind.values());
  }

  @Test
  void someRelationshipsAreHealthy() {
    List<String> healthy = report.reports().stream()
        .filter(r -> r.status() == Status.HEALTHY)
        .map(HealthReport::relationshipId)
        .toList();

    assertThat(healthy)
        .as("healthy relationships; rules per relationship:%n%s", rulesPerRelationship())
        .hasSizeGreaterThanOrEqualTo(2);
  }

  @Test
  void everyRelationshipHasAReportInInputOrder() {
    assertThat(report.reports()).extracting(HealthReport::relationshipId)
        .containsExactlyElementsOf(program.relationships().stream().map(Relationship::getId).toList());
  }

  /** One line per relationship: its status and the rules it triggers, for failure messages. */
  private static String rulesPerRelationship() {
    return report.reports().stream()
        .map(r -> "  " + r.relationshipId() + " " + r.status() + " " + r.findings().stream()
            .collect(Collectors.groupingBy(Finding::ruleId, TreeMap::new, Collectors.counting()))
            .entrySet().stream()
            .map(e -> e.getValue() == 1 ? e.getKey() : e.getKey() + " x" + e.getValue())
            .toList())
        .collect(Collectors.joining(System.lineSeparator()));
  }

  private static InputStream resource() {
    InputStream in = SampleProgramTest.class.getClassLoader().getResourceAsStream(SAMPLE);
    assertThat(in).as("%s on the class path", SAMPLE).isNotNull();
    return in;
  }
}
