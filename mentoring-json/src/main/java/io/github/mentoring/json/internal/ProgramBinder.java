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
import java.util.function.ToIntFunction;
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
    Head head = new Head();
    int seen = members(p, member -> switch (member) {
      case "$schema" -> none(text(p));
      case "formatVersion" -> bit(1, head.version = integer(p));
      case "name" -> bit(2, head.name = text(p));
      case "asOf" -> none(head.asOf = date(p));
      case "relationships" -> bit(4, head.relationships = list(p, ProgramBinder::relationship0));
      default -> throw REFUSED;
    });
    require(seen == 7 && head.version == Program.CURRENT_FORMAT_VERSION);
    uniqueIds(head.relationships, Relationship::getId);
    return build(() -> new Program(Program.CURRENT_FORMAT_VERSION, head.name,
        Optional.ofNullable(head.asOf), head.relationships));
  }

  /** The program's own members, as read. */
  private static final class Head {
    int version;
    String name;
    LocalDate asOf;
    List<Relationship> relationships;
  }

  private static Relationship relationship0(JsonParser p) {
    Relationship.Builder b = Relationship.builder();
    int seen = members(p, member -> switch (member) {
      case "id" -> bit(1, b.id(text(p)));
      case "mentor" -> bit(2, b.mentor(partner(p)));
      case "mentee" -> bit(4, b.mentee(partner(p)));
      case "kind" -> bit(8, b.kind(constant(p, RelationshipKind.class)));
      case "phase" -> bit(16, b.phase(constant(p, Phase.class)));
      case "startDate" -> bit(32, b.startDate(date(p)));
      case "plannedEnd" -> none(b.plannedEnd(date(p)));
      case "actualEnd" -> none(b.actualEnd(date(p)));
      case "phaseSince" -> none(b.phaseSince(date(p)));
      case "earlyEnd" -> none(b.earlyEnd(earlyEnd(p)));
      case "mentorPreparation" -> none(b.mentorPreparation(preparation(p)));
      case "menteePreparation" -> none(b.menteePreparation(preparation(p)));
      case "agreement" -> none(b.agreement(agreement(p)));
      case "goals" -> none(b.addAllGoals(list(p, ProgramBinder::goal)));
      case "roadmap" -> none(b.roadmap(roadmap(p)));
      case "meetings" -> none(b.addAllMeetings(list(p, ProgramBinder::meeting)));
      case "followUps" -> none(b.addAllFollowUps(list(p, ProgramBinder::followUp)));
      case "progressUpdates" ->
          none(b.addAllProgressUpdates(list(p, ProgramBinder::progressUpdate)));
      case "closure" -> none(b.closure(closure(p)));
      case "recordedOn" -> none(b.recordedOn(date(p)));
      default -> throw REFUSED;
    });
    require(seen == 63);
    Relationship relationship = build(b::build);
    uniqueIds(relationship.getGoals(), SmartGoal::getId);
    uniqueIds(relationship.getMeetings(), Meeting::getId);
    uniqueIds(relationship.getFollowUps(), FollowUp::getId);
    return relationship;
  }

  private static EarlyEnd earlyEnd(JsonParser p) {
    EarlyEnd.Builder b = EarlyEnd.builder();
    members(p, member -> switch (member) {
      case "raisedBy" -> none(b.raisedBy(constant(p, PartnerRole.class)));
      case "raisedOn" -> none(b.raisedOn(date(p)));
      case "raisedThrough" -> none(b.raisedThrough(constant(p, Channel.class)));
      case "reason" -> none(b.reason(text(p)));
      default -> throw REFUSED;
    });
    return build(b::build);
  }

  private static Partner partner(JsonParser p) {
    Partner.Builder b = Partner.builder();
    int seen = members(p, member -> switch (member) {
      case "id" -> bit(1, b.id(text(p)));
      case "name" -> none(b.name(text(p)));
      default -> throw REFUSED;
    });
    require(seen == 1);
    return build(b::build);
  }

  private static Preparation preparation(JsonParser p) {
    Preparation.Builder b = Preparation.builder();
    members(p, member -> switch (member) {
      case "wants" -> none(b.wants(text(p)));
      case "brings" -> none(b.brings(text(p)));
      case "expects" -> none(b.expects(text(p)));
      default -> throw REFUSED;
    });
    return build(b::build);
  }

  private static Agreement agreement(JsonParser p) {
    Agreement.Builder b = Agreement.builder();
    members(p, member -> switch (member) {
      case "objective" -> none(b.objective(text(p)));
      case "meetingFormats" -> none(b.addAllMeetingFormats(distinct(list(p, channel()))));
      case "meetingFrequency" -> none(b.meetingFrequency(period(p)));
      case "plannedLength" -> none(b.plannedLength(period(p)));
      case "plannedEnd" -> none(b.plannedEnd(date(p)));
      case "earlyEndingPlan" -> none(b.earlyEndingPlan(text(p)));
      case "availability" -> none(b.addAllAvailability(list(p, ProgramBinder::availability)));
      case "meetingMinutes" -> none(b.meetingMinutes(integer(p)));
      case "cancellation" -> none(b.cancellation(cancellation(p)));
      case "agenda" -> none(b.agenda(agendaPolicy(p)));
      case "confidentiality" -> none(b.confidentiality(text(p)));
      case "boundaries" -> none(b.boundaries(boundaries(p)));
      case "activities" -> none(b.addAllActivities(list(p, ProgramBinder::text)));
      case "topics" -> none(b.addAllTopics(list(p, ProgramBinder::text)));
      default -> throw REFUSED;
    });
    return build(b::build);
  }

  private static Availability availability(JsonParser p) {
    Availability.Builder b = Availability.builder();
    int seen = members(p, member -> switch (member) {
      case "partner" -> bit(1, b.partner(constant(p, PartnerRole.class)));
      case "day" -> bit(2, b.day(constant(p, DayOfWeek.class)));
      case "from" -> bit(4, b.from(time(p)));
      case "until" -> bit(8, b.until(time(p)));
      default -> throw REFUSED;
    });
    require(seen == 15);
    return build(b::build);
  }

  private static CancellationPolicy cancellation(JsonParser p) {
    CancellationPolicy.Builder b = CancellationPolicy.builder();
    members(p, member -> switch (member) {
      case "channel" -> none(b.channel(constant(p, Channel.class)));
      case "minimumNotice" -> none(b.minimumNotice(duration(p)));
      default -> throw REFUSED;
    });
    return build(b::build);
  }

  private static AgendaPolicy agendaPolicy(JsonParser p) {
    AgendaPolicy.Builder b = AgendaPolicy.builder();
    int seen = members(p, member -> switch (member) {
      case "sentAhead" -> bit(1, b.sentAhead(bool(p)));
      case "leadTime" -> none(b.leadTime(duration(p)));
      case "mentorAddsInput" -> bit(2, b.mentorAddsInput(bool(p)));
      default -> throw REFUSED;
    });
    // absent flags are false, set as the tree reader sets them
    if ((seen & 1) == 0) {
      b.sentAhead(false);
    }
    if ((seen & 2) == 0) {
      b.mentorAddsInput(false);
    }
    return build(b::build);
  }

  private static Boundaries boundaries(JsonParser p) {
    Boundaries.Builder b = Boundaries.builder();
    members(p, member -> switch (member) {
      case "mentorRole" -> none(b.mentorRole(text(p)));
      case "menteeRole" -> none(b.menteeRole(text(p)));
      case "contactChannels" -> none(b.addAllContactChannels(distinct(list(p, channel()))));
      case "contactHours" -> none(b.contactHours(text(p)));
      default -> throw REFUSED;
    });
    return build(b::build);
  }

  private static SmartGoal goal(JsonParser p) {
    SmartGoal.Builder b = SmartGoal.builder();
    int seen = members(p, member -> switch (member) {
      case "id" -> bit(1, b.id(text(p)));
      case "statement" -> bit(2, b.statement(text(p)));
      case "measure" -> none(b.measure(text(p)));
      case "targetDate" -> none(b.targetDate(date(p)));
      case "setOn" -> none(b.setOn(date(p)));
      case "servesObjective" -> none(b.servesObjective(text(p)));
      case "status" -> none(b.status(constant(p, GoalStatus.class)));
      case "achievedOn" -> none(b.achievedOn(date(p)));
      case "progressChecks" -> none(b.addAllProgressChecks(list(p, ProgramBinder::progressCheck)));
      default -> throw REFUSED;
    });
    require(seen == 3);
    return build(b::build);
  }

  private static ProgressCheck progressCheck(JsonParser p) {
    ProgressCheck.Builder b = ProgressCheck.builder();
    int seen = members(p, member -> switch (member) {
      case "date" -> bit(1, b.date(date(p)));
      case "note" -> none(b.note(text(p)));
      case "percentComplete" -> none(b.percentComplete(integer(p)));
      case "outcome" -> none(b.outcome(constant(p, CheckOutcome.class)));
      default -> throw REFUSED;
    });
    require(seen == 1);
    return build(b::build);
  }

  private static Roadmap roadmap(JsonParser p) {
    Roadmap.Builder b = Roadmap.builder();
    members(p, member -> switch (member) {
      case "entries" -> none(b.addAllEntries(list(p, ProgramBinder::roadmapEntry)));
      default -> throw REFUSED;
    });
    return build(b::build);
  }

  private static RoadmapEntry roadmapEntry(JsonParser p) {
    RoadmapEntry.Builder b = RoadmapEntry.builder();
    int seen = members(p, member -> switch (member) {
      case "meetingNumber" -> none(b.meetingNumber(integer(p)));
      case "date" -> none(b.date(date(p)));
      case "topic" -> bit(1, b.topic(text(p)));
      default -> throw REFUSED;
    });
    require(seen == 1);
    return build(b::build);
  }

  private static Meeting meeting(JsonParser p) {
    Meeting.Builder b = Meeting.builder();
    int seen = members(p, member -> switch (member) {
      case "id" -> bit(1, b.id(text(p)));
      case "scheduledAt" -> bit(2, b.scheduledAt(dateTime(p)));
      case "actualStart" -> none(b.actualStart(dateTime(p)));
      case "format" -> none(b.format(constant(p, Channel.class)));
      case "plannedMinutes" -> none(b.plannedMinutes(integer(p)));
      case "actualMinutes" -> none(b.actualMinutes(integer(p)));
      case "status" -> bit(4, b.status(constant(p, MeetingStatus.class)));
      case "cancelledBy" -> none(b.cancelledBy(constant(p, PartnerRole.class)));
      case "cancelledAt" -> none(b.cancelledAt(dateTime(p)));
      case "noShowBy" -> none(b.noShowBy(constant(p, PartnerRole.class)));
      case "agenda" -> none(b.agenda(agenda(p)));
      case "wrapUp" -> none(b.wrapUp(conversationCheck(p)));
      case "replaces" -> none(b.replaces(text(p)));
      case "notes" -> none(b.notes(text(p)));
      default -> throw REFUSED;
    });
    require(seen == 7);
    return build(b::build);
  }

  private static Agenda agenda(JsonParser p) {
    Agenda.Builder b = Agenda.builder();
    int seen = members(p, member -> switch (member) {
      case "items" -> none(b.addAllItems(list(p, ProgramBinder::text)));
      case "sentAt" -> none(b.sentAt(dateTime(p)));
      case "mentorInput" -> bit(1, b.mentorInput(bool(p)));
      default -> throw REFUSED;
    });
    if (seen == 0) {
      b.mentorInput(false);
    }
    return build(b::build);
  }

  private static ConversationCheck conversationCheck(JsonParser p) {
    ConversationCheck.Builder b = ConversationCheck.builder();
    members(p, member -> switch (member) {
      case "useful" -> none(b.useful(text(p)));
      case "nextSteps" -> none(b.nextSteps(text(p)));
      case "beforeNextTime" -> none(b.beforeNextTime(text(p)));
      case "changeNextTime" -> none(b.changeNextTime(text(p)));
      default -> throw REFUSED;
    });
    return build(b::build);
  }

  private static FollowUp followUp(JsonParser p) {
    FollowUp.Builder b = FollowUp.builder();
    int seen = members(p, member -> switch (member) {
      case "id" -> bit(1, b.id(text(p)));
      case "description" -> bit(2, b.description(text(p)));
      case "kind" -> none(b.kind(constant(p, FollowUpKind.class)));
      case "owner" -> none(b.owner(text(p)));
      case "due" -> none(b.due(date(p)));
      case "status" -> none(b.status(constant(p, FollowUpStatus.class)));
      case "doneOn" -> none(b.doneOn(date(p)));
      case "droppedOn" -> none(b.droppedOn(date(p)));
      case "fromMeeting" -> none(b.fromMeeting(text(p)));
      default -> throw REFUSED;
    });
    require(seen == 3);
    return build(b::build);
  }

  private static ProgressUpdate progressUpdate(JsonParser p) {
    ProgressUpdate.Builder b = ProgressUpdate.builder();
    int seen = members(p, member -> switch (member) {
      case "date" -> bit(1, b.date(date(p)));
      case "from" -> none(b.from(constant(p, PartnerRole.class)));
      case "kind" -> bit(2, b.kind(constant(p, ProgressKind.class)));
      case "note" -> none(b.note(text(p)));
      default -> throw REFUSED;
    });
    require(seen == 3);
    return build(b::build);
  }

  private static Closure closure(JsonParser p) {
    Closure.Builder b = Closure.builder();
    int seen = members(p, member -> switch (member) {
      case "startedOn" -> bit(1, b.startedOn(date(p)));
      case "mentorFeedback" -> none(b.mentorFeedback(feedback(p)));
      case "menteeFeedback" -> none(b.menteeFeedback(feedback(p)));
      case "remainingWork" -> none(b.addAllRemainingWork(list(p, ProgramBinder::remainingWork)));
      case "mentorDecision" -> none(b.mentorDecision(decision(p)));
      case "menteeDecision" -> none(b.menteeDecision(decision(p)));
      case "continuation" -> none(b.continuation(continuationPlan(p)));
      case "thankedBy" ->
          none(b.addAllThankedBy(distinct(list(p, q -> constant(q, PartnerRole.class)))));
      case "contactPlan" -> none(b.contactPlan(contactPlan(p)));
      case "payItForward" -> none(b.payItForward(text(p)));
      default -> throw REFUSED;
    });
    require(seen == 1);
    return build(b::build);
  }

  private static Feedback feedback(JsonParser p) {
    Feedback.Builder b = Feedback.builder();
    members(p, member -> switch (member) {
      case "workedBest" -> none(b.workedBest(text(p)));
      case "mostChallenging" -> none(b.mostChallenging(text(p)));
      case "doDifferently" -> none(b.doDifferently(text(p)));
      default -> throw REFUSED;
    });
    return build(b::build);
  }

  private static RemainingWork remainingWork(JsonParser p) {
    RemainingWork.Builder b = RemainingWork.builder();
    int seen = members(p, member -> switch (member) {
      case "description" -> bit(1, b.description(text(p)));
      case "resolution" -> none(b.resolution(constant(p, Resolution.class)));
      default -> throw REFUSED;
    });
    require(seen == 1);
    return build(b::build);
  }

  private static ContinuationDecision decision(JsonParser p) {
    ContinuationDecision.Builder b = ContinuationDecision.builder();
    int seen = members(p, member -> switch (member) {
      case "continueInformally" -> bit(1, b.continueInformally(bool(p)));
      case "reason" -> none(b.reason(text(p)));
      default -> throw REFUSED;
    });
    require(seen == 1);
    return build(b::build);
  }

  private static ContinuationPlan continuationPlan(JsonParser p) {
    ContinuationPlan.Builder b = ContinuationPlan.builder();
    members(p, member -> switch (member) {
      case "frequency" -> none(b.frequency(period(p)));
      case "keepAgenda" -> none(b.keepAgenda(bool(p)));
      case "focus" -> none(b.focus(text(p)));
      default -> throw REFUSED;
    });
    return build(b::build);
  }

  private static ContactPlan contactPlan(JsonParser p) {
    ContactPlan.Builder b = ContactPlan.builder();
    int seen = members(p, member -> switch (member) {
      case "finalConversationOn" -> none(b.finalConversationOn(date(p)));
      case "channels" -> none(b.addAllChannels(distinct(list(p, channel()))));
      case "sharesUpdates" -> bit(1, b.sharesUpdates(bool(p)));
      default -> throw REFUSED;
    });
    if (seen == 0) {
      b.sharesUpdates(false);
    }
    return build(b::build);
  }

  // ---- values: each as ObjectReader reads it, or refused -------------------------------------

  /**
   * Reads the members of the object at the parser's current token: each name is handed to
   * {@code member} with the parser at its value, and {@code member} reads the value into a
   * builder and answers the member's bit ({@link #bit}), or none ({@link #none}) for a member
   * nothing depends on being there; an unknown name refuses. Returns the bits of the members
   * read, for the required ones to be checked.
   */
  private static int members(JsonParser p, ToIntFunction<String> member) {
    require(p.currentToken() == JsonToken.START_OBJECT);
    int seen = 0;
    for (String name = p.nextName(); name != null; name = p.nextName()) {
      p.nextToken();
      seen |= member.applyAsInt(name);
    }
    // nextName() gave null: that must be at the object's end
    require(p.currentToken() == JsonToken.END_OBJECT);
    return seen;
  }

  /** A member whose presence is checked after the object: {@code bit} once it was read. */
  private static int bit(int bit, Object read) {
    return bit;
  }

  /** A member read into its builder that nothing checks the presence of. */
  private static int none(Object read) {
    return 0;
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
