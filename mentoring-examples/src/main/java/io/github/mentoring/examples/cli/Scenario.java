package io.github.mentoring.examples.cli;

import io.github.mentoring.core.model.Relationship;
import io.github.mentoring.examples.input.EmbeddedJson;
import io.github.mentoring.json.JsonInput;
import io.github.mentoring.json.Problem;
import io.github.mentoring.json.ProgramFormatException;
import io.github.mentoring.json.Schemas;
import io.github.mentoring.examples.report.JsonOutput;
import io.github.mentoring.examples.report.ReportJson;
import io.github.mentoring.rules.Category;
import io.github.mentoring.rules.Finding;
import io.github.mentoring.rules.HealthCheck;
import io.github.mentoring.rules.HealthReport;
import io.github.mentoring.rules.Policy;
import io.github.mentoring.rules.PolicyException;
import io.github.mentoring.rules.ProgramReport;
import io.github.mentoring.rules.RuleCatalogue;
import io.github.mentoring.rules.RuleInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A designer's scenario: a relationship (or a program) in the program format, a check date, and
 * which rules must and must not fire, with optional evidence; which categories of finding must
 * and must not be raised; and policy keys of its own. Described by
 * {@code schemas/scenario.schema.json}; files are named {@code *.scenario.json}.
 *
 * @param name the file name, for reports
 * @param description what the scenario shows, or empty
 * @param asOf the check date
 * @param relationships the relationships to judge (one, unless the scenario holds a program)
 * @param relationshipId with a program, the one relationship whose findings count; else empty
 * @param expectFire rule ids that must fire (those with expected evidence included)
 * @param expectNoFire rule ids that must not fire
 * @param expectEvidence per rule id, evidence that some finding of the rule must carry
 * @param expectCategory categories of which at least one finding must be raised
 * @param expectNoCategory categories of which no finding may be raised
 * @param policy policy keys this scenario sets for itself, over the command's policy, sorted
 */
