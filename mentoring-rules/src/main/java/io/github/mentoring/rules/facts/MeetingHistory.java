package io.github.mentoring.rules.facts;

import io.github.mentoring.core.model.Meeting;
import io.github.mentoring.core.model.PartnerRole;
import io.github.mentoring.core.model.Relationship;
import io.github.mentoring.core.model.Snapshot;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A relationship's meetings as of the check date, read from its {@link Snapshot}: the gaps between
 * held meetings, the next one planned, the pattern of cancellations. Worked out the first time a
 * fact asks: facts of relationships past their active phase are rarely asked, and walking a long
 * history of meetings is much of the cost of building facts. Confined to the thread that checks the
 * relationship, like the facts that share it.
 */
final class MeetingHistory {

  private final Snapshot known;
  private final Relationship relationship;
  private final LocalDate asOf;
  private final int gapCount;
  private final int missedWindow;
  private final int missedThreshold;
  private final double missedShare;
  private boolean read;

  private List<Meeting> past;
  private Meeting firstUpcoming;
  private boolean nextScheduled;
  private int held;
  private LocalDate lastHeldOn;
  private int daysWithoutMeeting;
  private LocalDate nextOn;
  private int openGapDays;
  private List<Integer> recentGaps;
  private boolean gapsGrowing;
  private boolean missedPattern;
  private int recentScheduled;
  private int recentMissed;
  private int recentMissedByMentor;
  private int recentMissedByMentee;
  private int recentMoved;

  /**
   * @param gapCount how many of the latest gaps must each grow for the gaps to be growing
   * @param missedWindow how many of the latest past meetings are looked at for cancellations
   * @param missedThreshold the fewest cancelled or missed meetings that make a pattern
   * @param missedShare the share of meetings that must be missed, exceeded, for a pattern
   */
  MeetingHistory(Snapshot known, int gapCount, int missedWindow,
      int missedThreshold, double missedShare) {
    this.known = known;
    this.relationship = known.relationship();
    this.asOf = known.day();
    this.gapCount = gapCount;
    this.missedWindow = missedWindow;
    this.missedThreshold = missedThreshold;
    this.missedShare = missedShare;
  }

  private MeetingHistory read() {
    if (read) {
      return this;
    }
    past = known.pastMeetings();
    List<Meeting> heldMeetings = known.heldMeetings();
    firstUpcoming = known.nextMeeting().orElse(null);
    nextScheduled = firstUpcoming != null;
    held = heldMeetings.size();
    Meeting lastHeld = heldMeetings.isEmpty() ? null : heldMeetings.get(held - 1);
    lastHeldOn = lastHeld == null ? null : lastHeld.date();
    daysWithoutMeeting = days(lastHeldOn == null ? relationship.getStartDate() : lastHeldOn, asOf);
    nextOn = firstUpcoming == null ? null : firstUpcoming.date();
    // The gap still open is known to last at least until the next booked meeting: a meeting
    // booked far beyond the rhythm is drift seen today, not when its date comes.
    openGapDays = nextOn == null || lastHeldOn == null
        ? daysWithoutMeeting : Math.max(daysWithoutMeeting, days(lastHeldOn, nextOn));

    // Gaps between held meetings, then the gap still open.
    List<Integer> gaps = new ArrayList<>();
    for (int i = Math.max(1, held - gapCount); i < held; i++) {
      gaps.add(days(heldMeetings.get(i - 1).date(), heldMeetings.get(i).date()));
    }
    if (lastHeld != null) {
      gaps.add(openGapDays);
    }
    recentGaps = List.copyOf(gaps.subList(Math.max(0, gaps.size() - gapCount), gaps.size()));
    boolean growing = recentGaps.size() >= gapCount;
    for (int i = 1; growing && i < recentGaps.size(); i++) {
      growing = recentGaps.get(i) > recentGaps.get(i - 1);
    }
    gapsGrowing = growing;

    judgeCancellations();
    read = true;
    return this;
  }

