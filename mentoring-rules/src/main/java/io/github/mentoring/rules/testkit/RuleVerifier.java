package io.github.mentoring.rules.testkit;

import io.github.mentoring.core.model.Relationship;
import io.github.mentoring.rules.Finding;
import io.github.mentoring.rules.HealthCheck;
import io.github.mentoring.rules.HealthReport;
import io.github.mentoring.rules.PersonReport;
import io.github.mentoring.rules.ProgramReport;
import io.github.mentoring.rules.Subject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A fluent check that one rule fires, or does not, for a relationship as of a date. Works with any
 * test framework: a failed expectation throws {@link AssertionError} with every finding of the
 * report, so the failure explains itself.
 *
 * <pre>{@code
 * RuleVerifier rules = RuleVerifier.of(HealthCheck.builder().addRules(myFolder).build());
 * rules.verify("program.quarterly-check-in")
 *     .given(relationship)
 *     .asOf(LocalDate.of(2026, 11, 27))
 *     .fires()
 *     .withEvidence("daysSinceCheckIn", 120);
 * }</pre>
 *
 * <p>A rule that judges people across a program ({@code people.drl}) is verified on a program, judged
 * by a bulk check; its findings are about a person:
 *
 * <pre>{@code
 * RuleVerifier.builtIn().verify("fizzling.over-committed-mentor")
 *     .givenProgram(fading, fadingToo)
 *     .asOf(LocalDate.of(2026, 11, 27))
 *     .fires()
 *     .about(Subject.Kind.PERSON, "mentor-ada");
 * }</pre>
 *
 * <p>A rule id the health check does not know is an error, so that a typo cannot make
 * {@code doesNotFire()} pass.
 */
public final class RuleVerifier {

  private static volatile RuleVerifier builtIn;

  private final HealthCheck healthCheck;

  private RuleVerifier(HealthCheck healthCheck) {
    this.healthCheck = Objects.requireNonNull(healthCheck, "healthCheck");
  }

  /** A verifier over a health check of your own (designer rules, policy, disabled rules). */
  public static RuleVerifier of(HealthCheck healthCheck) {
    return new RuleVerifier(healthCheck);
  }

  /** A verifier over the built-in rules and default policy, built once per JVM. */
  public static RuleVerifier builtIn() {
    RuleVerifier verifier = builtIn;
    if (verifier == null) {
      synchronized (RuleVerifier.class) {
        verifier = builtIn;
        if (verifier == null) {
          verifier = new RuleVerifier(HealthCheck.withBuiltInRules());
          builtIn = verifier;
        }
      }
    }
    return verifier;
  }

  /** The health check behind this verifier. */
  public HealthCheck healthCheck() {
    return healthCheck;
  }

  /** Starts an expectation about one rule. */
  public Given verify(String ruleId) {
    if (healthCheck.catalogue().find(ruleId).isEmpty()) {
      throw new IllegalArgumentException("No rule '" + ruleId + "' is loaded; known rules: "
          + healthCheck.catalogue().rules().stream().map(r -> r.id())
              .collect(Collectors.joining(", ")));
    }
    return new Given(ruleId);
  }

  /** Names the relationship to judge. */
  public final class Given {
    private final String ruleId;

    private Given(String ruleId) {
      this.ruleId = ruleId;
    }

    public AsOf given(Relationship relationship) {
      return new AsOf(ruleId, Objects.requireNonNull(relationship, "relationship"), null);
    }

    /**
     * Names the relationships of a program, judged together by a bulk check: for the rules that
     * judge people across their relationships. The outcome holds the rule's findings about the
     * relationships and about the people.
     */
    public AsOf givenProgram(Relationship... relationships) {
      return givenProgram(List.of(relationships));
    }

    /** Names the relationships of a program; see {@link #givenProgram(Relationship...)}. */
    public AsOf givenProgram(Collection<Relationship> relationships) {
      return new AsOf(ruleId, null, List.copyOf(relationships));
    }
  }

  /** Names the check date. */
  public final class AsOf {
    private final String ruleId;
    private final Relationship relationship;
    private final List<Relationship> program;

    private AsOf(String ruleId, Relationship relationship, List<Relationship> program) {
      this.ruleId = ruleId;
      this.relationship = relationship;
      this.program = program;
    }

