package io.github.mentoring.core.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What was known about a relationship on one day: the one place that answers "as of" questions,
 * so that every rule judges the same past. A record made later describes things that had not yet
 * happened on that day, and this view leaves them out:
 *
 * <ul>
 *   <li>a meeting dated on or before the day that is held, cancelled or missed is past; one dated
 *       on or after it and not called off by then is still ahead (a cancellation with no recorded
 *       time counts as known; a no-show only once its day has come);
 *   <li>a follow-up done or dropped after the day was still open on it;
 *   <li>a goal set after the day is not known; one achieved after it was still pursued;
 *   <li>a closure started after the day, and an end or early end recorded for after it, are not
 *       known;
 *   <li>progress updates and checks dated after the day are not known.
 * </ul>
 *
 * <p>Made with {@link #of}; cheap to make (the meetings are sorted the first time they are asked
 * for). Not thread-safe: a snapshot belongs to the code that judges one relationship on one day.
 */
public final class Snapshot {

  private final Relationship relationship;
  private final LocalDate day;
  // Worked out the first time a caller asks about meetings: many checks never do.
  private List<Meeting> past;
  private List<Meeting> held;
  private Meeting next;

  private Snapshot(Relationship relationship, LocalDate day) {
    this.relationship = Objects.requireNonNull(relationship, "relationship");
    this.day = Objects.requireNonNull(day, "day");
  }

  /** What was known about {@code relationship} on {@code day}. */
  public static Snapshot of(Relationship relationship, LocalDate day) {
    return new Snapshot(relationship, day);
  }

  /** The relationship as recorded (possibly later than the day). */
  public Relationship relationship() {
    return relationship;
  }

  /** The day this snapshot describes. */
  public LocalDate day() {
    return day;
  }

  // ---- meetings -------------------------------------------------------------------------------

  /**
   * Meetings dated on or before the day that were held, cancelled or missed, oldest first
   * (unmodifiable).
   */
  public List<Meeting> pastMeetings() {
    readMeetings();
    return past;
  }

  /** The held meetings among the past ones, oldest first (unmodifiable). */
  public List<Meeting> heldMeetings() {
    readMeetings();
    return held;
  }

  /** The last meeting held on or before the day. */
  public Optional<Meeting> lastHeldMeeting() {
    readMeetings();
    return held.isEmpty() ? Optional.empty() : Optional.of(held.get(held.size() - 1));
  }

  /** The first meeting planned on or after the day and not called off by then. */
  public Optional<Meeting> nextMeeting() {
    readMeetings();
    return Optional.ofNullable(next);
  }

  private void readMeetings() {
    if (past != null) {
      return;
    }
    List<Meeting> inOrder = relationship.meetingsInOrder();
    List<Meeting> pastMeetings = new ArrayList<>(inOrder.size());
    List<Meeting> heldMeetings = new ArrayList<>(inOrder.size());
    for (Meeting m : inOrder) {
      LocalDate date = m.date();
      if (!date.isAfter(day) && m.getStatus() != MeetingStatus.SCHEDULED) {
        pastMeetings.add(m);
        if (m.isHeld()) {
          heldMeetings.add(m);
        }
      } else if (!date.isBefore(day) && !calledOffBy(m) && next == null) {
        // On or after the day and not yet called off on it (held, missed or cancelled later):
        // still ahead then. A meeting left "scheduled" on an earlier day is not ahead.
        next = m;
      }
    }
    // Read-only views: every rule judging this day shares the snapshot, so none may change
    // what the others see.
    past = Collections.unmodifiableList(pastMeetings);
    held = Collections.unmodifiableList(heldMeetings);
  }

  /**
   * Whether the meeting was known on the day not to take place: cancelled on or before it (a
   * cancellation without a recorded time counts as known). A no-show is only known afterwards.
   */
  private boolean calledOffBy(Meeting m) {
    return m.getStatus() == MeetingStatus.CANCELLED
        && m.getCancelledAt().map(at -> !at.toLocalDate().isAfter(day)).orElse(true);
  }

  // ---- follow-ups and goals -------------------------------------------------------------------

  /**
   * Whether a follow-up was still open on the day: open now, or done or dropped only after it. An
   * item closed on an unknown day counts as closed.
   */
  public boolean isOpen(FollowUp followUp) {
    if (followUp.isOpen()) {
      return true;
    }
    return followUp.closedOn().map(closed -> closed.isAfter(day)).orElse(false);
  }

  /** Whether a goal had been set by the day (a goal with no set date always had). */
  public boolean isSet(SmartGoal goal) {
    return goal.getSetOn().map(set -> !set.isAfter(day)).orElse(true);
  }

  /**
   * Whether a goal was being pursued on the day: set by then, and neither dropped nor achieved by
   * then (a goal achieved after the day was still pursued on it).
   */
  public boolean isPursued(SmartGoal goal) {
    if (!isSet(goal)) {
      return false;
    }
    return goal.isActive() || goal.isAchieved()
        && goal.getAchievedOn().map(achieved -> achieved.isAfter(day)).orElse(false);
  }

  /** The progress checks of a goal made on or before the day. */
  public List<ProgressCheck> checksOf(SmartGoal goal) {
    List<ProgressCheck> known = new ArrayList<>(goal.getProgressChecks().size());
    for (ProgressCheck check : goal.getProgressChecks()) {
      if (!check.getDate().isAfter(day)) {
        known.add(check);
      }
    }
    return known;
  }

  /** The day of a partner's latest progress update on or before the day. */
  public Optional<LocalDate> lastUpdateFrom(PartnerRole role) {
    LocalDate last = null;
    for (ProgressUpdate u : relationship.getProgressUpdates()) {
      LocalDate date = u.getDate();
      if (u.getFrom() == role && !date.isAfter(day) && (last == null || date.isAfter(last))) {
        last = date;
      }
    }
    return Optional.ofNullable(last);
  }

  // ---- the end --------------------------------------------------------------------------------

  /** The closure, if it was started on or before the day. */
  public Optional<Closure> closure() {
    return relationship.getClosure().filter(c -> !c.getStartedOn().isAfter(day));
  }

  /** The actual end, if it is on or before the day. */
  public Optional<LocalDate> actualEnd() {
    return relationship.getActualEnd().filter(end -> !end.isAfter(day));
  }

  /** Whether the relationship had ended by the day. */
  public boolean isEnded() {
    return actualEnd().isPresent();
  }

  /**
   * The early end, if a partner had raised it by the day: on a known day no later than it, or (day
   * not recorded) once the relationship had ended.
   */
  public Optional<EarlyEnd> earlyEnd() {
    return relationship.getEarlyEnd().filter(e -> e.getRaisedOn()
        .map(raised -> !raised.isAfter(day)).orElse(isEnded()));
  }

  @Override
  public String toString() {
    return "Snapshot[" + relationship.getId() + " on " + day + "]";
  }
}
