package io.github.mentoring.json;

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
import java.util.List;
import java.util.Optional;

/** Programs built by hand for the tests: between them they set every property of every model type. */
final class SamplePrograms {

  private SamplePrograms() {}

  /** Two rich relationships: one formal that ended early and closed, one that goes on informally. */
  static Program rich() {
    return Program.of("Spring 2026 cohort — \"pilot\"", Optional.of(LocalDate.of(2026, 4, 15)),
        List.of(closedEarly(), continuingInformally()));
  }

  /** A formal relationship that ended early, with every element of agreement, goals, meetings and closure. */
  static Relationship closedEarly() {
    return Relationship.builder()
        .id("r-ada-ben")
        .mentor(Partner.builder().id("ada").name("Ada Lovelace").build())
        .mentee(Partner.builder().id("ben").name("Zoë O'Brien-Ñúñez").build())
        .kind(RelationshipKind.FORMAL)
        .phase(Phase.CLOSED)
        .startDate(LocalDate.of(2025, 9, 1))
        .plannedEnd(LocalDate.of(2026, 2, 28))
        .actualEnd(LocalDate.of(2026, 2, 10))
        .phaseSince(LocalDate.of(2026, 2, 10))
        .earlyEnd(EarlyEnd.builder().raisedBy(PartnerRole.MENTEE)
            .raisedOn(LocalDate.of(2026, 1, 27)).raisedThrough(Channel.VIDEO)
            .reason("Ben moved to another team").build())
        .mentorPreparation(Preparation.builder()
            .wants("to learn how a new team works")
            .brings("ten years of leading teams; stories about failed launches")
            .expects("an agenda before each meeting")
            .build())
        .menteePreparation(Preparation.builder()
            .wants("to lead meetings with confidence")
            .brings("questions about facilitation\nand a list of retros")
            .expects("honest feedback")
            .build())
        .agreement(Agreement.builder()
            .objective("Become ready to lead the team's retrospectives")
            .addMeetingFormats(Channel.VIDEO, Channel.IN_PERSON)
            .meetingFrequency(Period.ofWeeks(2))
            .plannedLength(Period.ofMonths(6))
            .plannedEnd(LocalDate.of(2026, 2, 28))
            .earlyEndingPlan("one last conversation to close properly")
            .addAvailability(Availability.builder().partner(PartnerRole.MENTOR)
                .day(DayOfWeek.TUESDAY).from(LocalTime.of(9, 0)).until(LocalTime.of(11, 30)).build())
            .addAvailability(Availability.builder().partner(PartnerRole.MENTEE)
                .day(DayOfWeek.SUNDAY).from(LocalTime.of(17, 0, 15)).until(LocalTime.of(18, 0)).build())
            .meetingMinutes(45)
            .cancellation(CancellationPolicy.builder().channel(Channel.CHAT)
                .minimumNotice(Duration.ofHours(24)).build())
            .agenda(AgendaPolicy.builder().sentAhead(true).leadTime(Duration.ofMinutes(90))
                .mentorAddsInput(true).build())
            .confidentiality("What is said stays between us")
            .boundaries(Boundaries.builder().mentorRole("guide, not manager")
                .menteeRole("drives the agenda").addContactChannels(Channel.EMAIL, Channel.PHONE)
                .contactHours("weekdays 9-17").build())
            .addActivities("role-play a difficult retrospective", "attend a meetup and debrief")
            .addTopics("facilitation", "time management")
            .build())
        .addGoals(SmartGoal.builder()
            .id("g1")
            .statement("Lead two team retrospectives and get written feedback by 30 January")
            .measure("two retrospectives led, one written feedback")
            .targetDate(LocalDate.of(2026, 1, 30))
            .servesObjective("practice leading a meeting")
            .setOn(LocalDate.of(2025, 9, 16))
            .status(GoalStatus.ACHIEVED)
            .achievedOn(LocalDate.of(2026, 1, 27))
            .addProgressChecks(ProgressCheck.builder().date(LocalDate.of(2025, 11, 4))
                .note("first retro went fine").percentComplete(50).outcome(CheckOutcome.ON_TRACK)
                .build())
            .addProgressChecks(ProgressCheck.builder().date(LocalDate.of(2026, 1, 27))
                .percentComplete(100).outcome(CheckOutcome.DONE).build())
            .build())
        .addGoals(SmartGoal.builder().id("g2").statement("get better at leadership")
            .status(GoalStatus.DROPPED).build())
        .roadmap(Roadmap.builder()
            .addEntries(RoadmapEntry.builder().meetingNumber(2).date(LocalDate.of(2025, 9, 16))
                .topic("industry trends").build())
            .addEntries(RoadmapEntry.builder().meetingNumber(3).topic("time management").build())
            .addEntries(RoadmapEntry.builder().date(LocalDate.of(2025, 10, 14))
                .topic("running a retrospective").build())
            .build())
        .addMeetings(Meeting.builder()
            .id("m1")
            .scheduledAt(LocalDateTime.of(2025, 9, 2, 10, 0))
            .actualStart(LocalDateTime.of(2025, 9, 2, 10, 7, 30))
            .format(Channel.VIDEO)
            .plannedMinutes(45)
            .actualMinutes(38)
            .status(MeetingStatus.HELD)
            .agenda(Agenda.builder().addItems("updates", "topic: facilitation", "next: 16 Sep, video")
                .sentAt(LocalDateTime.of(2025, 8, 31, 18, 45, 12, 500_000_000)).mentorInput(true)
                .build())
            .wrapUp(ConversationCheck.builder().useful("the retro formats").nextSteps("draft a plan")
                .beforeNextTime("read the facilitation guide").changeNextTime("start on time")
                .build())
            .notes("confidential: talked about the team lead")
            .build())
        .addMeetings(Meeting.builder()
            .id("m2")
            .scheduledAt(LocalDateTime.of(2025, 9, 16, 10, 0))
            .format(Channel.IN_PERSON)
            .status(MeetingStatus.CANCELLED)
            .cancelledBy(PartnerRole.MENTOR)
            .cancelledAt(LocalDateTime.of(2025, 9, 15, 20, 0))
            .build())
        .addMeetings(Meeting.builder()
            .id("m3")
            .scheduledAt(LocalDateTime.of(2025, 9, 30, 10, 0))
            .status(MeetingStatus.NO_SHOW)
            .noShowBy(PartnerRole.MENTEE)
            .replaces("m2")
            .build())
        .addFollowUps(FollowUp.builder()
            .id("f1")
            .description("Send the facilitation guide")
            .kind(FollowUpKind.RESOURCE)
            .owner("ada")
            .due(LocalDate.of(2025, 9, 9))
            .status(FollowUpStatus.DONE)
            .doneOn(LocalDate.of(2025, 9, 8))
            .fromMeeting("m1")
            .build())
        .addFollowUps(FollowUp.builder().id("f2").description("Draft a retrospective plan")
            .owner("ben").due(LocalDate.of(2025, 9, 15)).build())
        .addFollowUps(FollowUp.builder().id("f3").description("Introduce Ben to the agile guild")
            .kind(FollowUpKind.CONTACT).status(FollowUpStatus.DROPPED)
            .droppedOn(LocalDate.of(2026, 1, 20)).build())
        .addFollowUps(FollowUp.builder().id("f4").description("Share the salary survey")
            .kind(FollowUpKind.INFORMATION).owner("ada").build())
        .addProgressUpdates(ProgressUpdate.builder().date(LocalDate.of(2025, 12, 1))
            .from(PartnerRole.MENTOR).kind(ProgressKind.PROMOTION_OR_MOVE)
            .note("heard Ben was promoted").build())
        .addProgressUpdates(ProgressUpdate.builder().date(LocalDate.of(2025, 10, 20))
            .kind(ProgressKind.SETBACK).build())
        .addProgressUpdates(ProgressUpdate.builder().date(LocalDate.of(2025, 12, 2))
            .kind(ProgressKind.RESOURCE_SHARED).note("an article on silent retrospectives").build())
        .closure(Closure.builder()
            .startedOn(LocalDate.of(2026, 2, 5))
            .mentorFeedback(Feedback.builder().workedBest("the role-plays")
                .mostChallenging("the cancelled September meeting")
                .doDifferently("meet in person more").build())
            .menteeFeedback(Feedback.builder().workedBest("honest feedback").build())
            .addRemainingWork(RemainingWork.builder().description("second retrospective")
                .resolution(Resolution.COMPLETED).build())
            .addRemainingWork(RemainingWork.builder().description("guild introduction")
                .resolution(Resolution.CLOSED_ON_PURPOSE).build())
            .addRemainingWork(RemainingWork.builder().description("reading list").build())
            .mentorDecision(ContinuationDecision.builder().continueInformally(true)
                .reason("enjoyed it").build())
            .menteeDecision(ContinuationDecision.of(true))
            .continuation(ContinuationPlan.builder().frequency(Period.of(0, 3, 0)).keepAgenda(false)
                .focus("career moves").build())
            .addThankedBy(PartnerRole.MENTEE)
            .contactPlan(ContactPlan.builder().finalConversationOn(LocalDate.of(2026, 5, 1))
                .addChannels(Channel.EMAIL).sharesUpdates(true).build())
            .payItForward("mentor a new joiner next spring")
            .build())
        .recordedOn(LocalDate.of(2026, 3, 1))
        .build();
  }

