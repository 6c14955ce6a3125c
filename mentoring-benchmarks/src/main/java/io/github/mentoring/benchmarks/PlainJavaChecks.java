package io.github.mentoring.benchmarks;

import io.github.mentoring.core.model.Agreement;
import io.github.mentoring.core.model.AgendaPolicy;
import io.github.mentoring.core.model.CancellationPolicy;
import io.github.mentoring.core.model.FollowUp;
import io.github.mentoring.core.model.FollowUpKind;
import io.github.mentoring.core.model.Meeting;
import io.github.mentoring.core.model.MeetingStatus;
import io.github.mentoring.core.model.PartnerRole;
import io.github.mentoring.core.model.Phase;
import io.github.mentoring.core.model.ProgressUpdate;
import io.github.mentoring.core.model.Relationship;
import io.github.mentoring.rules.Category;
import io.github.mentoring.rules.Finding;
import io.github.mentoring.rules.HealthReport;
import io.github.mentoring.rules.Policy;
import io.github.mentoring.rules.Severity;
import io.github.mentoring.rules.Subject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The baseline the benchmarks compare the rules engine with: the built-in fizzling and
 * missed-follow-up rules ({@code fizzling.drl}, {@code follow-ups.drl}) written as straight Java
 * over the model, computing what they need in one pass, with no facts and no engine. Used only by
 * the benchmarks; a test proves it finds exactly what those two DRL families find (same rule id,
 * category, severity, subject, message, evidence and advice).
 *
 * <p>Immutable and thread-safe. Keep it in step with the DRL files: when a rule of either family
 * changes, the equivalence test names the first relationship where the two disagree.
 */
public final class PlainJavaChecks {

  /** Relationships per parallel task in {@link #checkAll}, as in the health check's default batch. */
  static final int BATCH = 250;

  private final double warningFactor;
  private final double criticalFactor;
  private final int formalInterval;
  private final int informalInterval;
  private final int gapCount;
  private final int missedWindow;
  private final int missedThreshold;
  private final double missedShare;
  private final int nextStepsGraceDays;
  private final long defaultNoticeHours;
  private final int noNextMeetingDays;
  private final double shortMeetingRatio;
  private final int menteeSilenceDays;
  private final long defaultAgendaLeadHours;
  private final int lookbackDays;
  private final int criticalAfterDays;
  private final int pileUpCount;

  /** The checks with the thresholds of a policy. */
  public PlainJavaChecks(Policy policy) {
    this.warningFactor = policy.decimal("fizzling.warning-factor");
    this.criticalFactor = policy.decimal("fizzling.critical-factor");
    this.formalInterval = policy.integer("fizzling.default-interval-days.formal");
    this.informalInterval = policy.integer("fizzling.default-interval-days.informal");
    this.gapCount = Math.max(2, policy.integer("fizzling.growing-gaps-count"));
    this.missedWindow = policy.integer("fizzling.missed-window");
    this.missedThreshold = policy.integer("fizzling.missed-threshold");
    this.missedShare = policy.decimal("fizzling.missed-share");
    this.nextStepsGraceDays = policy.integer("follow-ups.next-steps-grace-days");
    this.defaultNoticeHours = policy.integer("fizzling.default-cancellation-notice-hours");
    this.noNextMeetingDays = policy.integer("fizzling.no-next-meeting-days");
    this.shortMeetingRatio = policy.decimal("fizzling.short-meeting-ratio");
    this.menteeSilenceDays = policy.integer("fizzling.mentee-silence-days");
    this.defaultAgendaLeadHours = policy.integer("fizzling.default-agenda-lead-hours");
    this.lookbackDays = policy.integer("fizzling.lookback-days");
    this.criticalAfterDays = policy.integer("follow-ups.critical-after-days");
    this.pileUpCount = policy.integer("follow-ups.pile-up-count");
  }

  /** The checks with the default policy. */
  public static PlainJavaChecks withDefaults() {
    return new PlainJavaChecks(Policy.defaults());
  }

