package io.github.mentoring.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The core is a plain, validated model: it knows no rules engine, no JSON library and no logging
 * implementation, and its main code never reaches into the test fixtures. The first rules hold
 * for the main classes and the published test fixtures alike, the last ones for the main classes
 * alone.
 */
class ArchitectureTest {

  private static final String CORE = "io.github.mentoring.core";

  /** Main and test classes of the core: what ships in the jar and in the test jar. */
  private static JavaClasses everything;

  /** The main classes of the core only. */
  private static JavaClasses mainOnly;

  @BeforeAll
  static void importClasses() {
    // Classes outside the core are judged by name; resolving them from the class path would
    // import half of the JDK and of the test libraries. Scoped to this thread, so that the
    // setting does not leak into other tests.
    ArchConfiguration.withThreadLocalScope(config -> {
      config.setResolveMissingDependenciesFromClassPath(false);
      everything = new ClassFileImporter().importPackages(CORE);
      mainOnly = new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages(CORE);
    });
  }

  @Test
  void theCoreKnowsNoRulesEngine() {
    noClasses().that().resideInAPackage(CORE + "..")
        .should().dependOnClassesThat().resideInAnyPackage("org.drools..", "org.kie..")
        .because("the rules live in mentoring-rules; the model must stay usable without them")
        .check(everything);
  }

  @Test
  void theCoreKnowsNoJsonLibrary() {
    noClasses().that().resideInAPackage(CORE + "..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "com.fasterxml..", "tools.jackson..", "com.google.gson..", "jakarta.json..",
            "javax.json..", "org.json..")
        .because("reading and writing JSON is the business of the modules around the core")
        .check(everything);
  }

  @Test
  void theCoreLeavesTheChoiceOfLoggingImplementationToItsUsers() {
    noClasses().that().resideInAPackage(CORE + "..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "ch.qos.logback..", "org.apache.logging.log4j.core..", "org.slf4j.simple..",
            "org.slf4j.impl..")
        .because("a library does not choose how its users log")
        .check(everything);
  }

  @Test
  void theInternalsServeOnlyTheModelAndItsValidation() {
    classes().that().resideInAPackage(CORE + ".internal..")
        .should().onlyHaveDependentClassesThat().resideInAnyPackage(
            CORE + ".internal..", CORE + ".model..", CORE + ".validation..")
        .because("internal is not part of the API and may change in any release")
        .check(everything);
  }

  @Test
  void theModelNeverReachesIntoTheTestingPackage() {
    noClasses().that().resideInAPackage(CORE + "..")
        .should().dependOnClassesThat().resideInAPackage(CORE + ".testing..")
        .because("the generators ship in the test jar only")
        .check(mainOnly);
  }

  @Test
  void theMainCodeUsesNoTestLibrary() {
    noClasses().that().resideInAPackage(CORE + "..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.junit..", "org.assertj..", "com.tngtech.archunit..", "org.slf4j..")
        .because("test libraries are not on a user's class path")
        .check(mainOnly);
  }

  @Test
  void theMainCodeNeedsNothingButTheJdkAndBeanValidation() {
    classes().that().resideInAPackage(CORE + "..")
        .should().onlyDependOnClassesThat().resideInAnyPackage(
            CORE + "..", "java..", "javax.annotation.processing..", "jakarta.validation..",
            "org.hibernate.validator.constraints..", "org.immutables.value..")
        .because("the core's types should pull in nothing but Bean Validation")
        .check(mainOnly);
  }

  @Test
  void theImportSawBothTheModelAndTheFixtures() {
    assertThat(everything.containPackage(CORE + ".testing")).isTrue();
    assertThat(mainOnly.containPackage(CORE + ".testing")).isFalse();
    assertThat(mainOnly.contain(CORE + ".model.Relationship")).isTrue();
  }
}
