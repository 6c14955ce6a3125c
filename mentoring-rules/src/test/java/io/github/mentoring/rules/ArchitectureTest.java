package io.github.mentoring.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The layering of the rules module, checked. */
class ArchitectureTest {

  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.github.mentoring.rules");

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

  @Test
  void onlyTheInternalEngineCompilesRules() {
    noClasses().that().resideOutsideOfPackage("..internal..")
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
}
