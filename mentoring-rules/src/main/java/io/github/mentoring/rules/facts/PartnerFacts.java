package io.github.mentoring.rules.facts;

import io.github.mentoring.core.model.Closure;
import io.github.mentoring.core.model.PartnerRole;
import io.github.mentoring.core.model.Relationship;
import io.github.mentoring.rules.Subject;
import java.util.Locale;

/** One per partner: their preparation, overdue items and closure contributions. */
public final class PartnerFacts extends Fact {

  private final PartnerRole role;
  private final String partnerId;
  private final Relationship relationship;
  private final int overdueFollowUps;
  private final MeetingHistory meetings; // read when a rule first asks about meetings
  private final Closure closure; // null unless started on or before the check date

  /**
   * Built by {@link FactBuilder}; {@code knownClosure} is the closure if it was started on or
   * before the check date, else null.
   */
  PartnerFacts(FindingSink sink, Relationship relationship, PartnerRole role,
      int overdueFollowUps, MeetingHistory meetings, Closure knownClosure) {
    super(sink, relationship.getPhase(), relationship.isFormal());
    this.role = role;
    this.partnerId = relationship.partner(role).getId();
    this.relationship = relationship;
    this.overdueFollowUps = overdueFollowUps;
    this.meetings = meetings;
    // Preparation, feedback and decision are read only when a rule asks: most rules on partners
    // judge some phases only.
    this.closure = knownClosure;
  }

  public PartnerRole getRole() {
    return role;
  }

  /** "mentor" or "mentee", for messages. */
  public String getRoleName() {
    return role.name().toLowerCase(Locale.ROOT); // for messages only: not worked out up front
  }

  public String getPartnerId() {
    return partnerId;
  }

  /** Whether the partner answered all three preparation questions. */
  public boolean isPrepared() {
    return relationship.preparationOf(role).map(p -> p.isComplete()).orElse(false);
  }

  /** Open follow-ups owned by this partner that were past due on the check date. */
  public int getOverdueFollowUps() {
    return overdueFollowUps;
  }

  /** Whether a meeting was held on or before the check date. */
  public boolean isFirstMeetingHeld() {
    return meetings.held() > 0;
  }

  /** Days until the first scheduled meeting; -1 when none is scheduled or one was held. */
  public int getDaysUntilFirstMeeting() {
    return meetings.daysUntilFirstMeeting();
  }

  /** Whether a closure was started on or before the check date. */
  public boolean isClosureStarted() {
    return closure != null;
  }

  /** Whether the partner gave complete closure feedback. */
  public boolean isFeedbackGiven() {
    return closure != null && closure.feedbackFrom(role).map(f -> f.isComplete()).orElse(false);
  }

  /** Whether the partner acknowledged what both learned and thanked the other. */
  public boolean isThanked() {
    return closure != null && closure.hasThanked(role);
  }

  /** Whether the partner said whether they want to continue informally. */
  public boolean isDecisionGiven() {
    return closure != null && closure.decisionOf(role).isPresent();
  }

  @Override
  public Subject subject() {
    return new Subject(Subject.Kind.PARTNER, getRoleName());
  }
}
