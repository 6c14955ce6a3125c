package io.github.mentoring.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The layering of the rules module, checked. */
class ArchitectureTest {

  private static final List<String> GENERATED_PACKAGES = generatedPackages();
  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      // the predefined option knows target/test-classes only, not -Dbuild.dir.name=...
      .withImportOption(location -> !location.contains("/test-classes/"))
      .withImportOption(ArchitectureTest::notGeneratedFromDrl)
      .importPackages("io.github.mentoring.rules");

  /**
   * The executable model the build generates from the built-in DRL files sits in the files'
   * packages and is Drools' code, not the module's: it is left out (the index names its classes).
   */
  private static boolean notGeneratedFromDrl(com.tngtech.archunit.core.importer.Location location) {
    return GENERATED_PACKAGES.stream().noneMatch(location::contains);
  }

  private static List<String> generatedPackages() {
    java.util.Properties index = new java.util.Properties();
    try (var in = ArchitectureTest.class.getClassLoader()
        .getResourceAsStream("io/github/mentoring/rules/drl/built-in-model.properties")) {
      index.load(in);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    List<String> packages = new ArrayList<>();
    for (String key : index.stringPropertyNames()) {
      if (key.endsWith(".model")) {
        String model = index.getProperty(key);
        packages.add("/" + model.substring(0, model.lastIndexOf('.')).replace('.', '/') + "/");
      }
    }
    return List.copyOf(packages);
  }

  @Test
  void rulesJudgeAsOfTheCallersDateAndNeverReadTheWallClock() {
    noClasses().should().callMethod(LocalDate.class, "now")
        .orShould().callMethod(LocalDateTime.class, "now")
        .orShould().callMethod(Instant.class, "now")
        .orShould().callMethod(Clock.class, "systemDefaultZone")
        .orShould().callMethod(Clock.class, "systemUTC")
        .orShould().callMethod(System.class, "currentTimeMillis")
        .because("every rule judges as of a date the caller passes")
        .check(CLASSES);
  }

  /**
   * The engine (the package-private classes of the API package, Caffeine style, and the helpers
   * of {@code internal}) compiles rules; the public types of the API, the facts and the test kit
   * do not.
   */
  @Test
  void onlyTheEngineCompilesRules() {
    noClasses().that().resideOutsideOfPackage("..internal..").and(arePublic())
        .should().dependOnClassesThat().resideInAnyPackage("org.drools.compiler..",
            "org.drools.base..", "org.kie.api.builder..")
        .check(CLASSES);
  }

  @Test
  void theModuleLogsThroughSlf4jOnly() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("java.util.logging..",
            "org.apache.logging.log4j..", "ch.qos.logback..")
        .orShould().accessField(System.class, "out")
        .orShould().accessField(System.class, "err")
        .check(CLASSES);
  }

  /**
   * The API, the facts and the test kit are what callers and rule authors compile against: none of
   * their public or protected constructors, methods, fields or supertypes names an internal type
   * (this module's or the model's) or a type Immutables generates, so that those can change in
   * any release.
   */
  @Test
  void publicSignaturesNameNoInternalOrGeneratedType() {
    classes().that().resideInAPackage("io.github.mentoring.rules..")
        .and().resideOutsideOfPackage("..internal..")
        .should(nameNoInternalOrGeneratedTypeInAPublicSignature())
        .check(CLASSES);
  }

  /** The facts are built inside their own package and report through an interface of their own. */
  @Test
  void theFactsDoNotDependOnTheEngine() {
    noClasses().that().resideInAPackage("io.github.mentoring.rules.facts..")
        .should().dependOnClassesThat().resideInAPackage("io.github.mentoring.rules.internal..")
        .because("the engine uses the facts, not the other way round")
        .check(CLASSES);
  }

