package io.github.mentoring.core.model;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** Small valid values for the model tests: Ada mentors Ben from Monday 5 January 2026. */
final class Fixtures {

  static final String ADA = "mentor-ada";
  static final String BEN = "mentee-ben";
  static final LocalDate START = LocalDate.of(2026, 1, 5);
  static final LocalDate PLANNED_END = LocalDate.of(2026, 6, 30);

  private Fixtures() {}

  /** A formal, active relationship with nothing but its required values and a planned end. */
  static Relationship.Builder relationship() {
    return Relationship.builder()
        .id("r-1")
        .mentor(Partner.of(ADA))
        .mentee(Partner.of(BEN))
        .kind(RelationshipKind.FORMAL)
        .phase(Phase.ACTIVE)
        .startDate(START)
        .plannedEnd(PLANNED_END);
  }

  static LocalDateTime at(int month, int day) {
    return LocalDateTime.of(2026, month, day, 10, 0);
  }

  static Meeting held(String id, LocalDateTime when) {
    return Meeting.builder().id(id).scheduledAt(when).status(MeetingStatus.HELD)
        .plannedMinutes(45).actualMinutes(45).build();
  }

  static Meeting scheduled(String id, LocalDateTime when) {
    return Meeting.builder().id(id).scheduledAt(when).status(MeetingStatus.SCHEDULED).build();
  }

  static Meeting cancelled(String id, LocalDateTime when, LocalDateTime calledOff) {
    return Meeting.builder().id(id).scheduledAt(when).status(MeetingStatus.CANCELLED)
        .cancelledBy(PartnerRole.MENTOR).cancelledAt(calledOff).build();
  }

  static FollowUp followUp(String id, String owner) {
    return FollowUp.builder().id(id).description("Send the article on feedback").owner(owner)
        .build();
  }

  static SmartGoal goal(String id) {
    return SmartGoal.builder().id(id)
        .statement("Lead two team retrospectives and get written feedback by 30 June")
        .build();
  }
}