  /** Judges one relationship: a report with the findings of the two families. */
  public HealthReport check(Relationship r, LocalDate asOf) {
    return HealthReport.of(r.getId(), asOf, findings(r, asOf));
  }

  /**
   * Judges a program, in batches of {@value #BATCH} on the common fork-join pool (every
   * processor) when {@code parallelism} is above 1; reports in input order. Compared with the
   * health check at 1 thread and at every processor, where both use as many threads.
   */
  public List<HealthReport> checkAll(List<Relationship> all, LocalDate asOf, int parallelism) {
    int batches = (all.size() + BATCH - 1) / BATCH;
    List<HealthReport> reports = new ArrayList<>(all.size());
    if (batches <= 1 || parallelism == 1) {
      for (Relationship r : all) {
        reports.add(check(r, asOf));
      }
      return reports;
    }
    IntStream.range(0, batches).parallel()
        .mapToObj(b -> {
          List<HealthReport> part = new ArrayList<>(BATCH);
          for (Relationship r : all.subList(b * BATCH, Math.min(all.size(), (b + 1) * BATCH))) {
            part.add(check(r, asOf));
          }
          return part;
        })
        .toList()
        .forEach(reports::addAll);
    return reports;
  }

  /** The findings of the fizzling and missed-follow-up checks, in no particular order. */
  public List<Finding> findings(Relationship r, LocalDate asOf) {
    List<Finding> found = new ArrayList<>();
    Phase phase = r.getPhase();
    boolean active = phase == Phase.ACTIVE;
    boolean followUpsJudged = active || phase == Phase.CLOSING;
    if (!followUpsJudged) {
      return found;
    }

    // -- meetings: the past ones (not after the check date, no longer scheduled) and the held
    List<Meeting> inOrder = r.meetingsInOrder();
    List<Meeting> past = new ArrayList<>(inOrder.size());
    int heldCount = 0;
    LocalDate lastHeldOn = null;
    LocalDate[] heldDays = new LocalDate[inOrder.size()];
    boolean nextScheduled = false;
    LocalDate nextOn = null;
    for (Meeting m : inOrder) {
      LocalDate day = m.date();
      if (!day.isAfter(asOf) && m.getStatus() != MeetingStatus.SCHEDULED) {
        past.add(m);
        if (m.isHeld()) {
          heldDays[heldCount++] = day;
          lastHeldOn = day;
        }
      } else if (!day.isBefore(asOf) && !calledOffBy(m, asOf)) {
        // ahead on the check date: on or after it, and not yet called off then
        if (!nextScheduled) {
          nextOn = day;
        }
        nextScheduled = true;
      }
    }

    Optional<Agreement> agreement = r.getAgreement();
    String id = r.getId();
    Subject relationship = new Subject(Subject.Kind.RELATIONSHIP, id);

    if (active) {
      int daysWithoutMeeting = days(lastHeldOn == null ? r.getStartDate() : lastHeldOn, asOf);
      Optional<Integer> agreedInterval = agreement.flatMap(Agreement::meetingIntervalDays);
      int interval = agreedInterval.orElse(r.isFormal() ? formalInterval : informalInterval);
      boolean intervalAgreed = agreedInterval.isPresent();
      String lastHeld = lastHeldOn == null ? "none" : lastHeldOn.toString();
      String next = nextOn == null ? "none" : nextOn.toString();
      // the gap still open lasts at least until the next booked meeting
      int openGap = nextOn == null || lastHeldOn == null
          ? daysWithoutMeeting : Math.max(daysWithoutMeeting, days(lastHeldOn, nextOn));
      boolean rhythmAgreed = r.isFormal() || intervalAgreed;

      if (daysWithoutMeeting > interval * warningFactor
          && daysWithoutMeeting <= interval * criticalFactor) {
        found.add(finding("fizzling.no-recent-meeting", Category.FIZZLING, Severity.WARNING,
            relationship,
            "No meeting has been held for " + daysWithoutMeeting
                + " days, against a rhythm of one every " + interval + " days.",
            "Reach out to your partner and put the next meeting in both calendars this week.",
            "daysWithoutMeeting", daysWithoutMeeting, "intervalDays", interval,
            "intervalAgreed", intervalAgreed, "lastHeldOn", lastHeld));
      }
      if (daysWithoutMeeting > interval * criticalFactor) {
        found.add(finding("fizzling.no-recent-meeting.critical", Category.FIZZLING,
            Severity.CRITICAL, relationship,
            "No meeting has been held for " + daysWithoutMeeting + " days, more than "
                + criticalFactor + " times the rhythm of one every " + interval + " days.",
            "Have an honest conversation about whether to restart with a new rhythm or to close "
                + "the relationship on purpose.",
            "daysWithoutMeeting", daysWithoutMeeting, "intervalDays", interval,
            "intervalAgreed", intervalAgreed, "lastHeldOn", lastHeld));
      }

      // the latest gaps between held meetings, the one still open last
      if (lastHeldOn != null && openGap > interval) {
        List<Integer> gaps = new ArrayList<>(gapCount);
        for (int i = Math.max(1, heldCount - gapCount + 1); i < heldCount; i++) {
          gaps.add(days(heldDays[i - 1], heldDays[i]));
        }
        gaps.add(openGap);
        boolean growing = gaps.size() >= gapCount;
        for (int i = 1; growing && i < gaps.size(); i++) {
          growing = gaps.get(i) > gaps.get(i - 1);
        }
        if (growing) {
          found.add(finding("fizzling.growing-gaps", Category.FIZZLING, Severity.WARNING,
              relationship,
              "The time between meetings keeps growing: "
                  + gaps.stream().map(String::valueOf).collect(Collectors.joining(", "))
                  + " days" + (nextOn != null && openGap > daysWithoutMeeting
                      ? ", the last up to the meeting booked for " + nextOn : "") + ".",
              "Agree a fixed slot that repeats at the agreed rhythm instead of finding a date "
                  + "each time.",
              "gapsInDays", List.copyOf(gaps), "intervalDays", interval, "nextOn", next));
        }
      }

      if (rhythmAgreed && heldCount > 0 && nextScheduled && openGap > interval * warningFactor) {
        found.add(finding("fizzling.next-meeting-far-off", Category.FIZZLING, Severity.WARNING,
            relationship,
            "The next meeting is booked for " + nextOn + ", " + openGap
                + " days after the last one on " + lastHeldOn + ", against a rhythm of one every "
                + interval + " days.",
            "Look for an earlier date that keeps the agreed rhythm, or agree openly on a slower "
                + "one.",
            "nextOn", next, "lastHeldOn", lastHeld, "plannedGapDays", openGap,
            "intervalDays", interval, "intervalAgreed", intervalAgreed));
      }

      // cancellations: the stretch of the latest past meetings with the most missed, where they
      // are at least the threshold and more than the share; moved meetings do not count
      Set<String> replaced = new HashSet<>();
      for (Meeting m : r.getMeetings()) {
        m.getReplaces().ifPresent(replaced::add);
      }
      int size = Math.min(missedWindow, past.size());
      int heldInARow = 0;
      for (int i = past.size() - 1; i >= 0; i--) {
        Meeting m = past.get(i);
        if (m.isMissed() && !replaced.contains(m.getId())) {
          break;
        }
        heldInARow++;
      }
      int bestMissed = 0;
      int bestLength = 0;
      if (heldInARow <= missedThreshold) {
        int missed = 0;
        for (int k = 1; k <= size; k++) {
          Meeting m = past.get(past.size() - k);
          if (m.isMissed() && !replaced.contains(m.getId())) {
            missed++;
          }
          if (missed >= missedThreshold && missed > missedShare * k && missed >= bestMissed) {
            bestMissed = missed;
            bestLength = k;
          }
        }
      }
      if (bestMissed > 0) {
        int missed = 0;
        int byMentor = 0;
        int byMentee = 0;
        int moved = 0;
        for (Meeting m : past.subList(past.size() - bestLength, past.size())) {
          if (m.isMissed() && replaced.contains(m.getId())) {
            moved++;
          } else if (m.isMissed()) {
            missed++;
            PartnerRole who = m.getCancelledBy().or(m::getNoShowBy).orElse(null);
            if (who == PartnerRole.MENTOR) {
              byMentor++;
            } else if (who == PartnerRole.MENTEE) {
              byMentee++;
            }
          }
        }
        boolean oneSide = byMentor == missed || byMentee == missed;
        found.add(finding("fizzling.repeated-cancellations", Category.FIZZLING, Severity.WARNING,
            relationship,
            missed + " of the last " + bestLength + " meetings were cancelled or missed"
                + (oneSide ? ", all by the " + (byMentor == missed ? "mentor" : "mentee")
                    : " (" + byMentor + " by the mentor, " + byMentee + " by the mentee)") + ".",
            "Talk about what keeps getting in the way, and choose a time or format that both "
                + "can keep.",
            "missed", missed, "ofLast", bestLength, "byMentor", byMentor, "byMentee", byMentee,
            "moved", moved));
      }

      if (rhythmAgreed && heldCount > 0 && !nextScheduled
          && daysWithoutMeeting >= noNextMeetingDays) {
        found.add(finding("fizzling.no-next-meeting", Category.FIZZLING, Severity.WARNING,
            relationship,
            "The last meeting was " + daysWithoutMeeting
                + " days ago and no next meeting is scheduled.",
            "End each meeting by setting the date and format of the next one.",
            "lastHeldOn", lastHeld, "daysWithoutMeeting", daysWithoutMeeting));
      }

      LocalDate lastUpdate = r.getStartDate();
      for (ProgressUpdate u : r.getProgressUpdates()) {
        if (u.getFrom() == PartnerRole.MENTEE && !u.getDate().isAfter(asOf)
            && u.getDate().isAfter(lastUpdate)) {
          lastUpdate = u.getDate();
        }
      }
      int silentDays = days(lastUpdate, asOf);
      if (silentDays > menteeSilenceDays) {
        found.add(finding("fizzling.silent-mentee", Category.FIZZLING, Severity.WARNING,
            relationship,
            "The mentee has shared no progress, setback or news for " + silentDays + " days.",
            "Mentee: send your mentor a short update on progress and struggles, even between "
                + "meetings.",
            "daysSinceMenteeUpdate", silentDays));
      }
    }

    // -- the recent past meetings, one by one
    Optional<Long> agreedNotice = agreement.flatMap(Agreement::getCancellation)
        .flatMap(CancellationPolicy::getMinimumNotice).map(Duration::toHours);
    long requiredNotice = agreedNotice.orElse(defaultNoticeHours);
    int agreementMinutes = agreement.flatMap(Agreement::getMeetingMinutes).orElse(-1);
    Optional<AgendaPolicy> agenda = agreement.flatMap(Agreement::getAgenda);
    boolean agendaRequired = agenda.map(AgendaPolicy::isSentAhead).orElse(false);
    long agendaLead = agenda.flatMap(AgendaPolicy::getLeadTime).map(Duration::toHours)
        .orElse(defaultAgendaLeadHours);
    Set<String> meetingsWithFollowUps = null;
    for (Meeting m : past) {
      LocalDate day = m.date();
      if (days(day, asOf) > lookbackDays) {
        continue;
      }
      Subject meeting = new Subject(Subject.Kind.MEETING, m.getId());
      if (m.getStatus() == MeetingStatus.CANCELLED) {
        if (active) {
          long notice = m.cancellationNotice().map(Duration::toHours).orElse(-1L);
          if (notice >= 0 && notice < requiredNotice) {
            PartnerRole by = m.getCancelledBy().orElse(null);
            found.add(finding("fizzling.late-cancellation", Category.FIZZLING, Severity.INFO,
                meeting,
                "Meeting " + m.getId() + " was cancelled by the "
                    + (by == null ? "unknown partner" : by.name().toLowerCase(Locale.ROOT)) + " "
                    + notice + " hours ahead; " + requiredNotice
                    + " hours of notice are expected.",
                "Give notice as agreed, through the agreed channel, and offer a new date in the "
                    + "same message.",
                "meetingId", m.getId(), "date", day.toString(), "cancelledBy", label(by),
                "noticeHours", notice, "requiredNoticeHours", requiredNotice));
          }
        }
        continue;
      }
      if (!m.isHeld()) {
        continue;
      }
      if (active) {
        int agreed = m.getPlannedMinutes().orElse(agreementMinutes);
        int actual = m.getActualMinutes().orElse(-1);
        if (agreed > 0 && actual >= 0 && actual < agreed * shortMeetingRatio) {
          found.add(finding("fizzling.short-meeting", Category.FIZZLING, Severity.INFO, meeting,
              "Meeting " + m.getId() + " lasted " + actual + " minutes of the " + agreed
                  + " agreed.",
              "Protect the agreed time, or agree a shorter length that both can give in full.",
              "meetingId", m.getId(), "date", day.toString(), "actualMinutes", actual,
              "agreedMinutes", agreed));
        }
        if (agendaRequired) {
          LocalDateTime scheduled = m.getScheduledAt();
          long sentAhead = m.getAgenda().flatMap(a -> a.getSentAt())
              .map(sent -> Duration.between(sent, scheduled).toHours()).orElse(-1L);
          if (sentAhead < agendaLead) {
            found.add(finding("fizzling.agenda-not-sent", Category.FIZZLING, Severity.INFO,
                meeting,
                sentAhead < 0
                    ? "No agenda was sent ahead of meeting " + m.getId() + "."
                    : "The agenda for meeting " + m.getId() + " arrived " + sentAhead
                        + " hours ahead; " + agendaLead + " hours were agreed.",
                "Mentee: send the agenda (updates, topics, action items, next date) in time for "
                    + "the mentor to add to it.",
                "meetingId", m.getId(), "date", day.toString(), "sentHoursAhead", sentAhead,
                "leadHours", agendaLead));
          }
        }
      }
      boolean nextSteps = m.getWrapUp().map(w -> w.hasNextSteps()).orElse(false);
      if (!nextSteps && days(day, asOf) >= nextStepsGraceDays) {
        if (meetingsWithFollowUps == null) {
          meetingsWithFollowUps = new HashSet<>();
          for (FollowUp f : r.getFollowUps()) {
            f.getFromMeeting().ifPresent(meetingsWithFollowUps::add);
          }
        }
        if (!meetingsWithFollowUps.contains(m.getId())) {
          found.add(finding("follow-ups.no-next-steps", Category.MISSED_FOLLOW_UP,
              Severity.WARNING, meeting,
              "Meeting " + m.getId() + " on " + day + " ended with no next steps and no "
                  + "follow-up recorded.",
              "Close each conversation by asking what was useful, what the next steps are, and "
                  + "what the mentee will do before next time; write the answers down.",
              "meetingId", m.getId(), "date", day.toString(), "followUpsFromMeeting", 0));
        }
      }
    }

    // -- follow-ups, as they stood on the check date
    int mentorOverdue = 0;
    int menteeOverdue = 0;
    for (FollowUp f : r.getFollowUps()) {
      boolean open = f.isOpen() || f.closedOn().filter(closed -> closed.isAfter(asOf)).isPresent();
      if (!open) {
        continue;
      }
      PartnerRole owner = f.getOwner().flatMap(r::roleOf).orElse(null);
      LocalDate due = f.getDue().orElse(null);
      int overdue = due != null && due.isBefore(asOf) ? days(due, asOf) : 0;
      Subject item = new Subject(Subject.Kind.FOLLOW_UP, f.getId());
      String kind = kindLabel(f.getKind());
      String ownerLabel = owner == null ? "nobody"
          : "the " + owner.name().toLowerCase(Locale.ROOT);
      String dueText = due == null ? "none" : due.toString();
      if (overdue > 0) {
        if (owner == PartnerRole.MENTOR) {
          mentorOverdue++;
        } else if (owner == PartnerRole.MENTEE) {
          menteeOverdue++;
        }
        if (overdue < criticalAfterDays) {
          found.add(finding("follow-ups.overdue", Category.MISSED_FOLLOW_UP, Severity.WARNING,
              item,
              "The " + kind + " " + f.getId() + " (owner: " + ownerLabel + ") was due on " + due
                  + " and is " + overdue + " days overdue.",
              owner != null
                  ? "Remind " + ownerLabel + " of it, and either finish it or agree a new due "
                      + "date before the next meeting."
                  : "Decide who takes it on, then finish it or agree a new due date before the "
                      + "next meeting.",
              "followUpId", f.getId(), "kind", label(f.getKind()), "owner", label(owner),
              "due", dueText, "daysOverdue", overdue));
        } else {
          found.add(finding("follow-ups.long-overdue", Category.MISSED_FOLLOW_UP,
              Severity.CRITICAL, item,
              "The " + kind + " " + f.getId() + " (owner: " + ownerLabel + ") was due on " + due
                  + " and has been overdue for " + overdue + " days.",
              "Talk about it openly at the next contact: finish it now, set a date both believe "
                  + "in, or drop it on purpose.",
              "followUpId", f.getId(), "kind", label(f.getKind()), "owner", label(owner),
              "due", dueText, "daysOverdue", overdue));
        }
      }
      if (owner == null) {
        found.add(finding("follow-ups.no-owner", Category.MISSED_FOLLOW_UP, Severity.WARNING,
            item,
            "Nobody owns the " + kind + " " + f.getId() + ".",
            "Agree which partner takes it on, so that it does not fall between the two of you.",
            "followUpId", f.getId(), "kind", label(f.getKind()), "due", dueText));
      }
      if (due == null) {
        found.add(finding("follow-ups.no-due-date", Category.MISSED_FOLLOW_UP, Severity.INFO,
            item,
            "The " + kind + " " + f.getId() + " (owner: " + ownerLabel + ") has no due date.",
            "Agree when it should be done; before the next meeting is a good default.",
            "followUpId", f.getId(), "kind", label(f.getKind()), "owner", label(owner)));
      }
    }
    pileUp(r, PartnerRole.MENTOR, mentorOverdue, found);
    pileUp(r, PartnerRole.MENTEE, menteeOverdue, found);
    return found;
  }