  /**
   * {@code internal} is a leaf: its helpers (the designer-file sandbox, how evidence shows dates
   * and enumeration values) know nothing of the API, the facts or the test kit, so the API may use
   * them without a cycle. What needs the API's types (the engine, the judgement of one
   * relationship, the evidence map) lives in the API package, package-private.
   */
  @Test
  void theInternalHelpersDependOnNoApiPackage() {
    noClasses().that().resideInAPackage("io.github.mentoring.rules.internal..")
        .should().dependOnClassesThat().resideInAPackage("io.github.mentoring.rules")
        .orShould().dependOnClassesThat().resideInAnyPackage("io.github.mentoring.rules.facts..",
            "io.github.mentoring.rules.testkit..")
        .because("internal imported the API back (Judgement, RuleEngine), a cycle that made"
            + " every change to either side a change to both")
        .check(CLASSES);
  }

  /** A finding, a report and the other values callers keep are plain API types. */
  @Test
  void theValuesCallersKeepDependOnNoInternalClass() {
    noClasses().that().resideInAPackage("io.github.mentoring.rules").and().areRecords()
        .and(arePublic())
        .should().dependOnClassesThat().resideInAPackage("io.github.mentoring.rules.internal..")
        .check(CLASSES);
  }

  /** The packages below the API (facts, internal, testkit) depend on each other in one direction. */
  @Test
  void thePackagesBelowTheApiAreFreeOfCycles() {
    slices().matching("io.github.mentoring.rules.(*)..").should().beFreeOfCycles()
        .check(CLASSES);
  }

  private static ArchCondition<JavaClass> nameNoInternalOrGeneratedTypeInAPublicSignature() {
    return new ArchCondition<>("name no internal or generated type in a public signature") {
      @Override
      public void check(JavaClass type, ConditionEvents events) {
        if (!isExposed(type)) {
          return;
        }
        List<JavaType> supertypes = new ArrayList<>(type.getInterfaces());
        type.getSuperclass().ifPresent(supertypes::add);
        for (JavaType supertype : supertypes) {
          report(events, type, type.getName() + " extends or implements", supertype);
        }
        for (JavaMember member : type.getMembers()) {
          if (!isExposed(member)) {
            continue;
          }
          String where = member.getFullName();
          if (member instanceof JavaField field) {
            report(events, type, where, field.getType());
          } else if (member instanceof JavaCodeUnit code) {
            report(events, type, where, code.getReturnType());
            code.getParameterTypes().forEach(p -> report(events, type, where, p));
            code.getThrowsClause().getTypes().forEach(t -> report(events, type, where, t));
          }
        }
      }
    };
  }

  private static void report(ConditionEvents events, JavaClass owner, String where,
      JavaType named) {
    for (JavaClass raw : named.getAllInvolvedRawTypes()) {
      JavaClass base = raw.isArray() ? raw.getBaseComponentType() : raw;
      if (isInternal(base) || isGenerated(base)) {
        events.add(SimpleConditionEvent.violated(owner,
            where + " names " + base.getName() + " in its signature"));
      }
    }
  }

  private static DescribedPredicate<JavaClass> arePublic() {
    return DescribedPredicate.describe("are public", ArchitectureTest::isExposed);
  }

  /** Public, and (for a nested type) inside public types all the way out. */
  private static boolean isExposed(JavaClass type) {
    for (Optional<JavaClass> t = Optional.of(type); t.isPresent(); t = t.get().getEnclosingClass()) {
      if (!t.get().getModifiers().contains(JavaModifier.PUBLIC)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isExposed(JavaMember member) {
    return (member.getModifiers().contains(JavaModifier.PUBLIC)
        || member.getModifiers().contains(JavaModifier.PROTECTED))
        && !member.getModifiers().contains(JavaModifier.SYNTHETIC)
        && !member.getModifiers().contains(JavaModifier.BRIDGE);
  }

  private static boolean isInternal(JavaClass type) {
    return type.getPackageName().startsWith("io.github.mentoring.")
        && (type.getPackageName() + ".").contains(".internal.");
  }

  /** A type Immutables generates (the model's {@code Immutable*} implementations). */
  private static boolean isGenerated(JavaClass type) {
    return type.getPackageName().startsWith("io.github.mentoring.")
        && (type.getSimpleName().startsWith("Immutable")
            || type.isAnnotatedWith("org.immutables.value.Generated"));
  }
}
