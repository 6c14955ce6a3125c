package io.github.mentoring.rules.facts;

import io.github.mentoring.core.model.Channel;
import io.github.mentoring.core.model.EarlyEnd;
import io.github.mentoring.core.model.PartnerRole;
import io.github.mentoring.core.model.Relationship;
import io.github.mentoring.core.model.SmartGoal;
import io.github.mentoring.core.model.Snapshot;
import io.github.mentoring.rules.Subject;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * One per relationship: the values that rules about the relationship as a whole compare with
 * thresholds, computed once in Java from the model and the check date. Days are counted up to the
 * check date; events after it are not yet known.
 */
public final class RelationshipFacts extends Fact {

  private final Relationship relationship;
  private final LocalDate asOf;
  private final int daysSinceStart;
  private final int intervalDays;
  private final boolean intervalAgreed;
  private final MeetingHistory meetings; // read when a rule first asks about meetings
  // Worked out when a rule first asks (one built-in rule does, for active relationships only).
  private boolean menteeUpdateRead;
  private int daysSinceMenteeUpdate;
  private final LocalDate plannedEnd;
  private final int daysUntilPlannedEnd;
  private final boolean closureStarted;
  private final boolean endedEarly;
  private final int daysInPhase;
  private final Snapshot known;
  private final EarlyEnd earlyEnd; // raised on or before the check date, else null
  private final boolean ended;
  private final int goals;
  private final int activeGoals;
  private final boolean agreement;
  private final boolean roadmap;

  /**
   * Built by {@link FactBuilder}; see the getters for what each value means. {@code known} is what
   * was known about the relationship on the check date.
   */
  RelationshipFacts(FindingSink sink, Relationship relationship, LocalDate asOf,
      int daysSinceStart, int intervalDays, boolean intervalAgreed, MeetingHistory meetings,
      LocalDate plannedEnd, int daysUntilPlannedEnd, Snapshot known) {
    super(sink, relationship.getPhase(), relationship.isFormal());
    this.known = known;
    this.relationship = relationship;
    this.asOf = asOf;
    this.daysSinceStart = daysSinceStart;
    this.intervalDays = intervalDays;
    this.intervalAgreed = intervalAgreed;
    this.meetings = meetings;
    this.plannedEnd = plannedEnd;
    this.daysUntilPlannedEnd = daysUntilPlannedEnd;
    this.closureStarted = known.closure().isPresent();
    this.ended = known.isEnded();
    this.endedEarly = relationship.isEndedEarly() && ended;
    this.daysInPhase = relationship.getPhaseSince()
        .map(since -> (int) Math.max(0, ChronoUnit.DAYS.between(since, asOf))).orElse(-1);
    this.earlyEnd = known.earlyEnd().orElse(null);
    int set = 0;
    int pursued = 0;
    for (SmartGoal goal : relationship.getGoals()) {
      set += known.isSet(goal) ? 1 : 0;
      pursued += known.isPursued(goal) ? 1 : 0;
    }
    this.goals = set;
    this.activeGoals = pursued;
    this.agreement = relationship.getAgreement().isPresent();
    this.roadmap = relationship.getRoadmap().filter(r -> !r.getEntries().isEmpty()).isPresent();
  }

  /** The actual end date if it is on or before the check date, else null. */
  public LocalDate getActualEnd() {
    return ended ? relationship.getActualEnd().orElse(null) : null;
  }

  /** The date the relationship is judged on. */
  public LocalDate getAsOf() {
    return asOf;
  }

  /** Days from the start date to the check date (negative before the start). */
  public int getDaysSinceStart() {
    return daysSinceStart;
  }

  /** The meeting rhythm in days: the agreed frequency, else the policy's default for the kind. */
  public int getIntervalDays() {
    return intervalDays;
  }

  /** Whether the rhythm comes from the agreement rather than a default. */
  public boolean isIntervalAgreed() {
    return intervalAgreed;
  }

  /** Meetings held on or before the check date. */
  public int getHeldMeetings() {
    return meetings.held();
  }

  /** The day of the last held meeting, or null if none was held. */
  public LocalDate getLastHeldOn() {
    return meetings.lastHeldOn();
  }

  /** Days since the last held meeting, or since the start if none was held yet. */
  public int getDaysWithoutMeeting() {
    return meetings.daysWithoutMeeting();
  }

  /** Whether a meeting is scheduled on or after the check date. */
  public boolean isNextMeetingScheduled() {
    return meetings.nextScheduled();
  }

  /** The latest gaps in days between held meetings, oldest first (at most the policy's count). */
  public List<Integer> getRecentGaps() {
    return meetings.recentGaps();
  }

  /**
   * Whether each of the latest gaps was longer than the one before, the one still open (up to the
   * next booking, if later) included.
   */
  public boolean isGapsGrowing() {
    return meetings.gapsGrowing();
  }