  /**
   * Finds the most telling run of cancelled (and not moved) or missed meetings among the latest
   * past ones: of the stretches that end with the latest past meeting (up to the window), those
   * where at least the threshold number and more than the threshold share were missed; the one with the most missed
   * wins (the longer on a tie). "4 of the last 7" is the pattern, not the "2 of the last 3" a
   * fixed window would show. A pattern that the latest meetings have ended (as many held in a row
   * as the threshold, plus one) is over.
   */
  private void judgeCancellations() {
    // A cancelled meeting with a replacement was moved, not lost: the agreement's cancellation
    // terms exist so that partners can move a meeting.
    Set<String> replaced = new HashSet<>();
    for (Meeting m : relationship.getMeetings()) {
      m.getReplaces().ifPresent(replaced::add);
    }
    int size = Math.min(missedWindow, past.size());
    int heldInARow = 0;
    for (int i = past.size() - 1; i >= 0 && !lost(past.get(i), replaced); i--) {
      heldInARow++;
    }
    if (heldInARow > missedThreshold) {
      recentScheduled = Math.min(size, heldInARow);
      return;
    }
    int missed = 0;
    int bestMissed = 0;
    int bestLength = size == 0 ? 0 : Math.min(size, Math.max(1, missedThreshold + 1));
    for (int k = 1; k <= size; k++) {
      if (lost(past.get(past.size() - k), replaced)) {
        missed++;
      }
      if (missed >= missedThreshold && missed > missedShare * k && missed >= bestMissed) {
        bestMissed = missed;
        bestLength = k;
      }
    }
    missedPattern = bestMissed > 0;
    recentScheduled = bestLength;
    for (Meeting m : past.subList(past.size() - bestLength, past.size())) {
      if (m.isMissed() && replaced.contains(m.getId())) {
        recentMoved++;
      } else if (m.isMissed()) {
        recentMissed++;
        PartnerRole who = m.getCancelledBy().or(m::getNoShowBy).orElse(null);
        if (who == PartnerRole.MENTOR) {
          recentMissedByMentor++;
        } else if (who == PartnerRole.MENTEE) {
          recentMissedByMentee++;
        }
      }
    }
  }

  private static boolean lost(Meeting m, Set<String> replaced) {
    return m.isMissed() && !replaced.contains(m.getId());
  }

  /** Meetings on or before the check date that are no longer just scheduled, oldest first. */
  public List<Meeting> past() {
    return read().past;
  }

  /** Whether a meeting is planned on or after the check date and not called off by then. */
  public boolean nextScheduled() {
    return read().nextScheduled;
  }

  /**
   * Days from the check date to the first planned meeting while none has been held yet; -1 once
   * one was held or if none is planned.
   */
  public int daysUntilFirstMeeting() {
    read();
    return held == 0 && firstUpcoming != null ? days(asOf, firstUpcoming.date()) : -1;
  }

  /** Meetings held on or before the check date. */
  public int held() {
    return read().held;
  }

  /** The day of the last held meeting, or null. */
  public LocalDate lastHeldOn() {
    return read().lastHeldOn;
  }

  /** Days since the last held meeting, or since the start if none was held. */
  public int daysWithoutMeeting() {
    return read().daysWithoutMeeting;
  }

  /** The day of the first meeting planned on or after the check date, or null. */
  public LocalDate nextOn() {
    return read().nextOn;
  }

  /**
   * The gap still open since the last held meeting, in days: up to the check date, or up to the
   * next booked meeting if that is later; days without a meeting if none was held.
   */
  public int openGapDays() {
    return read().openGapDays;
  }

  /** The latest gaps between held meetings and the one still open, oldest first. */
  public List<Integer> recentGaps() {
    return read().recentGaps;
  }

  /** Whether each of the latest gaps is longer than the one before, as many as the policy asks. */
  public boolean gapsGrowing() {
    return read().gapsGrowing;
  }

  /** Whether the latest past meetings show a pattern of cancelled or missed meetings. */
  public boolean missedPattern() {
    return read().missedPattern;
  }

  /**
   * How many of the latest past meetings the cancellation pattern spans: the stretch with the most
   * cancelled or missed meetings that makes a pattern, else the threshold plus one (or fewer).
   */
  public int recentScheduled() {
    return read().recentScheduled;
  }

  /** Of those, the cancelled or missed: at least the threshold when there is a pattern. */
  public int recentMissed() {
    return read().recentMissed;
  }

  /** Of those, by the mentor. */
  public int recentMissedByMentor() {
    return read().recentMissedByMentor;
  }

  /** Of those meetings, the cancelled ones that were moved: a replacement was booked. */
  public int recentMoved() {
    return read().recentMoved;
  }

  /** Of those, by the mentee. */
  public int recentMissedByMentee() {
    return read().recentMissedByMentee;
  }

  private static int days(LocalDate from, LocalDate to) {
    return (int) ChronoUnit.DAYS.between(from, to);
  }
}
