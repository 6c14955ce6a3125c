package io.github.mentoring.core.model;

import static io.github.mentoring.core.model.Fixtures.at;
import static io.github.mentoring.core.model.Fixtures.relationship;
import static io.github.mentoring.core.testing.ModelAssertions.assertRefused;
import static io.github.mentoring.core.testing.ModelAssertions.violation;

import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Values built through their builders are always valid, so a relationship normally never sees an
 * invalid part. A hand-written implementation skips those checks; the relationship still catches
 * it, and reports it under the path of the part.
 */
class NestedValidationTest {

  @Test
  void aPartnerThatSkippedItsOwnChecksIsStillCaughtByTheRelationship() {
    Partner nameless = new Partner() {
      @Override
      public String getId() {
        return " ";
      }

      @Override
      public Optional<String> getName() {
        return Optional.of("");
      }
    };

    assertRefused("Relationship", () -> relationship().mentor(nameless).build())
        .containsExactly(
            violation("mentor.id", "must not be blank"),
            violation("mentor.name", "must not be blank"));
  }

  @Test
  void aMeetingThatSkippedItsOwnChecksIsReportedAtItsPlaceInTheList() {
    Meeting impossible = new HandWrittenMeeting("m02", at(2, 9), MeetingStatus.SCHEDULED, -5);

    assertRefused("Relationship", () -> relationship()
        .addMeetings(Fixtures.held("m01", at(1, 12)), impossible).build())
        .containsExactly(
            violation("meetings[1].actualMinutes", "must be greater than or equal to 0"),
            violation("meetings[1].actualMinutes", "only a held meeting has an actual length"));
  }

  /** A meeting written by hand, bypassing the builder and its checks. */
  private static final class HandWrittenMeeting extends Meeting {
    private final String id;
    private final LocalDateTime scheduledAt;
    private final MeetingStatus status;
    private final Integer actualMinutes;

    HandWrittenMeeting(String id, LocalDateTime at, MeetingStatus status, Integer actualMinutes) {
      this.id = id;
      this.scheduledAt = at;
      this.status = status;
      this.actualMinutes = actualMinutes;
    }

    @Override
    public String getId() {
      return id;
    }

    @Override
    public LocalDateTime getScheduledAt() {
      return scheduledAt;
    }

    @Override
    public Optional<LocalDateTime> getActualStart() {
      return Optional.empty();
    }

    @Override
    public Optional<Channel> getFormat() {
      return Optional.empty();
    }

    @Override
    public Optional<Integer> getPlannedMinutes() {
      return Optional.empty();
    }

    @Override
    public Optional<Integer> getActualMinutes() {
      return Optional.ofNullable(actualMinutes);
    }

    @Override
    public MeetingStatus getStatus() {
      return status;
    }

    @Override
    public Optional<PartnerRole> getCancelledBy() {
      return Optional.empty();
    }

    @Override
    public Optional<LocalDateTime> getCancelledAt() {
      return Optional.empty();
    }

    @Override
    public Optional<PartnerRole> getNoShowBy() {
      return Optional.empty();
    }

    @Override
    public Optional<Agenda> getAgenda() {
      return Optional.empty();
    }

    @Override
    public Optional<ConversationCheck> getWrapUp() {
      return Optional.empty();
    }

    @Override
    public Optional<String> getNotes() {
      return Optional.empty();
    }
  }
}
