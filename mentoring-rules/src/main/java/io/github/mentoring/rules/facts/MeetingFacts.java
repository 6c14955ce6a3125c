package io.github.mentoring.rules.facts;

import io.github.mentoring.core.model.Agenda;
import io.github.mentoring.core.model.FollowUp;
import io.github.mentoring.core.model.ConversationCheck;
import io.github.mentoring.core.model.Meeting;
import io.github.mentoring.core.model.MeetingStatus;
import io.github.mentoring.core.model.PartnerRole;
import io.github.mentoring.core.model.Relationship;
import io.github.mentoring.rules.Subject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One per recent past meeting (scheduled within the policy's look-back and not after the check
 * date): what the meeting-level rules read. Unknown numbers are -1.
 */
public final class MeetingFacts extends Fact {

  private static final long UNKNOWN = Long.MIN_VALUE;

  private final String meetingId;
  private final MeetingStatus status;
  private final LocalDate date;
  private final int daysAgo;
  private final PartnerRole cancelledBy;
  private final long requiredNoticeHours;
  private final boolean noticeAgreed;
  private final int agreedMinutes;
  private final boolean agendaRequired;
  private final long agendaLeadHours;
  private final Meeting meeting;
  private final List<FollowUp> followUps;
  // Worked out when a rule first asks: most meetings are ruled out by phase or status before.
  // A fact lives in one session on one thread, so plain fields do.
  private long noticeHours = UNKNOWN;
  private long agendaSentHoursAhead = UNKNOWN;
  private int followUpsFromMeeting = -1;

  /** Built by {@link FactBuilder}; see the getters for what each value means. */
  MeetingFacts(FindingSink sink, Relationship relationship, Meeting meeting, int daysAgo,
      long requiredNoticeHours, boolean noticeAgreed, int agreedMinutes, boolean agendaRequired,
      long agendaLeadHours) {
    super(sink, relationship.getPhase(), relationship.isFormal());
    this.meeting = meeting;
    this.followUps = relationship.getFollowUps();
    this.meetingId = meeting.getId();
    this.status = meeting.getStatus();
    this.date = meeting.date();
    this.daysAgo = daysAgo;
    this.cancelledBy = meeting.getCancelledBy().orElse(null);
    this.requiredNoticeHours = requiredNoticeHours;
    this.noticeAgreed = noticeAgreed;
    this.agreedMinutes = agreedMinutes;
    this.agendaRequired = agendaRequired;
    this.agendaLeadHours = agendaLeadHours;
  }

  public String getMeetingId() {
    return meetingId;
  }

  public MeetingStatus getStatus() {
    return status;
  }

  public boolean isHeld() {
    return status == MeetingStatus.HELD;
  }

  public boolean isCancelled() {
    return status == MeetingStatus.CANCELLED;
  }

  /** The day the meeting took (or was to take) place. */
  public LocalDate getDate() {
    return date;
  }

  /** Days from the meeting to the check date. */
  public int getDaysAgo() {
    return daysAgo;
  }

  /** Who cancelled, or null. */
  public PartnerRole getCancelledBy() {
    return cancelledBy;
  }

  /** Hours of notice a cancellation gave, or -1 if unknown or not cancelled. */
  public long getNoticeHours() {
    if (noticeHours == UNKNOWN) {
      LocalDateTime cancelledAt = meeting.getCancelledAt().orElse(null);
      noticeHours = cancelledAt == null ? -1L
          : Duration.between(cancelledAt, meeting.getScheduledAt()).toHours();
    }
    return noticeHours;
  }

  /** Hours of notice owed: the agreement's, else the policy's default. */
  public long getRequiredNoticeHours() {
    return requiredNoticeHours;
  }

  /** Whether the required notice comes from the agreement. */
  public boolean isNoticeAgreed() {
    return noticeAgreed;
  }

  /** The planned length in minutes: the meeting's own, else the agreement's; -1 if unknown. */
  public int getAgreedMinutes() {
    return agreedMinutes;
  }

  /** How long a held meeting lasted, or -1 if unknown. */
  public int getActualMinutes() {
    return meeting.getActualMinutes().orElse(-1);
  }

  /** Whether the agreement asks for an agenda before each meeting. */
  public boolean isAgendaRequired() {
    return agendaRequired;
  }

  /** Hours ahead the agenda should arrive: the agreement's, else the policy's default. */
  public long getAgendaLeadHours() {
    return agendaLeadHours;
  }

  /** Hours before the meeting the agenda was sent, or -1 if it was never sent. */
  public long getAgendaSentHoursAhead() {
    if (agendaSentHoursAhead == UNKNOWN) {
      Agenda agenda = meeting.getAgenda().orElse(null);
      LocalDateTime sent = agenda == null ? null : agenda.getSentAt().orElse(null);
      agendaSentHoursAhead = sent == null ? -1L
          : Duration.between(sent, meeting.getScheduledAt()).toHours();
    }
    return agendaSentHoursAhead;
  }

  /** Whether the conversation ended with next steps written down. */
  public boolean isNextSteps() {
    ConversationCheck wrapUp = meeting.getWrapUp().orElse(null);
    return wrapUp != null && wrapUp.hasNextSteps();
  }

  /** Follow-ups recorded as coming from this meeting. */
  public int getFollowUpsFromMeeting() {
    if (followUpsFromMeeting < 0) {
      int count = 0;
      for (FollowUp f : followUps) {
        if (meetingId.equals(f.getFromMeeting().orElse(null))) {
          count++;
        }
      }
      followUpsFromMeeting = count;
    }
    return followUpsFromMeeting;
  }

  @Override
  public Subject subject() {
    return new Subject(Subject.Kind.MEETING, meetingId);
  }
}
