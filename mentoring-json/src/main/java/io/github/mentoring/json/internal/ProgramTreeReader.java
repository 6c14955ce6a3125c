package io.github.mentoring.json.internal;

import io.github.mentoring.json.Program;
import static io.github.mentoring.json.internal.ObjectReader.constant;
import static io.github.mentoring.json.internal.ObjectReader.objects;
import static io.github.mentoring.json.internal.ObjectReader.set;

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
import io.github.mentoring.core.validation.Violation;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Maps a JSON tree to a {@link Program}, one small mapper per model type. Children are read and
 * built before their parent, and a parent is built from the children that could be built, so that
 * one read reports the problems of every object.
 */
public final class ProgramTreeReader {

  private static final Pattern FROM_MEETING = Pattern.compile("followUps\\[(\\d+)]\\.fromMeeting");
  private static final Pattern REPLACES = Pattern.compile("meetings\\[(\\d+)]\\.replaces");

  private ProgramTreeReader() {}

  /** The program, or null when anything was wrong (then {@code context} holds the problems). */
  public static Program read(ReadContext context, JsonNode root) {
    ObjectReader o = ObjectReader.of(context, root, Where.ROOT);
    if (o == null) {
      return null;
    }
    o.ignore("$schema");
    Integer version = o.required("formatVersion", ObjectReader::integer);
    String name = o.required("name", ObjectReader::text);
    LocalDate asOf = o.optional("asOf", ObjectReader::date);
    List<Relationship> relationships =
        o.requiredList("relationships", objects(ProgramTreeReader::relationship));
    o.uniqueIds("relationships");
    int formatVersion = version == null ? Program.CURRENT_FORMAT_VERSION : version;
    return o.build(() -> new Program(formatVersion, name, Optional.ofNullable(asOf), relationships));
  }

  private static Relationship relationship(ObjectReader o) {
    Relationship.Builder b = Relationship.builder();
    set(o.required("id", ObjectReader::text), b::id);
    set(o.required("mentor", objects(ProgramTreeReader::partner)), b::mentor);
    set(o.required("mentee", objects(ProgramTreeReader::partner)), b::mentee);
    set(o.required("kind", constant(RelationshipKind.class)), b::kind);
    set(o.required("phase", constant(Phase.class)), b::phase);
    set(o.required("startDate", ObjectReader::date), b::startDate);
    set(o.optional("plannedEnd", ObjectReader::date), b::plannedEnd);
    set(o.optional("actualEnd", ObjectReader::date), b::actualEnd);
    set(o.optional("phaseSince", ObjectReader::date), b::phaseSince);
    set(o.optional("earlyEnd", objects(ProgramTreeReader::earlyEnd)), b::earlyEnd);
    set(o.optional("mentorPreparation", objects(ProgramTreeReader::preparation)), b::mentorPreparation);
    set(o.optional("menteePreparation", objects(ProgramTreeReader::preparation)), b::menteePreparation);
    set(o.optional("agreement", objects(ProgramTreeReader::agreement)), b::agreement);
    b.addAllGoals(o.list("goals", objects(ProgramTreeReader::goal)));
    set(o.optional("roadmap", objects(ProgramTreeReader::roadmap)), b::roadmap);
    List<Meeting> meetings = o.list("meetings", objects(ProgramTreeReader::meeting));
    b.addAllMeetings(meetings);
    List<FollowUp> followUps = o.list("followUps", objects(ProgramTreeReader::followUp));
    b.addAllFollowUps(followUps);
    b.addAllProgressUpdates(o.list("progressUpdates", objects(ProgramTreeReader::progressUpdate)));
    o.uniqueIds("goals");
    o.uniqueIds("meetings");
    o.uniqueIds("followUps");
    set(o.optional("closure", objects(ProgramTreeReader::closure)), b::closure);
    set(o.optional("recordedOn", ObjectReader::date), b::recordedOn);
    return o.build(b::build, referencesToMeetingsLeftOut(o, followUps, meetings));
  }

