package io.github.mentoring.rules.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mentoring.core.model.Agreement;
import io.github.mentoring.core.model.Meeting;
import io.github.mentoring.core.model.MeetingStatus;
import io.github.mentoring.core.model.Partner;
import io.github.mentoring.core.model.Phase;
import io.github.mentoring.core.model.Relationship;
import io.github.mentoring.core.model.RelationshipKind;
import io.github.mentoring.rules.HealthCheck;
import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;

/** What a rule gives {@code findings.report} as evidence, and what it is told when that is wrong. */
class FindingsEvidenceTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 27);

  /** A pair whose consequence names the critical flag and forgets the condition after it. */
  private static final String FLAG_WITHOUT_VALUE = """
      package program.pairs;
      import io.github.mentoring.rules.facts.*;
      global io.github.mentoring.rules.facts.Findings findings;
      global io.github.mentoring.rules.Policy policy;

      rule "Quiet"
          @id("program.quiet") @category("program") @severity("warning") @description("x")
          @message("Quiet for {days} days.")
          @advice("Meet.")
          @critical("program.quiet.critical") @criticalDescription("y")
          @criticalMessage("Silent.") @criticalAdvice("Call.")
      when
          $r : RelationshipFacts( daysWithoutMeeting > 30 )
      then
          findings.report(drools, $r, "days", $r.getDaysWithoutMeeting(), "_critical");
      end
      """;

  @Test
  void aCriticalFlagWithNoValueAfterItIsReportedAsEvidenceThatIsNotInPairs() {
    Relationship quiet = Relationship.builder().id("r-1").mentor(Partner.of("ada"))
        .mentee(Partner.of("ben")).kind(RelationshipKind.FORMAL).phase(Phase.ACTIVE)
        .startDate(AS_OF.minusDays(200))
        .agreement(Agreement.builder().meetingFrequency(Period.ofWeeks(1)).build())
        .addMeetings(Meeting.builder().id("m1").scheduledAt(AS_OF.minusDays(40).atTime(9, 0))
            .status(MeetingStatus.HELD).build())
        .build();
    HealthCheck check = HealthCheck.builder().addRules("pairs.drl", FLAG_WITHOUT_VALUE).build();

    // The designer's mistake is named as such, not as an index out of bounds in the library.
    assertThatThrownBy(() -> check.check(quiet, AS_OF))
        .hasStackTraceContaining("evidence must be given as key, value pairs; got 3 items")
        .satisfies(e -> assertThat(e).hasRootCauseInstanceOf(IllegalArgumentException.class));
  }
}
