package io.github.mentoring.rules.modulepath;

import io.github.mentoring.core.testing.Samples;
import io.github.mentoring.rules.Finding;
import io.github.mentoring.rules.HealthCheck;
import io.github.mentoring.rules.HealthReport;
import java.time.LocalDate;

/**
 * Run by {@link ModulePathTest} in a JVM of its own, with mentoring-core, mentoring-rules and
 * their dependencies on the module path and this class on the class path: it uses the exported
 * API as a user's program would, with the built-in rules and a designer's file (the classic
 * builder and the sandbox), and prints what it found.
 */
public final class ModulePathMain {

  private ModulePathMain() {}

  /** Checks the sample fizzling relationship; prints the module and the rule ids found. */
  public static void main(String[] args) {
    LocalDate asOf = LocalDate.of(2026, 11, 27);
    HealthCheck healthCheck = HealthCheck.builder()
        .addRules("quiet.drl", """
            package program.rules;

            import io.github.mentoring.rules.facts.*;

            global io.github.mentoring.rules.facts.Findings findings;
            global io.github.mentoring.rules.Policy policy;

            rule "Quiet"
                @id("program.quiet") @category("program") @severity("info")
                @description("Partners have not met for a while")
                @message("No meeting for {days} days.") @advice("Meet.")
            when
                $r : RelationshipFacts( daysWithoutMeeting > 1 )
            then
                findings.report(drools, $r, "days", $r.getDaysWithoutMeeting());
            end
            """)
        .build();
    HealthReport report = healthCheck.check(Samples.fizzlingFormal(asOf), asOf);
    System.out.println("module " + HealthCheck.class.getModule().getName());
    System.out.println("status " + report.status());
    for (Finding finding : report.findings()) {
      System.out.println("finding " + finding.ruleId());
    }
  }
}