  /** An informal relationship going on after its formal end, with odd but valid values. */
  static Relationship continuingInformally() {
    return Relationship.builder()
        .id("r with spaces & \"quotes\"")
        .mentor(Partner.of("chen"))
        .mentee(Partner.of("dana"))
        .kind(RelationshipKind.INFORMAL)
        .phase(Phase.CONTINUING_INFORMALLY)
        .startDate(LocalDate.of(2024, 2, 29))
        .agreement(Agreement.builder()
            .meetingFrequency(Period.of(1, 1, 15))
            .plannedLength(Period.ofDays(10))
            .build())
        .addMeetings(Meeting.builder().id("m1").scheduledAt(LocalDateTime.of(2026, 5, 4, 8, 15))
            .status(MeetingStatus.SCHEDULED).plannedMinutes(15).build())
        .addMeetings(Meeting.builder().id("m0").scheduledAt(LocalDateTime.of(2024, 3, 1, 8, 15))
            .status(MeetingStatus.HELD).actualMinutes(0).build())
        .closure(Closure.builder().startedOn(LocalDate.of(2025, 2, 28))
            .mentorDecision(ContinuationDecision.builder().continueInformally(false)
                .reason("little time this year").build())
            .continuation(ContinuationPlan.builder().keepAgenda(true).build())
            .contactPlan(ContactPlan.builder().build())
            .build())
        .build();
  }
}
