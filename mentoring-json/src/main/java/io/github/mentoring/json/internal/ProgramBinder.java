package io.github.mentoring.json.internal;

import io.github.mentoring.core.model.Agenda;
import io.github.mentoring.core.model.AgendaPolicy;
import io.github.mentoring.core.model.Agreement;
import io.github.mentoring.core.model.Availability;
import io.github.mentoring.core.model.Boundaries;
import io.github.mentoring.core.model.CancellationPolicy;
import io.github.mentoring.core.model.Channel;
import io.github.mentoring.core.model.CheckDates;
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
import io.github.mentoring.json.Program;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Binds a valid document straight from the parser's tokens into the model's builders, with no
 * JSON tree and no bookkeeping for problems: the fast way in for the documents that have none.
 *
 * <p>It takes only what it is sure of. At the first thing that is not plainly valid (an unknown or
 * missing member, a value of another type or form, a null, a repeated id, a model rule broken,
 * a format version other than the current one, text that is not JSON) it gives up and returns
 * null, and the caller reads the document with {@link ProgramTreeReader}, which finds and
 * reports every problem with its path. So the problems reported never depend on this class; what
 * it must hold to is that whatever it accepts, the tree reader accepts too and reads as an equal
 * value ({@code BinderAndReaderAgreementTest} holds it to that over every hostile change of a rich
 * program). Each type's members are listed here as in {@link ProgramTreeReader}.
 */
public final class ProgramBinder {