  /** The day of the next meeting booked on or after the check date, or null if none is. */
  public LocalDate getNextOn() {
    return meetings.nextOn();
  }

  /**
   * Days the current gap since the last held meeting lasts as far as is known on the check date:
   * up to the check date, or up to the next booked meeting if that is later (days without a
   * meeting if none was held).
   */
  public int getOpenGapDays() {
    return meetings.openGapDays();
  }

  /**
   * Whether the latest past meetings show a pattern of cancellations and no-shows: at least the
   * policy's threshold of them, and more than its share, among the latest (up to the window).
   */
  public boolean isCancellationPattern() {
    return meetings.missedPattern();
  }

  /** How many of the latest past meetings the cancellation counts below cover. */
  public int getRecentScheduled() {
    return meetings.recentScheduled();
  }

  /** Of those, how many were cancelled or missed. */
  public int getRecentMissed() {
    return meetings.recentMissed();
  }

  /** Of those, how many the mentor cancelled or missed. */
  public int getRecentMissedByMentor() {
    return meetings.recentMissedByMentor();
  }

  /** Of those, how many were cancelled but moved to a replacement (not counted as missed). */
  public int getRecentMoved() {
    return meetings.recentMoved();
  }

  /** Of those, how many the mentee cancelled or missed. */
  public int getRecentMissedByMentee() {
    return meetings.recentMissedByMentee();
  }

  /** Days since the mentee's last progress update, or since the start if there was none. */
  public int getDaysSinceMenteeUpdate() {
    if (!menteeUpdateRead) {
      LocalDate start = relationship.getStartDate();
      LocalDate last = known.lastUpdateFrom(PartnerRole.MENTEE)
          .filter(day -> day.isAfter(start)).orElse(start);
      daysSinceMenteeUpdate = (int) ChronoUnit.DAYS.between(last, asOf);
      menteeUpdateRead = true;
    }
    return daysSinceMenteeUpdate;
  }

  /** Whether a planned end is known (the relationship's or the agreement's). */
  public boolean isPlannedEndKnown() {
    return plannedEnd != null;
  }

  /** The planned end, or null. */
  public LocalDate getPlannedEnd() {
    return plannedEnd;
  }

  /** Days from the check date to the planned end: negative once it has passed; 0 if unknown. */
  public int getDaysUntilPlannedEnd() {
    return daysUntilPlannedEnd;
  }

  /** Whether a closure was started on or before the check date. */
  public boolean isClosureStarted() {
    return closureStarted;
  }

  /** Whether the relationship ended before its planned end, on or before the check date. */
  public boolean isEndedEarly() {
    return endedEarly;
  }

  /**
   * Days since the current phase began, as of the check date (0 if it began later); -1 when the
   * day it began is not recorded.
   */
  public int getDaysInPhase() {
    return daysInPhase;
  }

  /** Whether the day the current phase began is recorded. */
  public boolean isPhaseSinceKnown() {
    return daysInPhase >= 0;
  }

  /** Whether a partner had asked to end early by the check date. */
  public boolean isEarlyEndRaised() {
    return earlyEnd != null;
  }

  /** The partner who asked to end early, or null if not known (or not raised). */
  public PartnerRole getEarlyEndRaisedBy() {
    return earlyEnd == null ? null : earlyEnd.getRaisedBy().orElse(null);
  }

  /** The day an early end was raised, or null. */
  public LocalDate getEarlyEndRaisedOn() {
    return earlyEnd == null ? null : earlyEnd.getRaisedOn().orElse(null);
  }

  /** How an early end was raised, or null if not known (or not raised). */
  public Channel getEarlyEndRaisedThrough() {
    return earlyEnd == null ? null : earlyEnd.getRaisedThrough().orElse(null);
  }

  /**
   * Whether an early end was raised in writing (email or chat) rather than in a conversation;
   * false when the channel is not known.
   */
  public boolean isEarlyEndRaisedInWriting() {
    return earlyEnd != null && !earlyEnd.raisedInConversation().orElse(true);
  }

  /** Whether the formal relationship has an actual end date on or before the check date. */
  public boolean isEnded() {
    return ended;
  }

  /** Goals set by the check date (goals with no set date count as set from the start). */
  public int getGoals() {
    return goals;
  }

  /** Goals pursued on the check date: set by then, and neither achieved nor dropped by then. */
  public int getActiveGoals() {
    return activeGoals;
  }

  public boolean isAgreementPresent() {
    return agreement;
  }

  /** Whether a roadmap with at least one entry exists. */
  public boolean isRoadmapPresent() {
    return roadmap;
  }

  @Override
  public Subject subject() {
    return new Subject(Subject.Kind.RELATIONSHIP, getRelationshipId());
  }
}