  /**
   * A follow-up or a replacement naming a meeting that is in the file but could not be built is
   * not reported as naming no meeting: the meeting's own problems are.
   */
  private static Predicate<Violation> referencesToMeetingsLeftOut(
      ObjectReader o, List<FollowUp> followUps, List<Meeting> meetings) {
    Set<String> leftOut = meetingIdsLeftOut(o);
    if (leftOut.isEmpty()) {
      return v -> false;
    }
    return v -> {
      Matcher m = FROM_MEETING.matcher(v.path());
      if (m.matches()) {
        int index = Integer.parseInt(m.group(1));
        return index < followUps.size()
            && followUps.get(index).getFromMeeting().filter(leftOut::contains).isPresent();
      }
      Matcher r = REPLACES.matcher(v.path());
      if (r.matches()) {
        int index = Integer.parseInt(r.group(1));
        return index < meetings.size()
            && meetings.get(index).getReplaces().filter(leftOut::contains).isPresent();
      }
      return false;
    };
  }

  private static Set<String> meetingIdsLeftOut(ObjectReader o) {
    Set<String> ids = new HashSet<>();
    JsonNode meetings = o.peek("meetings");
    if (meetings == null || !meetings.isArray()) {
      return ids;
    }
    int[] kept = o.documentIndexes("meetings");
    for (int i = 0; i < meetings.size(); i++) {
      int index = i;
      JsonNode id = meetings.get(i).path("id");
      if (Arrays.stream(kept).noneMatch(k -> k == index) && id.isString()) {
        ids.add(id.stringValue());
      }
    }
    return ids;
  }

  private static EarlyEnd earlyEnd(ObjectReader o) {
    EarlyEnd.Builder b = EarlyEnd.builder();
    set(o.optional("raisedBy", constant(PartnerRole.class)), b::raisedBy);
    set(o.optional("raisedOn", ObjectReader::date), b::raisedOn);
    set(o.optional("raisedThrough", constant(Channel.class)), b::raisedThrough);
    set(o.optional("reason", ObjectReader::text), b::reason);
    return o.build(b::build);
  }

  private static Partner partner(ObjectReader o) {
    Partner.Builder b = Partner.builder();
    set(o.required("id", ObjectReader::text), b::id);
    set(o.optional("name", ObjectReader::text), b::name);
    return o.build(b::build);
  }

  private static Preparation preparation(ObjectReader o) {
    Preparation.Builder b = Preparation.builder();
    set(o.optional("wants", ObjectReader::text), b::wants);
    set(o.optional("brings", ObjectReader::text), b::brings);
    set(o.optional("expects", ObjectReader::text), b::expects);
    return o.build(b::build);
  }

  private static Agreement agreement(ObjectReader o) {
    Agreement.Builder b = Agreement.builder();
    set(o.optional("objective", ObjectReader::text), b::objective);
    b.addAllMeetingFormats(o.distinctList("meetingFormats", constant(Channel.class)));
    set(o.optional("meetingFrequency", ObjectReader::period), b::meetingFrequency);
    set(o.optional("plannedLength", ObjectReader::period), b::plannedLength);
    set(o.optional("plannedEnd", ObjectReader::date), b::plannedEnd);
    set(o.optional("earlyEndingPlan", ObjectReader::text), b::earlyEndingPlan);
    b.addAllAvailability(o.list("availability", objects(ProgramTreeReader::availability)));
    set(o.optional("meetingMinutes", ObjectReader::integer), b::meetingMinutes);
    set(o.optional("cancellation", objects(ProgramTreeReader::cancellation)), b::cancellation);
    set(o.optional("agenda", objects(ProgramTreeReader::agendaPolicy)), b::agenda);
    set(o.optional("confidentiality", ObjectReader::text), b::confidentiality);
    set(o.optional("boundaries", objects(ProgramTreeReader::boundaries)), b::boundaries);
    b.addAllActivities(o.list("activities", ObjectReader::text));
    b.addAllTopics(o.list("topics", ObjectReader::text));
    return o.build(b::build);
  }

  private static Availability availability(ObjectReader o) {
    Availability.Builder b = Availability.builder();
    set(o.required("partner", constant(PartnerRole.class)), b::partner);
    set(o.required("day", constant(DayOfWeek.class)), b::day);
    set(o.required("from", ObjectReader::time), b::from);
    set(o.required("until", ObjectReader::time), b::until);
    return o.build(b::build);
  }

  private static CancellationPolicy cancellation(ObjectReader o) {
    CancellationPolicy.Builder b = CancellationPolicy.builder();
    set(o.optional("channel", constant(Channel.class)), b::channel);
    set(o.optional("minimumNotice", ObjectReader::duration), b::minimumNotice);
    return o.build(b::build);
  }