  /** Ends a bind: the document is not plainly valid. Thrown often, so without a stack trace. */
  private static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Refused() {
      super("not plainly valid", null, false, false);
    }
  }

  private static final Refused REFUSED = new Refused();

  private ProgramBinder() {}

  /**
   * The program whose object starts at the parser's next token, in the current format version,
   * followed by nothing; or null if it is not plainly valid (read it with the tree reader).
   */
  public static Program program(JsonParser p) {
    try {
      p.nextToken();
      Program program = program0(p);
      return p.nextToken() == null ? program : null;
    } catch (RuntimeException e) {
      // Refused, text that is no JSON, a value java.time cannot read: the tree reader says why
      return null;
    }
  }

  /**
   * The relationship whose object starts at the parser's next token, followed by nothing; or null
   * if it is not plainly valid.
   */
  public static Relationship relationship(JsonParser p) {
    try {
      p.nextToken();
      Relationship relationship = relationship0(p);
      return p.nextToken() == null ? relationship : null;
    } catch (RuntimeException e) {
      // Refused, text that is no JSON, a value java.time cannot read: the tree reader says why
      return null;
    }
  }

  // ---- the types, in ProgramTreeReader's order ----------------------------------------------

  private static Program program0(JsonParser p) {
    startObject(p);
    Integer version = null;
    String name = null;
    LocalDate asOf = null;
    List<Relationship> relationships = null;
    for (String member = p.nextName(); member != null; member = p.nextName()) {
      p.nextToken();
      switch (member) {
        case "$schema" -> text(p);
        case "formatVersion" -> version = integer(p);
        case "name" -> name = text(p);
        case "asOf" -> asOf = date(p);
        case "relationships" -> relationships = list(p, ProgramBinder::relationship0);
        default -> throw REFUSED;
      }
    }
    endObject(p);
    if (version == null || version != Program.CURRENT_FORMAT_VERSION || name == null
        || relationships == null) {
      throw REFUSED;
    }
    uniqueIds(relationships, Relationship::getId);
    List<Relationship> all = relationships;
    String programName = name;
    Optional<LocalDate> day = Optional.ofNullable(asOf);
    return build(() -> new Program(Program.CURRENT_FORMAT_VERSION, programName, day, all));
  }

  private static Relationship relationship0(JsonParser p) {
    startObject(p);
    Relationship.Builder b = Relationship.builder();
    int required = 0;
    List<SmartGoal> goals = List.of();
    List<Meeting> meetings = List.of();
    List<FollowUp> followUps = List.of();
    for (String member = p.nextName(); member != null; member = p.nextName()) {
      p.nextToken();
      switch (member) {
        case "id" -> { b.id(text(p)); required |= 1; }
        case "mentor" -> { b.mentor(partner(p)); required |= 2; }
        case "mentee" -> { b.mentee(partner(p)); required |= 4; }
        case "kind" -> { b.kind(constant(p, RelationshipKind.class)); required |= 8; }
        case "phase" -> { b.phase(constant(p, Phase.class)); required |= 16; }
        case "startDate" -> { b.startDate(date(p)); required |= 32; }
        case "plannedEnd" -> b.plannedEnd(date(p));
        case "actualEnd" -> b.actualEnd(date(p));
        case "phaseSince" -> b.phaseSince(date(p));
        case "earlyEnd" -> b.earlyEnd(earlyEnd(p));
        case "mentorPreparation" -> b.mentorPreparation(preparation(p));
        case "menteePreparation" -> b.menteePreparation(preparation(p));
        case "agreement" -> b.agreement(agreement(p));
        case "goals" -> goals = list(p, ProgramBinder::goal);
        case "roadmap" -> b.roadmap(roadmap(p));
        case "meetings" -> meetings = list(p, ProgramBinder::meeting);
        case "followUps" -> followUps = list(p, ProgramBinder::followUp);
        case "progressUpdates" -> b.addAllProgressUpdates(list(p, ProgramBinder::progressUpdate));
        case "closure" -> b.closure(closure(p));
        case "recordedOn" -> b.recordedOn(date(p));
        default -> throw REFUSED;
      }
    }
    endObject(p);
    if (required != 63) {
      throw REFUSED;
    }
    uniqueIds(goals, SmartGoal::getId);
    uniqueIds(meetings, Meeting::getId);
    uniqueIds(followUps, FollowUp::getId);
    b.addAllGoals(goals).addAllMeetings(meetings).addAllFollowUps(followUps);
    return build(b::build);
  }

  private static EarlyEnd earlyEnd(JsonParser p) {
    startObject(p);
    EarlyEnd.Builder b = EarlyEnd.builder();
    for (String member = p.nextName(); member != null; member = p.nextName()) {
      p.nextToken();
      switch (member) {
        case "raisedBy" -> b.raisedBy(constant(p, PartnerRole.class));
        case "raisedOn" -> b.raisedOn(date(p));
        case "raisedThrough" -> b.raisedThrough(constant(p, Channel.class));
        case "reason" -> b.reason(text(p));
        default -> throw REFUSED;
      }
    }
    endObject(p);
    return build(b::build);
  }

  private static Partner partner(JsonParser p) {
    startObject(p);
    Partner.Builder b = Partner.builder();
    boolean id = false;
    for (String member = p.nextName(); member != null; member = p.nextName()) {
      p.nextToken();
      switch (member) {
        case "id" -> { b.id(text(p)); id = true; }
        case "name" -> b.name(text(p));
        default -> throw REFUSED;
      }
    }
    endObject(p);
    require(id);
    return build(b::build);
  }

  private static Preparation preparation(JsonParser p) {
    startObject(p);
    Preparation.Builder b = Preparation.builder();
    for (String member = p.nextName(); member != null; member = p.nextName()) {
      p.nextToken();
      switch (member) {
        case "wants" -> b.wants(text(p));
        case "brings" -> b.brings(text(p));
        case "expects" -> b.expects(text(p));
        default -> throw REFUSED;
      }
    }
    endObject(p);
    return build(b::build);
  }

  private static Agreement agreement(JsonParser p) {
    startObject(p);
    Agreement.Builder b = Agreement.builder();
    for (String member = p.nextName(); member != null; member = p.nextName()) {
      p.nextToken();
      switch (member) {
        case "objective" -> b.objective(text(p));
        case "meetingFormats" -> b.addAllMeetingFormats(distinct(list(p, channel())));
        case "meetingFrequency" -> b.meetingFrequency(period(p));
        case "plannedLength" -> b.plannedLength(period(p));
        case "plannedEnd" -> b.plannedEnd(date(p));
        case "earlyEndingPlan" -> b.earlyEndingPlan(text(p));
        case "availability" -> b.addAllAvailability(list(p, ProgramBinder::availability));
        case "meetingMinutes" -> b.meetingMinutes(integer(p));
        case "cancellation" -> b.cancellation(cancellation(p));
        case "agenda" -> b.agenda(agendaPolicy(p));
        case "confidentiality" -> b.confidentiality(text(p));
        case "boundaries" -> b.boundaries(boundaries(p));
        case "activities" -> b.addAllActivities(list(p, ProgramBinder::text));
        case "topics" -> b.addAllTopics(list(p, ProgramBinder::text));
        default -> throw REFUSED;
      }
    }
    endObject(p);
    return build(b::build);
  }

  private static Availability availability(JsonParser p) {
    startObject(p);
    Availability.Builder b = Availability.builder();
    int required = 0;
    for (String member = p.nextName(); member != null; member = p.nextName()) {
      p.nextToken();
      switch (member) {
        case "partner" -> { b.partner(constant(p, PartnerRole.class)); required |= 1; }
        case "day" -> { b.day(constant(p, DayOfWeek.class)); required |= 2; }
        case "from" -> { b.from(time(p)); required |= 4; }
        case "until" -> { b.until(time(p)); required |= 8; }
        default -> throw REFUSED;
      }
    }
    endObject(p);
    require(required == 15);
    return build(b::build);
  }

  private static CancellationPolicy cancellation(JsonParser p) {
    startObject(p);
    CancellationPolicy.Builder b = CancellationPolicy.builder();
    for (String member = p.nextName(); member != null; member = p.nextName()) {
      p.nextToken();
      switch (member) {
        case "channel" -> b.channel(constant(p, Channel.class));
        case "minimumNotice" -> b.minimumNotice(duration(p));
        default -> throw REFUSED;
      }
    }
    endObject(p);
    return build(b::build);
  }

  private static AgendaPolicy agendaPolicy(JsonParser p) {
    startObject(p);
    AgendaPolicy.Builder b = AgendaPolicy.builder();
    boolean sentAhead = false;
    boolean mentorAddsInput = false;
    for (String member = p.nextName(); member != null; member = p.nextName()) {
      p.nextToken();
      switch (member) {
        case "sentAhead" -> sentAhead = bool(p);
        case "leadTime" -> b.leadTime(duration(p));
        case "mentorAddsInput" -> mentorAddsInput = bool(p);
        default -> throw REFUSED;
      }
    }
    endObject(p);
    b.sentAhead(sentAhead).mentorAddsInput(mentorAddsInput);
    return build(b::build);
  }

  private static Boundaries boundaries(JsonParser p) {
    startObject(p);
    Boundaries.Builder b = Boundaries.builder();
    for (String member = p.nextName(); member != null; member = p.nextName()) {
      p.nextToken();
      switch (member) {
        case "mentorRole" -> b.mentorRole(text(p));
        case "menteeRole" -> b.menteeRole(text(p));
        case "contactChannels" -> b.addAllContactChannels(distinct(list(p, channel())));
        case "contactHours" -> b.contactHours(text(p));
        default -> throw REFUSED;
      }
    }
    endObject(p);
    return build(b::build);
  }

  private static SmartGoal goal(JsonParser p) {
    startObject(p);
    SmartGoal.Builder b = SmartGoal.builder();
    int required = 0;
    for (String member = p.nextName(); member != null; member = p.nextName()) {
      p.nextToken();
      switch (member) {
        case "id" -> { b.id(text(p)); required |= 1; }
        case "statement" -> { b.statement(text(p)); required |= 2; }
        case "measure" -> b.measure(text(p));
        case "targetDate" -> b.targetDate(date(p));
        case "setOn" -> b.setOn(date(p));
        case "servesObjective" -> b.servesObjective(text(p));
        case "status" -> b.status(constant(p, GoalStatus.class));
        case "achievedOn" -> b.achievedOn(date(p));
        case "progressChecks" -> b.addAllProgressChecks(list(p, ProgramBinder::progressCheck));
        default -> throw REFUSED;
      }
    }
    endObject(p);
    require(required == 3);
    return build(b::build);
  }

  private static ProgressCheck progressCheck(JsonParser p) {
    startObject(p);
    ProgressCheck.Builder b = ProgressCheck.builder();
    boolean date = false;
    for (String member = p.nextName(); member != null; member = p.nextName()) {
      p.nextToken();
      switch (member) {
        case "date" -> { b.date(date(p)); date = true; }
        case "note" -> b.note(text(p));
        case "percentComplete" -> b.percentComplete(integer(p));
        case "outcome" -> b.outcome(constant(p, CheckOutcome.class));
        default -> throw REFUSED;
      }
    }
    endObject(p);
    require(date);
    return build(b::build);
  }

  private static Roadmap roadmap(JsonParser p) {
    startObject(p);
    Roadmap.Builder b = Roadmap.builder();
    for (String member = p.nextName(); member != null; member = p.nextName()) {
      p.nextToken();
      switch (member) {
        case "entries" -> b.addAllEntries(list(p, ProgramBinder::roadmapEntry));
        default -> throw REFUSED;
      }
    }
    endObject(p);
    return build(b::build);
  }

  private static RoadmapEntry roadmapEntry(JsonParser p) {
    startObject(p);
    RoadmapEntry.Builder b = RoadmapEntry.builder();
    boolean topic = false;
    for (String member = p.nextName(); member != null; member = p.nextName()) {
      p.nextToken();
      switch (member) {
        case "meetingNumber" -> b.meetingNumber(integer(p));
        case "date" -> b.date(date(p));
        case "topic" -> { b.topic(text(p)); topic = true; }
        default -> throw REFUSED;
      }
    }
    endObject(p);
    require(topic);
    return build(b::build);
  }

  private static Meeting meeting(JsonParser p) {
    startObject(p);
    Meeting.Builder b = Meeting.builder();
    int required = 0;
    for (String member = p.nextName(); member != null; member = p.nextName()) {
      p.nextToken();
      switch (member) {
        case "id" -> { b.id(text(p)); required |= 1; }
        case "scheduledAt" -> { b.scheduledAt(dateTime(p)); required |= 2; }
        case "actualStart" -> b.actualStart(dateTime(p));
        case "format" -> b.format(constant(p, Channel.class));
        case "plannedMinutes" -> b.plannedMinutes(integer(p));
        case "actualMinutes" -> b.actualMinutes(integer(p));
        case "status" -> { b.status(constant(p, MeetingStatus.class)); required |= 4; }
        case "cancelledBy" -> b.cancelledBy(constant(p, PartnerRole.class));
        case "cancelledAt" -> b.cancelledAt(dateTime(p));
        case "noShowBy" -> b.noShowBy(constant(p, PartnerRole.class));
        case "agenda" -> b.agenda(agenda(p));
        case "wrapUp" -> b.wrapUp(conversationCheck(p));
        case "replaces" -> b.replaces(text(p));
        case "notes" -> b.notes(text(p));
        default -> throw REFUSED;
      }
    }
    endObject(p);
    require(required == 7);
    return build(b::build);
  }

  private static Agenda agenda(JsonParser p) {
    startObject(p);
    Agenda.Builder b = Agenda.builder();
    boolean mentorInput = false;
    for (String member = p.nextName(); member != null; member = p.nextName()) {
      p.nextToken();
      switch (member) {
        case "items" -> b.addAllItems(list(p, ProgramBinder::text));
        case "sentAt" -> b.sentAt(dateTime(p));
        case "mentorInput" -> mentorInput = bool(p);
        default -> throw REFUSED;
      }
    }
    endObject(p);
    b.mentorInput(mentorInput);
    return build(b::build);
  }

  private static ConversationCheck conversationCheck(JsonParser p) {
    startObject(p);
    ConversationCheck.Builder b = ConversationCheck.builder();
    for (String member = p.nextName(); member != null; member = p.nextName()) {
      p.nextToken();
      switch (member) {
        case "useful" -> b.useful(text(p));
        case "nextSteps" -> b.nextSteps(text(p));
        case "beforeNextTime" -> b.beforeNextTime(text(p));
        case "changeNextTime" -> b.changeNextTime(text(p));
        default -> throw REFUSED;
      }
    }
    endObject(p);
    return build(b::build);
  }

  private static FollowUp followUp(JsonParser p) {
    startObject(p);
    FollowUp.Builder b = FollowUp.builder();
    int required = 0;
    for (String member = p.nextName(); member != null; member = p.nextName()) {
      p.nextToken();
      switch (member) {
        case "id" -> { b.id(text(p)); required |= 1; }
        case "description" -> { b.description(text(p)); required |= 2; }
        case "kind" -> b.kind(constant(p, FollowUpKind.class));
        case "owner" -> b.owner(text(p));
        case "due" -> b.due(date(p));
        case "status" -> b.status(constant(p, FollowUpStatus.class));
        case "doneOn" -> b.doneOn(date(p));
        case "droppedOn" -> b.droppedOn(date(p));
        case "fromMeeting" -> b.fromMeeting(text(p));
        default -> throw REFUSED;
      }
    }
    endObject(p);
    require(required == 3);
    return build(b::build);
  }

  private static ProgressUpdate progressUpdate(JsonParser p) {
    startObject(p);
    ProgressUpdate.Builder b = ProgressUpdate.builder();
    int required = 0;
    for (String member = p.nextName(); member != null; member = p.nextName()) {
      p.nextToken();
      switch (member) {
        case "date" -> { b.date(date(p)); required |= 1; }
        case "from" -> b.from(constant(p, PartnerRole.class));
        case "kind" -> { b.kind(constant(p, ProgressKind.class)); required |= 2; }
        case "note" -> b.note(text(p));
        default -> throw REFUSED;
      }
    }
    endObject(p);
    require(required == 3);
    return build(b::build);
  }

  private static Closure closure(JsonParser p) {
    startObject(p);
    Closure.Builder b = Closure.builder();
    boolean startedOn = false;
    for (String member = p.nextName(); member != null; member = p.nextName()) {
      p.nextToken();
      switch (member) {
        case "startedOn" -> { b.startedOn(date(p)); startedOn = true; }
        case "mentorFeedback" -> b.mentorFeedback(feedback(p));
        case "menteeFeedback" -> b.menteeFeedback(feedback(p));
        case "remainingWork" -> b.addAllRemainingWork(list(p, ProgramBinder::remainingWork));
        case "mentorDecision" -> b.mentorDecision(decision(p));
        case "menteeDecision" -> b.menteeDecision(decision(p));
        case "continuation" -> b.continuation(continuationPlan(p));
        case "thankedBy" ->
            b.addAllThankedBy(distinct(list(p, q -> constant(q, PartnerRole.class))));
        case "contactPlan" -> b.contactPlan(contactPlan(p));
        case "payItForward" -> b.payItForward(text(p));
        default -> throw REFUSED;
      }
    }
    endObject(p);
    require(startedOn);
    return build(b::build);
  }

  private static Feedback feedback(JsonParser p) {
    startObject(p);
    Feedback.Builder b = Feedback.builder();
    for (String member = p.nextName(); member != null; member = p.nextName()) {
      p.nextToken();
      switch (member) {
        case "workedBest" -> b.workedBest(text(p));
        case "mostChallenging" -> b.mostChallenging(text(p));
        case "doDifferently" -> b.doDifferently(text(p));
        default -> throw REFUSED;
      }
    }
    endObject(p);
    return build(b::build);
  }

  private static RemainingWork remainingWork(JsonParser p) {
    startObject(p);
    RemainingWork.Builder b = RemainingWork.builder();
    boolean description = false;
    for (String member = p.nextName(); member != null; member = p.nextName()) {
      p.nextToken();
      switch (member) {
        case "description" -> { b.description(text(p)); description = true; }
        case "resolution" -> b.resolution(constant(p, Resolution.class));
        default -> throw REFUSED;
      }
    }
    endObject(p);
    require(description);
    return build(b::build);
  }

  private static ContinuationDecision decision(JsonParser p) {
    startObject(p);
    ContinuationDecision.Builder b = ContinuationDecision.builder();
    boolean answer = false;
    for (String member = p.nextName(); member != null; member = p.nextName()) {
      p.nextToken();
      switch (member) {
        case "continueInformally" -> { b.continueInformally(bool(p)); answer = true; }
        case "reason" -> b.reason(text(p));
        default -> throw REFUSED;
      }
    }
    endObject(p);
    require(answer);
    return build(b::build);
  }

  private static ContinuationPlan continuationPlan(JsonParser p) {
    startObject(p);
    ContinuationPlan.Builder b = ContinuationPlan.builder();
    for (String member = p.nextName(); member != null; member = p.nextName()) {
      p.nextToken();
      switch (member) {
        case "frequency" -> b.frequency(period(p));
        case "keepAgenda" -> b.keepAgenda(bool(p));
        case "focus" -> b.focus(text(p));
        default -> throw REFUSED;
      }
    }
    endObject(p);
    return build(b::build);
  }

  private static ContactPlan contactPlan(JsonParser p) {
    startObject(p);
    ContactPlan.Builder b = ContactPlan.builder();
    boolean sharesUpdates = false;
    for (String member = p.nextName(); member != null; member = p.nextName()) {
      p.nextToken();
      switch (member) {
        case "finalConversationOn" -> b.finalConversationOn(date(p));
        case "channels" -> b.addAllChannels(distinct(list(p, channel())));
        case "sharesUpdates" -> sharesUpdates = bool(p);
        default -> throw REFUSED;
      }
    }
    endObject(p);
    b.sharesUpdates(sharesUpdates);
    return build(b::build);
  }

  // ---- values: each as ObjectReader reads it, or refused -------------------------------------

  private static void startObject(JsonParser p) {
    require(p.currentToken() == JsonToken.START_OBJECT);
  }

  /** After the last member: {@code nextName()} gave null, which must be at the object's end. */
  private static void endObject(JsonParser p) {
    require(p.currentToken() == JsonToken.END_OBJECT);
  }

  private static <T> List<T> list(JsonParser p, Function<JsonParser, T> element) {
    require(p.currentToken() == JsonToken.START_ARRAY);
    List<T> out = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      out.add(element.apply(p));
    }
    return out;
  }

  private static <T> List<T> distinct(List<T> values) {
    require(values.size() < 2 || new HashSet<>(values).size() == values.size());
    return values;
  }

  /** As the tree reader's check of ids within a list: no non-blank id twice. */
  private static <T> void uniqueIds(List<T> elements, Function<T, String> id) {
    if (elements.size() < 2) {
      return;
    }
    Set<String> seen = new HashSet<>();
    for (T element : elements) {
      String value = id.apply(element);
      require(value.isBlank() || seen.add(value));
    }
  }

  private static String text(JsonParser p) {
    require(p.currentToken() == JsonToken.VALUE_STRING);
    return p.getString();
  }

  private static boolean bool(JsonParser p) {
    JsonToken token = p.currentToken();
    require(token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE);
    return token == JsonToken.VALUE_TRUE;
  }

  private static int integer(JsonParser p) {
    require(p.currentToken() == JsonToken.VALUE_NUMBER_INT
        && p.getNumberType() == JsonParser.NumberType.INT);
    return p.getIntValue();
  }

  private static LocalDate date(JsonParser p) {
    LocalDate date = JsonValues.parseDate(text(p));
    require(CheckDates.isInRange(date));
    return date;
  }

  private static LocalDateTime dateTime(JsonParser p) {
    LocalDateTime dateTime = JsonValues.parseDateTime(text(p));
    require(CheckDates.isInRange(dateTime.toLocalDate()));
    return dateTime;
  }

  private static LocalTime time(JsonParser p) {
    return LocalTime.parse(text(p));
  }

  private static Period period(JsonParser p) {
    Period period = Period.parse(text(p));
    require(Math.abs(period.getYears() * 365L + period.getMonths() * 30L + period.getDays())
        <= MAX_SPAN_DAYS);
    return period;
  }

  private static Duration duration(JsonParser p) {
    Duration duration = Duration.parse(text(p));
    require(Math.abs(duration.toDays()) <= MAX_SPAN_DAYS);
    return duration;
  }

  private static final long MAX_SPAN_DAYS = ObjectReader.MAX_SPAN_YEARS * 365L + 250;

  private static <E extends Enum<E>> E constant(JsonParser p, Class<E> type) {
    E constant = JsonValues.enumValue(type, text(p));
    require(constant != null);
    return constant;
  }

  private static Function<JsonParser, Channel> channel() {
    return p -> constant(p, Channel.class);
  }

  private static <T> T build(Supplier<T> builder) {
    try {
      return builder.get();
    } catch (RuntimeException e) {
      // the model's violations, or anything else a builder refuses: the tree reader reports it
      throw REFUSED;
    }
  }

  private static void require(boolean condition) {
    if (!condition) {
      throw REFUSED;
    }
  }
}