    public Outcome asOf(LocalDate date) {
      if (program != null) {
        return new Outcome(ruleId, null, healthCheck.checkAll(program, date));
      }
      return new Outcome(ruleId, healthCheck.check(relationship, date), null);
    }
  }

  /** The report, and expectations on the rule's findings in it. */
  public static final class Outcome {
    private final String ruleId;
    private final HealthReport report;
    private final ProgramReport program;

    private Outcome(String ruleId, HealthReport report, ProgramReport program) {
      this.ruleId = ruleId;
      this.report = report;
      this.program = program;
    }

    /** Expects at least one finding of the rule. */
    public Outcome fires() {
      if (findings().isEmpty()) {
        throw failure("expected rule '" + ruleId + "' to fire, but it did not");
      }
      return this;
    }

    /** Expects exactly this many findings of the rule. */
    public Outcome firesTimes(int times) {
      if (findings().size() != times) {
        throw failure("expected rule '" + ruleId + "' to fire " + times + " time(s), but it fired "
            + findings().size());
      }
      return this;
    }

    /** Expects no finding of the rule. */
    public Outcome doesNotFire() {
      if (!findings().isEmpty()) {
        throw failure("expected rule '" + ruleId + "' not to fire, but it did");
      }
      return this;
    }

    /** Expects some finding of the rule to carry this evidence (numbers compare by value). */
    public Outcome withEvidence(String key, Object value) {
      return having("evidence " + key + "=" + value, f -> f.evidence().containsKey(key)
          && same(f.evidence().get(key), value));
    }

    /** Expects some finding of the rule to be about this subject. */
    public Outcome about(Subject.Kind kind, String id) {
      Subject subject = new Subject(kind, id);
      return having("subject " + subject, f -> f.subject().equals(subject));
    }

    /** Expects some finding of the rule to match a condition. */
    public Outcome having(String description, Predicate<Finding> condition) {
      fires();
      if (findings().stream().noneMatch(condition)) {
        throw failure("expected a finding of rule '" + ruleId + "' with " + description);
      }
      return this;
    }

    /** The rule's findings (in a program: about its relationships, then about its people). */
    public List<Finding> findings() {
      if (program == null) {
        return report.findingsOf(ruleId);
      }
      List<Finding> all = new ArrayList<>();
      program.reports().forEach(r -> all.addAll(r.findingsOf(ruleId)));
      for (PersonReport person : program.people()) {
        person.findings().stream().filter(f -> f.ruleId().equals(ruleId)).forEach(all::add);
      }
      return all;
    }

    /**
     * The whole report of the relationship.
     *
     * @throws IllegalStateException for a program: see {@link #programReport()}
     */
    public HealthReport report() {
      if (report == null) {
        throw new IllegalStateException("a program was judged: see programReport()");
      }
      return report;
    }

    /**
     * The whole report of the program.
     *
     * @throws IllegalStateException for one relationship: see {@link #report()}
     */
    public ProgramReport programReport() {
      if (program == null) {
        throw new IllegalStateException("one relationship was judged: see report()");
      }
      return program;
    }

    private static boolean same(Object actual, Object expected) {
      if (actual instanceof Number a && expected instanceof Number e) {
        return a.doubleValue() == e.doubleValue();
      }
      return String.valueOf(actual).equals(expected instanceof Enum<?> en
          ? en.name().toLowerCase().replace('_', '-') : String.valueOf(expected));
    }

    private AssertionError failure(String message) {
      if (program != null) {
        List<Finding> every = new ArrayList<>();
        program.reports().forEach(r -> every.addAll(r.findings()));
        program.people().forEach(p -> every.addAll(p.findings()));
        return new AssertionError(message + " for a program of " + program.reports().size()
            + " relationships as of " + program.asOf() + ". Findings:" + describe(every));
      }
      return new AssertionError(message + " for relationship '" + report.relationshipId()
          + "' as of " + report.asOf() + ". Findings:" + describe(report.findings()));
    }

    private static String describe(List<Finding> findings) {
      return findings.isEmpty() ? "\n  (no findings)"
          : findings.stream()
              .map(f -> "\n  - " + f.ruleId() + " [" + f.severity() + "] " + f.subject() + ": "
                  + f.message() + " " + f.evidence())
              .collect(Collectors.joining());
    }
  }
}