record Scenario(
    String name,
    String description,
    LocalDate asOf,
    List<Relationship> relationships,
    Optional<String> relationshipId,
    Set<String> expectFire,
    Set<String> expectNoFire,
    Map<String, Map<String, JsonNode>> expectEvidence,
    Set<Category> expectCategory,
    Set<Category> expectNoCategory,
    Map<String, String> policy) {

  /** The schema of scenario files, for {@code Schemas.validate}. */
  static final String SCHEMA = "scenario";

  /**
   * Reads a scenario file and checks that its rule ids are loaded, so that a typo cannot make an
   * expectation pass, and that its policy keys are known and their values of the right kind.
   *
   * @param policy the policy the scenario's own keys are set over
   * @throws ProgramFormatException listing every problem with its JSON path
   */
  static Scenario read(Path file, String name, RuleCatalogue catalogue, Policy policy)
      throws IOException {
    return read(Files.readAllBytes(file), file.toString(), name, catalogue, policy);
  }

  /** Reads a scenario from its text (UTF-8), its policy keys set over the default policy. */
  static Scenario read(byte[] content, String source, String name, RuleCatalogue catalogue) {
    return read(content, source, name, catalogue, Policy.defaults());
  }

  /**
   * Reads a scenario from its text (UTF-8), as {@link #read(Path, String, RuleCatalogue, Policy)}
   * does a file.
   *
   * @param source what is read, for messages: the file name
   * @throws ProgramFormatException listing every problem with its JSON path
   */
  static Scenario read(byte[] content, String source, String name, RuleCatalogue catalogue,
      Policy policy) {
    ObjectNode root = EmbeddedJson.parseObject(content, source);
    Schemas.Validation validation = Schemas.check(SCHEMA, root, ProgramFormatException.MAX_PROBLEMS);
    int unlisted = validation.count() - validation.problems().size();
    List<Problem> problems = new ArrayList<>(shape(root, validation.problems()));
    boolean wellFormed = problems.isEmpty();
    Set<String> fire = ids(root, "expectFire", catalogue, problems);
    Set<String> noFire = ids(root, "expectNoFire", catalogue, problems);
    Map<String, Map<String, JsonNode>> evidence = new LinkedHashMap<>();
    root.path("expectEvidence").properties().forEach(e -> {
      if (catalogue.find(e.getKey()).isEmpty()) {
        problems.add(new Problem(JsonInput.memberPath("$.expectEvidence", e.getKey()),
            "no rule '" + e.getKey() + "' is loaded"));
      }
      Map<String, JsonNode> values = new LinkedHashMap<>();
      e.getValue().properties().forEach(v -> values.put(v.getKey(), v.getValue()));
      evidence.put(e.getKey(), values);
      fire.add(e.getKey());
    });
    for (String id : fire) {
      if (noFire.contains(id)) {
        problems.add(new Problem("$.expectNoFire",
            "'" + id + "' is also expected to fire"));
      }
    }
    Set<Category> raise = categories(root, "expectCategory", problems);
    Set<Category> forbidden = categories(root, "expectNoCategory", problems);
    for (Category category : raise) {
      if (forbidden.contains(category)) {
        problems.add(new Problem("$.expectNoCategory", "'" + JsonOutput.name(category)
            + "' is also expected to be raised"));
      }
    }
    for (String id : fire) {
      // A rule expected to fire whose category is forbidden: the scenario contradicts itself.
      catalogue.find(id).map(RuleInfo::category).filter(forbidden::contains).ifPresent(c ->
          problems.add(new Problem("$.expectNoCategory", "'" + id + "' is expected to fire, "
              + "but no finding of its category '" + JsonOutput.name(c) + "' may be raised")));
    }
    Map<String, String> ownPolicy = policy(root, policy, problems);
    List<Relationship> relationships = List.of();
    LocalDate asOf = null;
    Optional<String> only = Optional.empty();
    if (!wellFormed) {
      // The schema has already judged the relationship or program; reading it would repeat that.
      throw new ProgramFormatException(source, problems, problems.size() + unlisted);
    }
    try {
      asOf = EmbeddedJson.readDate(root.get("asOf"), "$.asOf", source);
      if (root.has("relationship")) {
        relationships = List.of(EmbeddedJson.readRelationship(root.get("relationship"),
            "$.relationship", source));
      } else {
        relationships = EmbeddedJson.readProgram(root.get("program"), "$.program",
            source).relationships();
        if (root.has("relationshipId")) {
          String id = root.get("relationshipId").stringValue();
          only = Optional.of(id);
          if (relationships.stream().noneMatch(r -> r.getId().equals(id))) {
            problems.add(new Problem("$.relationshipId", "the program has no relationship '"
                + id + "'"));
          }
        }
      }
    } catch (ProgramFormatException e) {
      problems.addAll(e.problems());
      unlisted += e.problemCount() - e.problems().size();
    }
    if (!problems.isEmpty()) {
      throw new ProgramFormatException(source, problems, problems.size() + unlisted);
    }
    return new Scenario(name, root.path("description").asString(""), asOf, relationships, only,
        fire, noFire, evidence, raise, forbidden, ownPolicy);
  }

  /** The categories of a list, as the report spells them; other values are reported. */
  private static Set<Category> categories(JsonNode root, String field, List<Problem> problems) {
    Set<Category> categories = EnumSet.noneOf(Category.class);
    JsonNode list = root.path(field);
    if (!list.isArray()) {
      return categories; // reported by the schema
    }
    for (int i = 0; i < list.size(); i++) {
      if (!list.get(i).isString()) {
        continue; // reported by the schema
      }
      try {
        categories.add(JsonOutput.value(Category.class, list.get(i).stringValue()));
      } catch (IllegalArgumentException e) {
        // The schema's enumeration has already said so, unless schema and code disagree.
        String path = "$." + field + "[" + i + "]";
        if (problems.stream().noneMatch(p -> p.path().equals(path))) {
          problems.add(new Problem(path, "must be one of "
              + java.util.Arrays.stream(Category.values()).map(JsonOutput::name)
                  .collect(Collectors.joining(", "))));
        }
      }
    }
    return categories;
  }

  /**
   * The scenario's own policy keys, each checked as a policy file's would be: an unknown key or
   * a value of the wrong kind is a problem at its path, so that a typo cannot leave a threshold
   * at its default unnoticed.
   */
  private static Map<String, String> policy(JsonNode root, Policy base, List<Problem> problems) {
    Map<String, String> keys = new TreeMap<>();
    JsonNode policy = root.path("policy");
    if (!policy.isObject()) {
      return keys; // absent, or reported by the schema
    }
    policy.properties().forEach(e -> {
      JsonNode value = e.getValue();
      if (!value.isString() && !value.isNumber()) {
        return; // reported by the schema
      }
      String text = value.isString() ? value.stringValue() : value.asString();
      String path = JsonInput.memberPath("$.policy", e.getKey());
      try {
        base.with(e.getKey(), text);
        keys.put(e.getKey(), text);
      } catch (PolicyException ex) {
        for (String problem : ex.problems()) {
          String prefix = e.getKey() + ": ";
          problems.add(new Problem(path, problem.startsWith(prefix)
              ? problem.substring(prefix.length()) : problem));
        }
      }
    });
    return keys;
  }

  /**
   * The schema's problems, with its messages about the choice of relationship or program and
   * about expectations replaced by plainer ones: a validator's account of a failed
   * {@code oneOf} ("valid to one and only one schema") helps nobody.
   */
  private static List<Problem> shape(ObjectNode root, List<Problem> schemaProblems) {
    Set<String> choices = Set.of("$.relationship", "$.program", "$.expectFire", "$.expectNoFire",
        "$.expectEvidence", "$.expectCategory", "$.expectNoCategory");
    List<Problem> problems = new ArrayList<>();
    for (Problem p : schemaProblems) {
      boolean choiceNoise = p.path().equals("$")
          || choices.contains(p.path()) && p.message().equals("is required but missing");
      if (!choiceNoise) {
        problems.add(p);
      }
    }
    boolean relationship = root.has("relationship");
    boolean program = root.has("program");
    if (!relationship && !program) {
      problems.add(0, new Problem("$", "needs a \"relationship\" or a \"program\" to judge"));
    } else if (relationship && program) {
      problems.add(0, new Problem("$.program",
          "give a \"relationship\" or a \"program\", not both"));
    } else if (relationship && root.has("relationshipId")) {
      problems.add(0, new Problem("$.relationshipId", "applies to a \"program\" only"));
    }
    if (!root.has("expectFire") && !root.has("expectNoFire") && !root.has("expectEvidence")
        && !root.has("expectCategory") && !root.has("expectNoCategory")) {
      problems.add(0, new Problem("$", "expects nothing: add \"expectFire\", "
          + "\"expectNoFire\", \"expectEvidence\", \"expectCategory\" or "
          + "\"expectNoCategory\""));
    }
    return problems;
  }

  private static Set<String> ids(JsonNode root, String field, RuleCatalogue catalogue,
      List<Problem> problems) {
    Set<String> ids = new LinkedHashSet<>();
    JsonNode list = root.path(field);
    if (!list.isArray()) {
      return ids; // reported by the schema; an object's size is not a length to index by
    }
    for (int i = 0; i < list.size(); i++) {
      if (!list.get(i).isString()) {
        continue; // reported by the schema
      }
      String id = list.get(i).stringValue();
      if (catalogue.find(id).isEmpty()) {
        problems.add(new Problem("$." + field + "[" + i + "]", "no rule '" + id + "' is loaded"));
      }
      ids.add(id);
    }
    return ids;
  }

  /**
   * Runs the scenario; the outcome lists every expectation that was not met.
   *
   * @param healthCheck built with this scenario's {@link #policy()} over the command's
   */
  Outcome run(HealthCheck healthCheck) {
    ProgramReport report = healthCheck.checkAll(relationships, asOf);
    if (!report.isComplete()) {
      // A rule that failed is no expectation missed: the run ends with exit code 3.
      throw new RuleFailureException(report.failures());
    }
    List<Finding> findings = report.reports().stream()
        .filter(r -> relationshipId.map(id -> id.equals(r.relationshipId())).orElse(true))
        .map(HealthReport::findings)
        .flatMap(List::stream)
        .toList();
    Set<String> fired = findings.stream().map(Finding::ruleId)
        .collect(Collectors.toCollection(LinkedHashSet::new));
    Set<Category> raised = findings.stream().map(Finding::category)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Category.class)));
    List<String> differences = new ArrayList<>();
    List<Expectation> expectations = new ArrayList<>();
    for (String id : expectFire) {
      boolean met = fired.contains(id);
      Category category = healthCheck.catalogue().find(id).map(RuleInfo::category)
          .orElse(Category.PROGRAM);
      expectations.add(new Expectation(category, id, met));
      if (!met) {
        differences.add("expected to fire, did not: " + id);
      }
    }
    for (Category category : expectCategory) {
      boolean met = raised.contains(category);
      expectations.add(new Expectation(category, "any " + JsonOutput.name(category) + " finding",
          met));
      if (!met) {
        differences.add("expected a finding of category " + JsonOutput.name(category)
            + ", none was raised");
      }
    }
    List<Finding> falseAlarms = new ArrayList<>();
    for (Finding f : findings) {
      if (expectNoFire.contains(f.ruleId())) {
        differences.add("expected not to fire, fired: " + describe(f));
        falseAlarms.add(f);
      } else if (expectNoCategory.contains(f.category())) {
        differences.add("expected no " + JsonOutput.name(f.category()) + " finding, raised: "
            + describe(f));
        falseAlarms.add(f);
      }
    }
    expectEvidence.forEach((id, expected) -> {
      List<Finding> ofRule = findings.stream().filter(f -> f.ruleId().equals(id)).toList();
      if (!ofRule.isEmpty() && ofRule.stream().noneMatch(f -> carries(f, expected))) {
        differences.add("evidence of " + id + ": expected " + expected + ", found "
            + ofRule.stream().map(f -> evidenceOf(f).toString()).collect(Collectors.joining(
                " and ")));
      }
    });
    return new Outcome(this, differences, List.copyOf(fired), expectations, falseAlarms);
  }

  private static String describe(Finding f) {
    return f.ruleId() + " [" + f.severity().name().toLowerCase() + "] " + f.subject() + ": "
        + f.message();
  }

  private static JsonNode evidenceOf(Finding f) {
    return ReportJson.finding(f).get("evidence");
  }

  private static boolean carries(Finding finding, Map<String, JsonNode> expected) {
    JsonNode actual = evidenceOf(finding);
    return expected.entrySet().stream().allMatch(e -> same(actual.get(e.getKey()), e.getValue()));
  }

  /** Numbers compare by value, so that 20 and 20.0 agree; everything else exactly. */
  private static boolean same(JsonNode actual, JsonNode expected) {
    if (actual == null) {
      return false;
    }
    if (actual.isNumber() && expected.isNumber()) {
      if (!finite(actual) || !finite(expected)) {
        // 1e400 is read as infinity, which has no exact decimal value: no evidence equals it.
        return false;
      }
      return actual.decimalValue().compareTo(expected.decimalValue()) == 0;
    }
    return actual.equals(expected);
  }

  private static boolean finite(JsonNode number) {
    return !number.isFloatingPointNumber() || number.isBigDecimal()
        || Double.isFinite(number.doubleValue());
  }

  /**
   * One thing a scenario expected to be raised: a rule's finding, or any finding of a category.
   *
   * @param category the category it counts towards
   * @param what the rule id, or a phrase naming the category
   * @param met whether it was raised
   */
  record Expectation(Category category, String what, boolean met) {}

  /**
   * What became of a scenario.
   *
   * @param scenario the scenario
   * @param differences each expectation not met; empty when it passed
   * @param fired the ids of the rules that fired
   * @param expectations what was expected to be raised, and whether it was
   * @param falseAlarms findings the scenario said must not be raised: of a rule in
   *     {@code expectNoFire} or of a category in {@code expectNoCategory}
   */
  record Outcome(Scenario scenario, List<String> differences, List<String> fired,
      List<Expectation> expectations, List<Finding> falseAlarms) {
    boolean passed() {
      return differences.isEmpty();
    }
  }
}