  private static AgendaPolicy agendaPolicy(ObjectReader o) {
    AgendaPolicy.Builder b = AgendaPolicy.builder();
    b.sentAhead(o.flag("sentAhead"));
    set(o.optional("leadTime", ObjectReader::duration), b::leadTime);
    b.mentorAddsInput(o.flag("mentorAddsInput"));
    return o.build(b::build);
  }

  private static Boundaries boundaries(ObjectReader o) {
    Boundaries.Builder b = Boundaries.builder();
    set(o.optional("mentorRole", ObjectReader::text), b::mentorRole);
    set(o.optional("menteeRole", ObjectReader::text), b::menteeRole);
    b.addAllContactChannels(o.distinctList("contactChannels", constant(Channel.class)));
    set(o.optional("contactHours", ObjectReader::text), b::contactHours);
    return o.build(b::build);
  }

  private static SmartGoal goal(ObjectReader o) {
    SmartGoal.Builder b = SmartGoal.builder();
    set(o.required("id", ObjectReader::text), b::id);
    set(o.required("statement", ObjectReader::text), b::statement);
    set(o.optional("measure", ObjectReader::text), b::measure);
    set(o.optional("targetDate", ObjectReader::date), b::targetDate);
    set(o.optional("setOn", ObjectReader::date), b::setOn);
    set(o.optional("servesObjective", ObjectReader::text), b::servesObjective);
    set(o.optional("status", constant(GoalStatus.class)), b::status);
    set(o.optional("achievedOn", ObjectReader::date), b::achievedOn);
    b.addAllProgressChecks(o.list("progressChecks", objects(ProgramTreeReader::progressCheck)));
    return o.build(b::build);
  }

  private static ProgressCheck progressCheck(ObjectReader o) {
    ProgressCheck.Builder b = ProgressCheck.builder();
    set(o.required("date", ObjectReader::date), b::date);
    set(o.optional("note", ObjectReader::text), b::note);
    set(o.optional("percentComplete", ObjectReader::integer), b::percentComplete);
    set(o.optional("outcome", constant(CheckOutcome.class)), b::outcome);
    return o.build(b::build);
  }

  private static Roadmap roadmap(ObjectReader o) {
    Roadmap.Builder b = Roadmap.builder();
    b.addAllEntries(o.list("entries", objects(ProgramTreeReader::roadmapEntry)));
    return o.build(b::build);
  }

  private static RoadmapEntry roadmapEntry(ObjectReader o) {
    RoadmapEntry.Builder b = RoadmapEntry.builder();
    set(o.optional("meetingNumber", ObjectReader::integer), b::meetingNumber);
    set(o.optional("date", ObjectReader::date), b::date);
    set(o.required("topic", ObjectReader::text), b::topic);
    return o.build(b::build);
  }

  private static Meeting meeting(ObjectReader o) {
    Meeting.Builder b = Meeting.builder();
    set(o.required("id", ObjectReader::text), b::id);
    set(o.required("scheduledAt", ObjectReader::dateTime), b::scheduledAt);
    set(o.optional("actualStart", ObjectReader::dateTime), b::actualStart);
    set(o.optional("format", constant(Channel.class)), b::format);
    set(o.optional("plannedMinutes", ObjectReader::integer), b::plannedMinutes);
    set(o.optional("actualMinutes", ObjectReader::integer), b::actualMinutes);
    set(o.required("status", constant(MeetingStatus.class)), b::status);
    set(o.optional("cancelledBy", constant(PartnerRole.class)), b::cancelledBy);
    set(o.optional("cancelledAt", ObjectReader::dateTime), b::cancelledAt);
    set(o.optional("noShowBy", constant(PartnerRole.class)), b::noShowBy);
    set(o.optional("agenda", objects(ProgramTreeReader::agenda)), b::agenda);
    set(o.optional("wrapUp", objects(ProgramTreeReader::conversationCheck)), b::wrapUp);
    set(o.optional("replaces", ObjectReader::text), b::replaces);
    set(o.optional("notes", ObjectReader::text), b::notes);
    return o.build(b::build);
  }

  private static Agenda agenda(ObjectReader o) {
    Agenda.Builder b = Agenda.builder();
    b.addAllItems(o.list("items", ObjectReader::text));
    set(o.optional("sentAt", ObjectReader::dateTime), b::sentAt);
    b.mentorInput(o.flag("mentorInput"));
    return o.build(b::build);
  }

