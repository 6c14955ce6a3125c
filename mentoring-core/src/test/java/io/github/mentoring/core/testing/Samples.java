package io.github.mentoring.core.testing;

import io.github.mentoring.core.model.Agenda;
import io.github.mentoring.core.model.AgendaPolicy;
import io.github.mentoring.core.model.Agreement;
import io.github.mentoring.core.model.Availability;
import io.github.mentoring.core.model.Boundaries;
import io.github.mentoring.core.model.CancellationPolicy;
import io.github.mentoring.core.model.Channel;
import io.github.mentoring.core.model.CheckOutcome;
import io.github.mentoring.core.model.Closure;
import io.github.mentoring.core.model.ContactPlan;
import io.github.mentoring.core.model.ContinuationDecision;
import io.github.mentoring.core.model.ContinuationPlan;
import io.github.mentoring.core.model.ConversationCheck;
import io.github.mentoring.core.model.EarlyEnd;
import io.github.mentoring.core.model.Feedback;
import io.github.mentoring.core.model.FollowUp;
import io.github.mentoring.core.model.FollowUpKind;
import io.github.mentoring.core.model.FollowUpStatus;
import io.github.mentoring.core.model.GoalStatus;
import io.github.mentoring.core.model.Meeting;
import io.github.mentoring.core.model.MeetingStatus;
import io.github.mentoring.core.model.Partner;
import io.github.mentoring.core.model.PartnerRole;
import io.github.mentoring.core.model.Phase;
import io.github.mentoring.core.model.Preparation;
import io.github.mentoring.core.model.ProgressCheck;
import io.github.mentoring.core.model.ProgressKind;
import io.github.mentoring.core.model.ProgressUpdate;
import io.github.mentoring.core.model.Relationship;
import io.github.mentoring.core.model.RelationshipKind;
import io.github.mentoring.core.model.RemainingWork;
import io.github.mentoring.core.model.Resolution;
import io.github.mentoring.core.model.Roadmap;
import io.github.mentoring.core.model.RoadmapEntry;
import io.github.mentoring.core.model.SmartGoal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hand-made relationships with a clear story each, for rule tests: one healthy relationship and
 * one for each kind of trouble the rules look for. Every date is relative to the "as of" day
 * passed in, and every sample records that day as {@code recordedOn}; ids are stable.
 *
 * <pre>{@code
 * Relationship healthy = Samples.healthyWeeklyFormal(LocalDate.of(2026, 6, 1));
 * }</pre>
 *
 * <p>The mentor is always {@value #MENTOR_ID} (Ada), the mentee {@value #MENTEE_ID} (Ben).
 */
public final class Samples {

  /** The mentor's id in every sample. */
  public static final String MENTOR_ID = "mentor-ada";

  /** The mentee's id in every sample. */
  public static final String MENTEE_ID = "mentee-ben";

  private static final LocalTime TEN = LocalTime.of(10, 0);

  private Samples() {}

  /** Every sample by name (the method's name), in a stable order. */
  public static Map<String, Relationship> all(LocalDate asOf) {
    Map<String, Relationship> all = new LinkedHashMap<>();
    all.put("healthyWeeklyFormal", healthyWeeklyFormal(asOf));
    all.put("preparing", preparing(asOf));
    all.put("justAgreed", justAgreed(asOf));
    all.put("fizzlingFormal", fizzlingFormal(asOf));
    all.put("vagueGoals", vagueGoals(asOf));
    all.put("missedFollowUps", missedFollowUps(asOf));
    all.put("formalWithoutAgreement", formalWithoutAgreement(asOf));
    all.put("agreementWithGaps", agreementWithGaps(asOf));
    all.put("informalAsNeeded", informalAsNeeded(asOf));
    all.put("pendingClosure", pendingClosure(asOf));
    all.put("closedWithFullClosure", closedWithFullClosure(asOf));
    all.put("endedEarly", endedEarly(asOf));
    all.put("continuingInformally", continuingInformally(asOf));
    return all;
  }

  /** The mentor, Ada. */
  public static Partner mentor() {
    return Partner.builder().id(MENTOR_ID).name("Ada").build();
  }

  /** The mentee, Ben. */
  public static Partner mentee() {
    return Partner.builder().id(MENTEE_ID).name("Ben").build();
  }

  /**
   * An agreement with every element of the brief: objective, formats, weekly rhythm, six months,
   * planned end, early-ending plan, availability of both partners, 45-minute meetings,
   * cancellation by email 24 hours ahead, an agenda sent a day ahead with the mentor's input,
   * confidentiality, boundaries, activities and topics.
   */
  public static Agreement completeAgreement(LocalDate start) {
    return Agreement.builder()
        .objective("Become ready for a team-lead role within a year")
        .addMeetingFormats(Channel.VIDEO, Channel.IN_PERSON)
        .meetingFrequency(Period.ofWeeks(1))
        .plannedLength(Period.ofMonths(6))
        .plannedEnd(start.plusMonths(6))
        .earlyEndingPlan("Either of us may end it in a conversation, with two weeks' notice")
        .addAvailability(window(PartnerRole.MENTOR, DayOfWeek.TUESDAY, 9, 11))
        .addAvailability(window(PartnerRole.MENTEE, DayOfWeek.THURSDAY, 14, 16))
        .meetingMinutes(45)
        .cancellation(CancellationPolicy.builder()
            .channel(Channel.EMAIL).minimumNotice(Duration.ofHours(24)).build())
        .agenda(AgendaPolicy.builder()
            .sentAhead(true).leadTime(Duration.ofHours(24)).mentorAddsInput(true).build())
        .confidentiality("What we discuss stays between us unless both agree")
        .boundaries(Boundaries.builder()
            .mentorRole("Sounding board and coach")
            .menteeRole("Drives the agenda and comes prepared")
            .addContactChannels(Channel.EMAIL, Channel.CHAT)
            .contactHours("Weekdays 9-17")
            .build())
        .addActivities("Role-play a job interview", "Lead a meeting and get feedback")
        .addTopics("Giving feedback", "Stakeholder management", "Time management")
        .build();
  }

  /**
   * Active, formal, weekly for twelve weeks: complete agreement, two SMART goals checked
   * recently, every meeting held at its agreed length with the agenda sent a day ahead and next
   * steps at the end, follow-ups done or not yet due, a recent update, the next meeting set.
   */
  public static Relationship healthyWeeklyFormal(LocalDate asOf) {
    LocalDate start = asOf.minusDays(80);
    List<Meeting> meetings = new ArrayList<>();
    for (int week = 0; week <= 11; week++) {
      meetings.add(held(id(week), start.plusWeeks(week).atTime(TEN), 45, 45, true,
          "Try the feedback model in one meeting"));
    }
    meetings.add(scheduled(id(12), start.plusWeeks(12).atTime(TEN), 45));
    return base("sample-healthy-weekly-formal", RelationshipKind.FORMAL, Phase.ACTIVE, start, asOf)
        .menteePreparation(completePreparation())
        .mentorPreparation(completePreparation())
        .agreement(completeAgreement(start))
        .addGoals(smartGoal("g1", start.plusMonths(3), asOf.minusDays(3), 60))
        .addGoals(SmartGoal.builder()
            .id("g2")
            .statement("Present the quarterly roadmap to the leadership team by "
                + start.plusMonths(5))
            .measure("Presentation given; questions answered without help")
            .targetDate(start.plusMonths(5))
            .servesObjective("Team leads present to leadership every quarter")
            .addProgressChecks(check(asOf.minusDays(10), 30, CheckOutcome.ON_TRACK))
            .build())
        .roadmap(roadmap(start))
        .meetings(meetings)
        .addFollowUps(followUp("f1", MENTEE_ID, "m10", asOf.plusDays(5), FollowUpStatus.OPEN,
            null))
        .addFollowUps(followUp("f2", MENTOR_ID, "m11", asOf.plusDays(4), FollowUpStatus.OPEN,
            null).withKind(FollowUpKind.RESOURCE))
        .addFollowUps(followUp("f3", MENTEE_ID, "m05", start.plusWeeks(5),
            FollowUpStatus.DONE, start.plusWeeks(5).minusDays(1)))
        .addProgressUpdates(update(asOf.minusDays(6), ProgressKind.ACCOMPLISHMENT))
        .build();
  }

  /**
   * Preparing, formal, starting in two weeks: the mentor has answered all three preparation
   * questions, the mentee only one; the first meeting is scheduled.
   */
  public static Relationship preparing(LocalDate asOf) {
    LocalDate start = asOf.plusDays(14);
    return base("sample-preparing", RelationshipKind.FORMAL, Phase.PREPARING, start, asOf)
        .plannedEnd(start.plusMonths(6))
        .mentorPreparation(completePreparation())
        .menteePreparation(Preparation.builder().wants("Guidance on moving into management").build())
        .addMeetings(scheduled("m01", start.atTime(TEN), 60))
        .build();
  }

  /**
   * Establishing, formal: the kick-off meeting was held a week ago, the agreement is complete,
   * goals and a roadmap are written, the second meeting is set.
   */
  public static Relationship justAgreed(LocalDate asOf) {
    LocalDate start = asOf.minusDays(8);
    return base("sample-just-agreed", RelationshipKind.FORMAL, Phase.ESTABLISHING, start, asOf)
        .mentorPreparation(completePreparation())
        .menteePreparation(completePreparation())
        .agreement(completeAgreement(start))
        .addGoals(smartGoal("g1", start.plusMonths(3), null, 0))
        .roadmap(roadmap(start))
        .addMeetings(held("m01", start.plusDays(1).atTime(TEN), 45, 50, true,
            "Write the goals down"))
        .addMeetings(scheduled("m02", asOf.plusDays(1).atTime(TEN), 45))
        .build();
  }

  /**
   * Active, formal, agreed weekly, fading out: weekly for six weeks, then gaps of two and three
   * weeks, then late cancellations (the mentor, two hours ahead) and a no-show; the last held
   * meeting was five weeks ago and much shorter than agreed, agendas stopped being sent, no next
   * meeting is set and the mentee's last update is ten weeks old.
   */
  public static Relationship fizzlingFormal(LocalDate asOf) {
    LocalDate start = asOf.minusWeeks(16);
    List<Meeting> meetings = new ArrayList<>();
    int[] actual = {45, 45, 45, 40, 40, 35};
    for (int week = 0; week < 6; week++) {
      meetings.add(held(id(week), start.plusWeeks(week).atTime(TEN), 45, actual[week],
          week < 4, "Next steps agreed"));
    }
    meetings.add(held("m07", start.plusWeeks(8).atTime(TEN), 45, 25, false, null));
    meetings.add(held("m08", start.plusWeeks(11).atTime(TEN), 45, 15, false, null));
    meetings.add(cancelled("m09", start.plusWeeks(12).atTime(TEN), PartnerRole.MENTOR,
        Duration.ofHours(2)));
    meetings.add(cancelled("m10", start.plusWeeks(13).atTime(TEN), PartnerRole.MENTEE,
        Duration.ofHours(5)));
    meetings.add(Meeting.builder().id("m11").scheduledAt(start.plusWeeks(14).atTime(TEN))
        .plannedMinutes(45).status(MeetingStatus.NO_SHOW).noShowBy(PartnerRole.MENTOR).build());
    return base("sample-fizzling-formal", RelationshipKind.FORMAL, Phase.ACTIVE, start, asOf)
        .agreement(completeAgreement(start))
        .addGoals(smartGoal("g1", start.plusMonths(4), start.plusWeeks(4), 20))
        .meetings(meetings)
        .addFollowUps(followUp("f1", MENTEE_ID, "m08", start.plusWeeks(12), FollowUpStatus.OPEN,
            null))
        .addProgressUpdates(update(asOf.minusWeeks(10), ProgressKind.PROGRESS))
        .build();
  }

  /**
   * Active, formal, with seven goals at once, most of them vague: "Get better at leadership"
   * (no measure, no date, no link to the objective), a goal dated after the planned end, and
   * none ever revisited.
   */
  public static Relationship vagueGoals(LocalDate asOf) {
    LocalDate start = asOf.minusWeeks(6);
    Agreement agreement = completeAgreement(start);
    LocalDate end = agreement.getPlannedEnd().orElseThrow();
    return base("sample-vague-goals", RelationshipKind.FORMAL, Phase.ACTIVE, start, asOf)
        .agreement(agreement)
        .addGoals(SmartGoal.builder().id("g1").statement("Get better at leadership").build())
        .addGoals(SmartGoal.builder().id("g2").statement("Improve communication")
            .targetDate(end.plusMonths(2)).build())
        .addGoals(SmartGoal.builder().id("g3").statement("Be more strategic")
            .servesObjective("Team leads set direction").build())
        .addGoals(SmartGoal.builder().id("g4").statement("Learn more about the business")
            .build())
        .addGoals(SmartGoal.builder().id("g5").statement("Network more").build())
        .addGoals(SmartGoal.builder().id("g6").statement("Grow as a person").build())
        .addGoals(SmartGoal.builder().id("g7")
            .statement("Review three design documents from other teams by " + end.minusMonths(1))
            .measure("Review comments accepted")
            .targetDate(end.minusMonths(1))
            .build())
        .addMeetings(held("m01", start.atTime(TEN), 45, 45, true, "Write the goals down"))
        .addMeetings(held("m02", start.plusWeeks(3).atTime(TEN), 45, 45, true, "Refine goals"))
        .addMeetings(scheduled("m03", asOf.plusDays(2).atTime(TEN), 45))
        .build();
  }

  /**
   * Active, formal, with the follow-ups slipping: one of the mentee's and one of the mentor's
   * overdue and open, one nobody owns, one without a due date, one done, one dropped; the last
   * conversation ended without next steps.
   */
  public static Relationship missedFollowUps(LocalDate asOf) {
    LocalDate start = asOf.minusWeeks(10);
    return base("sample-missed-follow-ups", RelationshipKind.FORMAL, Phase.ACTIVE, start, asOf)
        .agreement(completeAgreement(start))
        .addGoals(smartGoal("g1", start.plusMonths(4), asOf.minusDays(14), 40))
        .addMeetings(held("m01", start.atTime(TEN), 45, 45, true, "Ask for feedback"))
        .addMeetings(held("m02", asOf.minusDays(30).atTime(TEN), 45, 45, true,
            "Book the retrospective"))
        .addMeetings(held("m03", asOf.minusDays(3).atTime(TEN), 45, 45, true, null))
        .addMeetings(scheduled("m04", asOf.plusDays(4).atTime(TEN), 45))
        .addFollowUps(followUp("f1", MENTEE_ID, "m02", asOf.minusDays(10), FollowUpStatus.OPEN,
            null))
        .addFollowUps(followUp("f2", MENTOR_ID, "m02", asOf.minusDays(20), FollowUpStatus.OPEN,
            null).withKind(FollowUpKind.CONTACT))
        .addFollowUps(FollowUp.builder().id("f3").description("Find a venue for the workshop")
            .fromMeeting("m02").due(asOf.minusDays(5)).build())
        .addFollowUps(FollowUp.builder().id("f4").description("Read the chapter on feedback")
            .owner(MENTEE_ID).fromMeeting("m03").build())
        .addFollowUps(followUp("f5", MENTEE_ID, "m01", start.plusDays(7), FollowUpStatus.DONE,
            start.plusDays(6)))
        .addFollowUps(followUp("f6", MENTOR_ID, "m01", start.plusDays(14),
            FollowUpStatus.DROPPED, null))
        .addProgressUpdates(update(asOf.minusDays(12), ProgressKind.SETBACK))
        .build();
  }

  /** Active and formal, meeting every two weeks, but nothing was ever written down. */
  public static Relationship formalWithoutAgreement(LocalDate asOf) {
    LocalDate start = asOf.minusWeeks(8);
    List<Meeting> meetings = new ArrayList<>();
    for (int k = 0; k < 4; k++) {
      meetings.add(held(id(k), start.plusWeeks(2L * k).atTime(TEN), 30, 30, false, "Keep going"));
    }
    meetings.add(scheduled(id(4), start.plusWeeks(8).plusDays(2).atTime(TEN), 30));
    return base("sample-formal-without-agreement", RelationshipKind.FORMAL, Phase.ACTIVE, start,
        asOf)
        .plannedEnd(start.plusMonths(4))
        .meetings(meetings)
        .build();
  }

  /**
   * Active and formal with a thin agreement: an objective and a monthly rhythm, nothing else
   * (no length or end, formats, availability, meeting length, cancellations, agenda,
   * confidentiality, boundaries, early-ending plan, activities or topics).
   */
  public static Relationship agreementWithGaps(LocalDate asOf) {
    LocalDate start = asOf.minusMonths(2);
    return base("sample-agreement-with-gaps", RelationshipKind.FORMAL, Phase.ACTIVE, start, asOf)
        .agreement(Agreement.builder()
            .objective("Move from support into product management")
            .meetingFrequency(Period.ofMonths(1))
            .build())
        .addMeetings(held("m01", start.atTime(TEN), 60, 60, false, "Shadow a product manager"))
        .addMeetings(held("m02", start.plusMonths(1).atTime(TEN), 60, 55, false, null))
        .addMeetings(scheduled("m03", asOf.plusDays(3).atTime(TEN), 60))
        .build();
  }

  /** Active and informal: no agreement, no planned end, meetings when the mentee asks. */
  public static Relationship informalAsNeeded(LocalDate asOf) {
    LocalDate start = asOf.minusMonths(7);
    return base("sample-informal-as-needed", RelationshipKind.INFORMAL, Phase.ACTIVE, start, asOf)
        .addMeetings(held("m01", start.atTime(TEN), 30, 30, false, null))
        .addMeetings(held("m02", start.plusDays(40).atTime(TEN), 30, 50, false, "Apply"))
        .addMeetings(held("m03", start.plusDays(150).atTime(TEN), 30, 20, false, null))
        .addFollowUps(followUp("f1", MENTOR_ID, "m02", null, FollowUpStatus.DONE,
            start.plusDays(45)).withKind(FollowUpKind.CONTACT))
        .addProgressUpdates(update(start.plusDays(120), ProgressKind.PROMOTION_OR_MOVE))
        .build();
  }

  /**
   * Closing, formal, five days past its planned end: the closing conversation has started but
   * only the mentee gave (partial) feedback, one piece of work is unresolved, only the mentor
   * said whether to go on, nothing acknowledged, no contact plan, no pay-it-forward.
   */
  public static Relationship pendingClosure(LocalDate asOf) {
    LocalDate start = asOf.minusDays(5).minusMonths(6);
    return base("sample-pending-closure", RelationshipKind.FORMAL, Phase.CLOSING, start, asOf)
        .agreement(completeAgreement(start))
        .addGoals(smartGoal("g1", start.plusMonths(5), asOf.minusDays(20), 80)
            .withStatus(GoalStatus.ACHIEVED))
        .addMeetings(held("m01", start.atTime(TEN), 45, 45, true, "Start"))
        .addMeetings(held("m02", asOf.minusDays(8).atTime(TEN), 45, 45, true, "Close well"))
        .closure(Closure.builder()
            .startedOn(asOf.minusDays(3))
            .menteeFeedback(Feedback.builder().workedBest("The role-plays").build())
            .addRemainingWork(RemainingWork.builder().description("Finish the talk").build())
            .mentorDecision(ContinuationDecision.of(false))
            .build())
        .build();
  }

  /**
   * Closed, formal, ten days ago at its planned end, with every closure step: both partners'
   * full feedback, remaining work completed or closed on purpose, both decisions (the mentor
   * declines, the mentee would have gone on), thanks, a contact plan and a pay-it-forward plan.
   */
  public static Relationship closedWithFullClosure(LocalDate asOf) {
    LocalDate end = asOf.minusDays(10);
    LocalDate start = end.minusMonths(6);
    return base("sample-closed-with-full-closure", RelationshipKind.FORMAL, Phase.CLOSED, start,
        asOf)
        .actualEnd(end)
        .agreement(completeAgreement(start))
        .addGoals(smartGoal("g1", start.plusMonths(5), end.minusDays(20), 100)
            .withStatus(GoalStatus.ACHIEVED))
        .addMeetings(held("m01", start.atTime(TEN), 45, 45, true, "Start"))
        .addMeetings(held("m02", end.atTime(TEN), 45, 60, true, "Stay in touch"))
        .closure(fullClosure(end.minusDays(7), false))
        .build();
  }

  /**
   * Closed, formal, ended early twenty days ago (the mentor changed roles) with two months still
   * planned; the closure has feedback from the mentee only.
   */
  public static Relationship endedEarly(LocalDate asOf) {
    LocalDate end = asOf.minusDays(20);
    LocalDate start = end.minusMonths(4);
    return base("sample-ended-early", RelationshipKind.FORMAL, Phase.CLOSED, start, asOf)
        .agreement(completeAgreement(start))
        .actualEnd(end)
        .earlyEnd(EarlyEnd.builder()
            .raisedBy(PartnerRole.MENTOR)
            .raisedOn(end.minusDays(14))
            .raisedThrough(Channel.VIDEO)
            .reason("The mentor changed roles and has less time")
            .build())
        .addMeetings(held("m01", start.atTime(TEN), 45, 45, true, "Start"))
        .addMeetings(held("m02", end.atTime(TEN), 45, 30, false, null))
        .closure(Closure.builder()
            .startedOn(end)
            .menteeFeedback(Feedback.builder().workedBest("Honest feedback")
                .mostChallenging("The reorganisation").doDifferently("Meet more often").build())
            .addThankedBy(PartnerRole.MENTOR, PartnerRole.MENTEE)
            .build())
        .build();
  }

  /**
   * Continuing informally three months after a complete closure in which both partners chose
   * to go on, monthly and without an agenda; they have met twice since.
   */
  public static Relationship continuingInformally(LocalDate asOf) {
    LocalDate end = asOf.minusMonths(3);
    LocalDate start = end.minusMonths(6);
    return base("sample-continuing-informally", RelationshipKind.FORMAL,
        Phase.CONTINUING_INFORMALLY, start, asOf)
        .actualEnd(end)
        .agreement(completeAgreement(start))
        .addMeetings(held("m01", start.atTime(TEN), 45, 45, true, "Start"))
        .addMeetings(held("m02", end.atTime(TEN), 45, 45, true, "Keep in touch"))
        .addMeetings(held("m03", end.plusMonths(1).atTime(TEN), 30, 30, false, null))
        .addMeetings(held("m04", end.plusMonths(2).atTime(TEN), 30, 40, false, null))
        .closure(fullClosure(end.minusDays(5), true))
        .addProgressUpdates(update(asOf.minusDays(9), ProgressKind.PROMOTION_OR_MOVE))
        .build();
  }

  // ---------------------------------------------------------------------------------------

  private static Relationship.Builder base(
      String id, RelationshipKind kind, Phase phase, LocalDate start, LocalDate asOf) {
    return Relationship.builder()
        .id(id)
        .mentor(mentor())
        .mentee(mentee())
        .kind(kind)
        .phase(phase)
        .startDate(start)
        .recordedOn(asOf);
  }

  private static String id(int index) {
    int number = index + 1;
    return (number < 10 ? "m0" : "m") + number;
  }

  private static Availability window(PartnerRole who, DayOfWeek day, int from, int until) {
    return Availability.builder().partner(who).day(day)
        .from(LocalTime.of(from, 0)).until(LocalTime.of(until, 0)).build();
  }

  private static Preparation completePreparation() {
    return Preparation.builder()
        .wants("Guidance on moving into management")
        .brings("Questions about leading a team and a current project")
        .expects("Honest feedback every week")
        .build();
  }

  private static SmartGoal smartGoal(String id, LocalDate target, LocalDate checkedOn,
      int percent) {
    var goal = SmartGoal.builder()
        .id(id)
        .statement("Lead two team retrospectives and get written feedback from my manager by "
            + target)
        .measure("Two retrospectives led; written feedback received")
        .targetDate(target)
        .servesObjective("Leading retrospectives is part of the team-lead role");
    if (checkedOn != null) {
      goal.addProgressChecks(check(checkedOn, percent, CheckOutcome.ON_TRACK));
    }
    return goal.build();
  }

  private static ProgressCheck check(LocalDate on, int percent, CheckOutcome outcome) {
    return ProgressCheck.builder().date(on).percentComplete(percent).outcome(outcome).build();
  }

  private static Roadmap roadmap(LocalDate start) {
    return Roadmap.builder()
        .addEntries(RoadmapEntry.builder().meetingNumber(1).date(start).topic("Goals").build())
        .addEntries(RoadmapEntry.builder().meetingNumber(2).topic("Industry trends").build())
        .addEntries(RoadmapEntry.builder().meetingNumber(3).topic("Time management").build())
        .addEntries(RoadmapEntry.builder().date(start.plusWeeks(3)).topic("Giving feedback")
            .build())
        .build();
  }

  private static Meeting held(String id, LocalDateTime at, int planned, int actual,
      boolean agendaSentAhead, String nextSteps) {
    var agenda = Agenda.builder()
        .addItems("Updates since last time", "Progress on goals", "Next meeting")
        .mentorInput(agendaSentAhead);
    if (agendaSentAhead) {
      agenda.sentAt(at.minusDays(1));
    }
    var m = Meeting.builder().id(id).scheduledAt(at).status(MeetingStatus.HELD)
        .format(Channel.VIDEO).plannedMinutes(planned).actualMinutes(actual)
        .agenda(agenda.build());
    var wrapUp = ConversationCheck.builder().useful("The role-play");
    if (nextSteps != null) {
      wrapUp.nextSteps(nextSteps).beforeNextTime("Try it once at work");
    }
    return m.wrapUp(wrapUp.build()).build();
  }

  private static Meeting scheduled(String id, LocalDateTime at, int planned) {
    return Meeting.builder().id(id).scheduledAt(at).status(MeetingStatus.SCHEDULED)
        .format(Channel.VIDEO).plannedMinutes(planned).build();
  }

  private static Meeting cancelled(String id, LocalDateTime at, PartnerRole by, Duration notice) {
    return Meeting.builder().id(id).scheduledAt(at).status(MeetingStatus.CANCELLED)
        .plannedMinutes(45).cancelledBy(by).cancelledAt(at.minus(notice)).build();
  }

  private static FollowUp followUp(String id, String owner, String fromMeeting, LocalDate due,
      FollowUpStatus status, LocalDate doneOn) {
    var f = FollowUp.builder().id(id)
        .description(owner.equals(MENTOR_ID) ? "Send the article on giving feedback"
            : "Draft the retrospective format")
        .owner(owner)
        .fromMeeting(fromMeeting)
        .status(status);
    if (due != null) {
      f.due(due);
    }
    if (doneOn != null) {
      f.doneOn(doneOn);
    }
    return f.build();
  }

  private static ProgressUpdate update(LocalDate on, ProgressKind kind) {
    return ProgressUpdate.builder().date(on).kind(kind).note("Shared in a short message").build();
  }

  private static Closure fullClosure(LocalDate startedOn, boolean bothContinue) {
    var c = Closure.builder()
        .startedOn(startedOn)
        .mentorFeedback(Feedback.builder().workedBest("Ben always came prepared")
            .mostChallenging("The meeting after the reorganisation")
            .doDifferently("Set clearer goals at the start").build())
        .menteeFeedback(Feedback.builder().workedBest("The role-plays")
            .mostChallenging("Talking about the failed interview")
            .doDifferently("Meet more often early on").build())
        .addRemainingWork(RemainingWork.builder().description("Finish the talk")
            .resolution(Resolution.COMPLETED).build())
        .addRemainingWork(RemainingWork.builder().description("Second retrospective")
            .resolution(Resolution.CLOSED_ON_PURPOSE).build())
        .mentorDecision(bothContinue ? ContinuationDecision.of(true)
            : ContinuationDecision.builder().continueInformally(false)
                .reason("My time is committed to a new mentee").build())
        .menteeDecision(ContinuationDecision.of(true))
        .addThankedBy(PartnerRole.MENTOR, PartnerRole.MENTEE)
        .contactPlan(ContactPlan.builder().finalConversationOn(startedOn.plusMonths(2))
            .addChannels(Channel.EMAIL).sharesUpdates(true).build())
        .payItForward("Mentor a new joiner next quarter");
    if (bothContinue) {
      c.continuation(ContinuationPlan.builder().frequency(Period.ofMonths(1)).keepAgenda(false)
          .focus("Career paths").build());
    }
    return c.build();
  }
}
