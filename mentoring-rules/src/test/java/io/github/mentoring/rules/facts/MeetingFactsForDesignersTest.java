package io.github.mentoring.rules.facts;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mentoring.core.model.Meeting;
import io.github.mentoring.core.model.MeetingStatus;
import io.github.mentoring.core.model.Partner;
import io.github.mentoring.core.model.PartnerRole;
import io.github.mentoring.core.model.Phase;
import io.github.mentoring.core.model.Relationship;
import io.github.mentoring.core.model.RelationshipKind;
import io.github.mentoring.rules.Finding;
import io.github.mentoring.rules.HealthCheck;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a designer's rule reads of a meeting is what happened to it: the built-in rules ask
 * whether a meeting was cancelled only together with its notice (which only a cancelled meeting
 * has), so a designer's rule is where {@code cancelled} alone decides.
 */
class MeetingFactsForDesignersTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 27);

  private static final String CANCELLED_MEETINGS = """
      package program.meetings;
      import io.github.mentoring.rules.facts.*;
      global io.github.mentoring.rules.facts.Findings findings;
      global io.github.mentoring.rules.Policy policy;

      rule "A cancelled meeting"
          @id("program.cancelled-meeting") @category("program") @severity("info")
          @description("Lists the cancelled meetings, for the programme's monthly review")
          @message("Meeting {meetingId} was cancelled.")
          @advice("Ask whether it was made up.")
      when
          $m : MeetingFacts( cancelled )
      then
          findings.report(drools, $m, "meetingId", $m.getMeetingId());
      end
      """;

  private static Meeting meeting(String id, int daysAgo, MeetingStatus status) {
    Meeting.Builder b = Meeting.builder().id(id)
        .scheduledAt(AS_OF.minusDays(daysAgo).atTime(9, 0)).status(status);
    if (status == MeetingStatus.CANCELLED) {
      b.cancelledBy(PartnerRole.MENTEE).cancelledAt(AS_OF.minusDays(daysAgo + 2).atTime(9, 0));
    } else if (status == MeetingStatus.NO_SHOW) {
      b.noShowBy(PartnerRole.MENTOR);
    }
    return b.build();
  }

  @Test
  void aDesignersRuleSeesOnlyTheCancelledMeetingAsCancelledNotTheHeldOrTheMissedOnes() {
    Relationship pair = Relationship.builder().id("r-1").mentor(Partner.of("ada"))
        .mentee(Partner.of("ben")).kind(RelationshipKind.INFORMAL).phase(Phase.ACTIVE)
        .startDate(AS_OF.minusDays(60))
        .addMeetings(meeting("m1", 30, MeetingStatus.HELD), meeting("m2", 20, MeetingStatus.CANCELLED),
            meeting("m3", 10, MeetingStatus.NO_SHOW), meeting("m4", 3, MeetingStatus.HELD))
        .build();
    HealthCheck check = HealthCheck.builder().addRules("meetings.drl", CANCELLED_MEETINGS).build();

    List<String> messages = check.check(pair, AS_OF).findings().stream()
        .filter(f -> f.ruleId().equals("program.cancelled-meeting"))
        .map(Finding::message).toList();

    assertThat(messages).containsExactly("Meeting m2 was cancelled.");
  }
}