  private static ConversationCheck conversationCheck(ObjectReader o) {
    ConversationCheck.Builder b = ConversationCheck.builder();
    set(o.optional("useful", ObjectReader::text), b::useful);
    set(o.optional("nextSteps", ObjectReader::text), b::nextSteps);
    set(o.optional("beforeNextTime", ObjectReader::text), b::beforeNextTime);
    set(o.optional("changeNextTime", ObjectReader::text), b::changeNextTime);
    return o.build(b::build);
  }

  private static FollowUp followUp(ObjectReader o) {
    FollowUp.Builder b = FollowUp.builder();
    set(o.required("id", ObjectReader::text), b::id);
    set(o.required("description", ObjectReader::text), b::description);
    set(o.optional("kind", constant(FollowUpKind.class)), b::kind);
    set(o.optional("owner", ObjectReader::text), b::owner);
    set(o.optional("due", ObjectReader::date), b::due);
    set(o.optional("status", constant(FollowUpStatus.class)), b::status);
    set(o.optional("doneOn", ObjectReader::date), b::doneOn);
    set(o.optional("droppedOn", ObjectReader::date), b::droppedOn);
    set(o.optional("fromMeeting", ObjectReader::text), b::fromMeeting);
    return o.build(b::build);
  }

  private static ProgressUpdate progressUpdate(ObjectReader o) {
    ProgressUpdate.Builder b = ProgressUpdate.builder();
    set(o.required("date", ObjectReader::date), b::date);
    set(o.optional("from", constant(PartnerRole.class)), b::from);
    set(o.required("kind", constant(ProgressKind.class)), b::kind);
    set(o.optional("note", ObjectReader::text), b::note);
    return o.build(b::build);
  }

  private static Closure closure(ObjectReader o) {
    Closure.Builder b = Closure.builder();
    set(o.required("startedOn", ObjectReader::date), b::startedOn);
    set(o.optional("mentorFeedback", objects(ProgramTreeReader::feedback)), b::mentorFeedback);
    set(o.optional("menteeFeedback", objects(ProgramTreeReader::feedback)), b::menteeFeedback);
    b.addAllRemainingWork(o.list("remainingWork", objects(ProgramTreeReader::remainingWork)));
    set(o.optional("mentorDecision", objects(ProgramTreeReader::decision)), b::mentorDecision);
    set(o.optional("menteeDecision", objects(ProgramTreeReader::decision)), b::menteeDecision);
    set(o.optional("continuation", objects(ProgramTreeReader::continuationPlan)), b::continuation);
    b.addAllThankedBy(o.distinctList("thankedBy", constant(PartnerRole.class)));
    set(o.optional("contactPlan", objects(ProgramTreeReader::contactPlan)), b::contactPlan);
    set(o.optional("payItForward", ObjectReader::text), b::payItForward);
    return o.build(b::build);
  }

  private static Feedback feedback(ObjectReader o) {
    Feedback.Builder b = Feedback.builder();
    set(o.optional("workedBest", ObjectReader::text), b::workedBest);
    set(o.optional("mostChallenging", ObjectReader::text), b::mostChallenging);
    set(o.optional("doDifferently", ObjectReader::text), b::doDifferently);
    return o.build(b::build);
  }

  private static RemainingWork remainingWork(ObjectReader o) {
    RemainingWork.Builder b = RemainingWork.builder();
    set(o.required("description", ObjectReader::text), b::description);
    set(o.optional("resolution", constant(Resolution.class)), b::resolution);
    return o.build(b::build);
  }

  private static ContinuationDecision decision(ObjectReader o) {
    ContinuationDecision.Builder b = ContinuationDecision.builder();
    // required in the format: a decision without its answer says nothing
    set(o.required("continueInformally", ObjectReader::bool), b::continueInformally);
    set(o.optional("reason", ObjectReader::text), b::reason);
    return o.build(b::build);
  }

  private static ContinuationPlan continuationPlan(ObjectReader o) {
    ContinuationPlan.Builder b = ContinuationPlan.builder();
    set(o.optional("frequency", ObjectReader::period), b::frequency);
    set(o.optional("keepAgenda", ObjectReader::bool), b::keepAgenda);
    set(o.optional("focus", ObjectReader::text), b::focus);
    return o.build(b::build);
  }

  private static ContactPlan contactPlan(ObjectReader o) {
    ContactPlan.Builder b = ContactPlan.builder();
    set(o.optional("finalConversationOn", ObjectReader::date), b::finalConversationOn);
    b.addAllChannels(o.distinctList("channels", constant(Channel.class)));
    b.sharesUpdates(o.flag("sharesUpdates"));
    return o.build(b::build);
  }
}
