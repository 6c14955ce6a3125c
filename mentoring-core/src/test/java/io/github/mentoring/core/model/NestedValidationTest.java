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

      @Override
      public Partner withId(String value) {
        throw new UnsupportedOperationException();
      }

      @Override
      public Partner withName(String value) {
        throw new UnsupportedOperationException();
      }

      @Override
      public Partner withName(Optional<String> optional) {
        throw new UnsupportedOperationException();
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

  /**
   * A meeting written by hand, bypassing the builder and its checks. The {@code with*} copies that
   * every meeting offers are never called here.
   */
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
    public Optional<String> getReplaces() {
      return Optional.empty();
    }

    @Override
    public Optional<String> getNotes() {
      return Optional.empty();
    }

    @Override
    public Meeting withReplaces(String value) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Meeting withReplaces(Optional<String> optional) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Meeting withId(String value) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Meeting withScheduledAt(LocalDateTime value) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Meeting withActualStart(LocalDateTime value) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Meeting withActualStart(Optional<? extends LocalDateTime> optional) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Meeting withFormat(Channel value) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Meeting withFormat(Optional<? extends Channel> optional) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Meeting withPlannedMinutes(int value) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Meeting withPlannedMinutes(Optional<Integer> optional) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Meeting withActualMinutes(int value) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Meeting withActualMinutes(Optional<Integer> optional) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Meeting withStatus(MeetingStatus value) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Meeting withCancelledBy(PartnerRole value) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Meeting withCancelledBy(Optional<? extends PartnerRole> optional) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Meeting withCancelledAt(LocalDateTime value) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Meeting withCancelledAt(Optional<? extends LocalDateTime> optional) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Meeting withNoShowBy(PartnerRole value) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Meeting withNoShowBy(Optional<? extends PartnerRole> optional) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Meeting withAgenda(Agenda value) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Meeting withAgenda(Optional<? extends Agenda> optional) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Meeting withWrapUp(ConversationCheck value) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Meeting withWrapUp(Optional<? extends ConversationCheck> optional) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Meeting withNotes(String value) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Meeting withNotes(Optional<String> optional) {
      throw new UnsupportedOperationException();
    }
  }
}
