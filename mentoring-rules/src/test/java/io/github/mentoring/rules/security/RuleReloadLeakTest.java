package io.github.mentoring.rules.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mentoring.rules.HealthCheck;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Building health checks one after another (as a service does each time it reloads its rules)
 * leaks nothing: once the first ones are gone, 200 more leave the number of loaded classes and the
 * metaspace in use where they were, within a bound far below what 200 kept rule bases would take.
 */
class RuleReloadLeakTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 27);

  private static String designerFile(int version) {
    return """
        package program.reload;
        import io.github.mentoring.rules.facts.*;
        global io.github.mentoring.rules.facts.Findings findings;

        rule "Quiet for a while, version %d"
            @id("program.quiet") @category("program") @severity("info") @description("x")
        when
            $r : RelationshipFacts( daysWithoutMeeting > %d )
        then
            findings.raise(drools, $r, "quiet", "meet", "days", $r.getDaysWithoutMeeting());
        end
        """.formatted(version, version % 30);
  }

  @Test
  void twoHundredRebuiltHealthChecksKeepLoadedClassesAndMetaspaceFlat() {
    for (int i = 0; i < 20; i++) {
      buildAndUse(i); // warm-up: Drools' and the JIT's own classes load once
    }
    settle();
    long classesBefore = ManagementFactory.getClassLoadingMXBean().getLoadedClassCount();
    long metaspaceBefore = metaspaceUsed();

    for (int i = 20; i < 220; i++) {
      buildAndUse(i);
    }
    settle();
    long classesAfter = ManagementFactory.getClassLoadingMXBean().getLoadedClassCount();
    long metaspaceAfter = metaspaceUsed();

    LoggerFactory.getLogger(RuleReloadLeakTest.class).info(
        "200 reloads: loaded classes {} -> {}, metaspace {} KB -> {} KB",
        classesBefore, classesAfter, metaspaceBefore / 1024, metaspaceAfter / 1024);
    // Each build generates a dozen or more classes; 200 kept builds would add thousands.
    assertThat(classesAfter - classesBefore).isLessThan(400);
    assertThat(metaspaceAfter - metaspaceBefore).isLessThan(8L * 1024 * 1024);
  }

  private static void buildAndUse(int version) {
    HealthCheck healthCheck = HealthCheck.builder().addRules("reload.drl", designerFile(version))
        .build();
    assertThat(healthCheck.check(HostileRuleFilesTest.relationship(), AS_OF).relationshipId())
        .isEqualTo("r-1");
  }

  private static void settle() {
    for (int i = 0; i < 4; i++) {
      System.gc();
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static long metaspaceUsed() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getName().equals("Metaspace"))
        .mapToLong(p -> p.getUsage().getUsed())
        .sum();
  }
}
