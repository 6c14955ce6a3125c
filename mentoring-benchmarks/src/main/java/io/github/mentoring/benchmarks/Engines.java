package io.github.mentoring.benchmarks;

import io.github.mentoring.core.model.Relationship;
import io.github.mentoring.rules.Category;
import io.github.mentoring.rules.HealthCheck;
import io.github.mentoring.rules.RuleInfo;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The ways the benchmarks judge a program: the rules engine in two set-ups, and the baseline. */
public final class Engines {

  /** The families the plain-Java baseline covers. */
  public static final Set<Category> BASELINE_FAMILIES =
      EnumSet.of(Category.FIZZLING, Category.MISSED_FOLLOW_UP);

  /** {@code drl}: every built-in rule. */
  public static final String DRL = "drl";
  /** {@code drl-two}: only the built-in fizzling and missed-follow-up rules, the baseline's. */
  public static final String DRL_TWO_FAMILIES = "drl-two";
  /** {@code java}: the plain-Java baseline of those two families. */
  public static final String BASELINE = "java";

  private static volatile List<String> otherFamilies;

  private Engines() {}

  /** Judges a whole program; what it returns is only there to be consumed. */
  @FunctionalInterface
  public interface ProgramCheck {
    Object checkAll(List<Relationship> program, LocalDate asOf);
  }

  /** Judges one relationship; what it returns is only there to be consumed. */
  @FunctionalInterface
  public interface SingleCheck {
    Object check(Relationship relationship, LocalDate asOf);
  }

  /** The number of threads a parameter names: {@code all} is every available processor. */
  public static int threads(String parameter) {
    return "all".equals(parameter) ? Runtime.getRuntime().availableProcessors()
        : Integer.parseInt(parameter);
  }

  /** A health check with every built-in rule. */
  public static HealthCheck allRules(int parallelism) {
    return HealthCheck.builder().parallelism(parallelism).build();
  }

  /** A health check with only the rules of the families the baseline covers. */
  public static HealthCheck baselineFamilies(int parallelism) {
    return HealthCheck.builder().disable(otherFamilyRuleIds()).parallelism(parallelism).build();
  }

  /** The program check an engine name stands for, built now. */
  public static ProgramCheck program(String engine, int parallelism) {
    return switch (engine) {
      case DRL -> allRules(parallelism)::checkAll;
      case DRL_TWO_FAMILIES -> baselineFamilies(parallelism)::checkAll;
      case BASELINE -> {
        PlainJavaChecks checks = PlainJavaChecks.withDefaults();
        yield (program, asOf) -> checks.checkAll(program, asOf, parallelism);
      }
      default -> throw new IllegalArgumentException("unknown engine " + engine);
    };
  }

  /** The single-relationship check an engine name stands for, built now. */
  public static SingleCheck single(String engine) {
    return switch (engine) {
      case DRL -> allRules(1)::check;
      case DRL_TWO_FAMILIES -> baselineFamilies(1)::check;
      case BASELINE -> PlainJavaChecks.withDefaults()::check;
      default -> throw new IllegalArgumentException("unknown engine " + engine);
    };
  }

  /** The ids of the built-in rules outside the baseline's families, and of those about people. */
  public static List<String> otherFamilyRuleIds() {
    List<String> ids = otherFamilies;
    if (ids == null) {
      ids = HealthCheck.builder().parallelism(1).build().catalogue().rules().stream()
          // The rules about people (people.drl) judge a whole program after its relationships:
          // the baseline judges relationships only, so they are left out although they are
          // fizzling rules.
          .filter(rule -> !BASELINE_FAMILIES.contains(rule.category())
              || rule.source().endsWith("/people.drl"))
          .map(RuleInfo::id)
          .toList();
      otherFamilies = ids;
    }
    return ids;
  }
}
