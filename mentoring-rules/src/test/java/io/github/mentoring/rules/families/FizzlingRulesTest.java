package io.github.mentoring.rules.families;

import io.github.mentoring.core.model.*;
import io.github.mentoring.rules.testkit.RuleVerifier;
import java.time.*;
import org.junit.jupiter.api.Test;

class FizzlingRulesTest {
  static final LocalDate AS_OF = LocalDate.of(2026, 11, 27);
  final RuleVerifier rules = RuleVerifier.builtIn();

  static Relationship weekly(LocalDate lastMeeting) {
    return Relationship.builder().id("r-1").mentor(Partner.of("ada")).mentee(Partner.of("ben"))
        .kind(RelationshipKind.FORMAL).phase(Phase.ACTIVE).startDate(LocalDate.of(2026, 6, 1))
        .agreement(Agreement.builder().meetingFrequency(Period.ofWeeks(1)).build())
        .addMeetings(Meeting.builder().id("m1").scheduledAt(lastMeeting.atTime(10, 0)).status(MeetingStatus.HELD).build())
        .build();
  }

  @Test
  void aWeeklyAgreementWithNoMeetingForThreeWeeksIsFizzling() {
    rules.verify("fizzling.no-recent-meeting").given(weekly(AS_OF.minusWeeks(3))).asOf(AS_OF)
        .fires().withEvidence("daysWithoutMeeting", 21).withEvidence("intervalDays", 7);
    rules.verify("fizzling.no-recent-meeting").given(weekly(AS_OF.minusDays(10))).asOf(AS_OF)
        .doesNotFire();
  }
}