  private void pileUp(Relationship r, PartnerRole role, int overdue, List<Finding> found) {
    if (overdue > 0 && overdue >= pileUpCount) {
      String name = role.name().toLowerCase(Locale.ROOT);
      found.add(finding("follow-ups.pile-up", Category.MISSED_FOLLOW_UP, Severity.CRITICAL,
          new Subject(Subject.Kind.PARTNER, name),
          "The " + name + " has " + overdue + " overdue follow-ups at once.",
          "Go through the list together: finish what still matters, re-date what is realistic, "
              + "and drop the rest on purpose.",
          "role", name, "partnerId", r.partner(role).getId(), "count", overdue));
    }
  }

  private static Finding finding(String ruleId, Category category, Severity severity,
      Subject subject, String message, String advice, Object... evidence) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < evidence.length; i += 2) {
      map.put((String) evidence[i], evidence[i + 1]);
    }
    return new Finding(ruleId, category, severity, subject, message, map, advice);
  }

  /** An enum as findings show it in evidence: lower case, dashes; "none" for nothing. */
  private static String label(Enum<?> value) {
    return value == null ? "none" : value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static String kindLabel(FollowUpKind kind) {
    return switch (kind) {
      case ACTION_STEP -> "action step";
      case INFORMATION -> "promised information";
      case RESOURCE -> "promised resource";
      case CONTACT -> "promised contact";
    };
  }

  /** Cancelled on or before the check date (a cancellation with no time counts as known). */
  private static boolean calledOffBy(Meeting m, LocalDate asOf) {
    return m.getStatus() == MeetingStatus.CANCELLED
        && m.getCancelledAt().map(at -> !at.toLocalDate().isAfter(asOf)).orElse(true);
  }

  private static int days(LocalDate from, LocalDate to) {
    return (int) ChronoUnit.DAYS.between(from, to);
  }
}
