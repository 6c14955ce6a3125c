package io.github.mentoring.json.internal;

import io.github.mentoring.json.Program;
import io.github.mentoring.core.model.Agenda;
import io.github.mentoring.core.model.AgendaPolicy;
import io.github.mentoring.core.model.Agreement;
import io.github.mentoring.core.model.Availability;
import io.github.mentoring.core.model.Boundaries;
import io.github.mentoring.core.model.CancellationPolicy;
import io.github.mentoring.core.model.Closure;
import io.github.mentoring.core.model.ContactPlan;
import io.github.mentoring.core.model.ContinuationDecision;
import io.github.mentoring.core.model.ContinuationPlan;
import io.github.mentoring.core.model.ConversationCheck;
import io.github.mentoring.core.model.EarlyEnd;
import io.github.mentoring.core.model.Feedback;
import io.github.mentoring.core.model.FollowUp;
import io.github.mentoring.core.model.Meeting;
import io.github.mentoring.core.model.Partner;
import io.github.mentoring.core.model.Preparation;
import io.github.mentoring.core.model.ProgressCheck;
import io.github.mentoring.core.model.ProgressUpdate;
import io.github.mentoring.core.model.Relationship;
import io.github.mentoring.core.model.RemainingWork;
import io.github.mentoring.core.model.Roadmap;
import io.github.mentoring.core.model.RoadmapEntry;
import io.github.mentoring.core.model.SmartGoal;
import java.time.Period;
import java.util.Collection;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Maps a {@link Program} to a JSON tree in the model's order of properties. Absent optional values
 * and empty lists are left out; booleans and defaulted enumeration values are always written.
 */
public final class ProgramTreeWriter {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ProgramTreeWriter() {}

  public static ObjectNode write(Program program) {
    ObjectNode out = NODES.objectNode();
    out.put("formatVersion", program.formatVersion());
    out.put("name", program.name());
    program.asOf().ifPresent(d -> out.put("asOf", d.toString()));
    ArrayNode relationships = out.putArray("relationships");
    program.relationships().forEach(r -> relationships.add(relationship(r)));
    return out;
  }

  public static ObjectNode relationship(Relationship r) {
    ObjectNode o = NODES.objectNode();
    o.put("id", r.getId());
    o.set("mentor", partner(r.getMentor()));
    o.set("mentee", partner(r.getMentee()));
    o.put("kind", JsonValues.enumName(r.getKind()));
    o.put("phase", JsonValues.enumName(r.getPhase()));
    o.put("startDate", r.getStartDate().toString());
    text(o, "plannedEnd", r.getPlannedEnd());
    text(o, "actualEnd", r.getActualEnd());
    text(o, "phaseSince", r.getPhaseSince());
    object(o, "earlyEnd", r.getEarlyEnd(), ProgramTreeWriter::earlyEnd);
    object(o, "mentorPreparation", r.getMentorPreparation(), ProgramTreeWriter::preparation);
    object(o, "menteePreparation", r.getMenteePreparation(), ProgramTreeWriter::preparation);
    object(o, "agreement", r.getAgreement(), ProgramTreeWriter::agreement);
    list(o, "goals", r.getGoals(), ProgramTreeWriter::goal);
    object(o, "roadmap", r.getRoadmap(), ProgramTreeWriter::roadmap);
    list(o, "meetings", r.getMeetings(), ProgramTreeWriter::meeting);
    list(o, "followUps", r.getFollowUps(), ProgramTreeWriter::followUp);
    list(o, "progressUpdates", r.getProgressUpdates(), ProgramTreeWriter::progressUpdate);
    object(o, "closure", r.getClosure(), ProgramTreeWriter::closure);
    text(o, "recordedOn", r.getRecordedOn());
    return o;
  }

  private static ObjectNode earlyEnd(EarlyEnd e) {
    ObjectNode o = NODES.objectNode();
    e.getRaisedBy().ifPresent(p -> o.put("raisedBy", JsonValues.enumName(p)));
    text(o, "raisedOn", e.getRaisedOn());
    e.getRaisedThrough().ifPresent(c -> o.put("raisedThrough", JsonValues.enumName(c)));
    text(o, "reason", e.getReason());
    return o;
  }

  private static ObjectNode partner(Partner p) {
    ObjectNode o = NODES.objectNode();
    o.put("id", p.getId());
    text(o, "name", p.getName());
    return o;
  }

  private static ObjectNode preparation(Preparation p) {
    ObjectNode o = NODES.objectNode();
    text(o, "wants", p.getWants());
    text(o, "brings", p.getBrings());
    text(o, "expects", p.getExpects());
    return o;
  }

  private static ObjectNode agreement(Agreement a) {
    ObjectNode o = NODES.objectNode();
    text(o, "objective", a.getObjective());
    constants(o, "meetingFormats", a.getMeetingFormats());
    period(o, "meetingFrequency", a.getMeetingFrequency());
    period(o, "plannedLength", a.getPlannedLength());
    text(o, "plannedEnd", a.getPlannedEnd());
    text(o, "earlyEndingPlan", a.getEarlyEndingPlan());
    list(o, "availability", a.getAvailability(), ProgramTreeWriter::availability);
    a.getMeetingMinutes().ifPresent(m -> o.put("meetingMinutes", m));
    object(o, "cancellation", a.getCancellation(), ProgramTreeWriter::cancellation);
    object(o, "agenda", a.getAgenda(), ProgramTreeWriter::agendaPolicy);
    text(o, "confidentiality", a.getConfidentiality());
    object(o, "boundaries", a.getBoundaries(), ProgramTreeWriter::boundaries);
    texts(o, "activities", a.getActivities());
    texts(o, "topics", a.getTopics());
    return o;
  }

  private static ObjectNode availability(Availability a) {
    ObjectNode o = NODES.objectNode();
    o.put("partner", JsonValues.enumName(a.getPartner()));
    o.put("day", JsonValues.enumName(a.getDay()));
    o.put("from", a.getFrom().toString());
    o.put("until", a.getUntil().toString());
    return o;
  }

  private static ObjectNode cancellation(CancellationPolicy c) {
    ObjectNode o = NODES.objectNode();
    c.getChannel().ifPresent(ch -> o.put("channel", JsonValues.enumName(ch)));
    text(o, "minimumNotice", c.getMinimumNotice());
    return o;
  }

  private static ObjectNode agendaPolicy(AgendaPolicy a) {
    ObjectNode o = NODES.objectNode();
    o.put("sentAhead", a.isSentAhead());
    text(o, "leadTime", a.getLeadTime());
    o.put("mentorAddsInput", a.isMentorAddsInput());
    return o;
  }

  private static ObjectNode boundaries(Boundaries b) {
    ObjectNode o = NODES.objectNode();
    text(o, "mentorRole", b.getMentorRole());
    text(o, "menteeRole", b.getMenteeRole());
    constants(o, "contactChannels", b.getContactChannels());
    text(o, "contactHours", b.getContactHours());
    return o;
  }

  private static ObjectNode goal(SmartGoal g) {
    ObjectNode o = NODES.objectNode();
    o.put("id", g.getId());
    o.put("statement", g.getStatement());
    text(o, "measure", g.getMeasure());
    text(o, "targetDate", g.getTargetDate());
    text(o, "setOn", g.getSetOn());
    text(o, "servesObjective", g.getServesObjective());
    o.put("status", JsonValues.enumName(g.getStatus()));
    text(o, "achievedOn", g.getAchievedOn());
    list(o, "progressChecks", g.getProgressChecks(), ProgramTreeWriter::progressCheck);
    return o;
  }

  private static ObjectNode progressCheck(ProgressCheck c) {
    ObjectNode o = NODES.objectNode();
    o.put("date", c.getDate().toString());
    text(o, "note", c.getNote());
    c.getPercentComplete().ifPresent(p -> o.put("percentComplete", p));
    c.getOutcome().ifPresent(x -> o.put("outcome", JsonValues.enumName(x)));
    return o;
  }

  private static ObjectNode roadmap(Roadmap r) {
    ObjectNode o = NODES.objectNode();
    list(o, "entries", r.getEntries(), ProgramTreeWriter::roadmapEntry);
    return o;
  }

  private static ObjectNode roadmapEntry(RoadmapEntry e) {
    ObjectNode o = NODES.objectNode();
    e.getMeetingNumber().ifPresent(n -> o.put("meetingNumber", n));
    text(o, "date", e.getDate());
    o.put("topic", e.getTopic());
    return o;
  }

  private static ObjectNode meeting(Meeting m) {
    ObjectNode o = NODES.objectNode();
    o.put("id", m.getId());
    o.put("scheduledAt", m.getScheduledAt().toString());
    text(o, "actualStart", m.getActualStart());
    m.getFormat().ifPresent(f -> o.put("format", JsonValues.enumName(f)));
    m.getPlannedMinutes().ifPresent(n -> o.put("plannedMinutes", n));
    m.getActualMinutes().ifPresent(n -> o.put("actualMinutes", n));
    o.put("status", JsonValues.enumName(m.getStatus()));
    m.getCancelledBy().ifPresent(p -> o.put("cancelledBy", JsonValues.enumName(p)));
    text(o, "cancelledAt", m.getCancelledAt());
    m.getNoShowBy().ifPresent(p -> o.put("noShowBy", JsonValues.enumName(p)));
    object(o, "agenda", m.getAgenda(), ProgramTreeWriter::agenda);
    object(o, "wrapUp", m.getWrapUp(), ProgramTreeWriter::conversationCheck);
    text(o, "replaces", m.getReplaces());
    text(o, "notes", m.getNotes());
    return o;
  }

  private static ObjectNode agenda(Agenda a) {
    ObjectNode o = NODES.objectNode();
    texts(o, "items", a.getItems());
    text(o, "sentAt", a.getSentAt());
    o.put("mentorInput", a.isMentorInput());
    return o;
  }

  private static ObjectNode conversationCheck(ConversationCheck c) {
    ObjectNode o = NODES.objectNode();
    text(o, "useful", c.getUseful());
    text(o, "nextSteps", c.getNextSteps());
    text(o, "beforeNextTime", c.getBeforeNextTime());
    text(o, "changeNextTime", c.getChangeNextTime());
    return o;
  }

  private static ObjectNode followUp(FollowUp f) {
    ObjectNode o = NODES.objectNode();
    o.put("id", f.getId());
    o.put("description", f.getDescription());
    o.put("kind", JsonValues.enumName(f.getKind()));
    text(o, "owner", f.getOwner());
    text(o, "due", f.getDue());
    o.put("status", JsonValues.enumName(f.getStatus()));
    text(o, "doneOn", f.getDoneOn());
    text(o, "droppedOn", f.getDroppedOn());
    text(o, "fromMeeting", f.getFromMeeting());
    return o;
  }

  private static ObjectNode progressUpdate(ProgressUpdate u) {
    ObjectNode o = NODES.objectNode();
    o.put("date", u.getDate().toString());
    o.put("from", JsonValues.enumName(u.getFrom()));
    o.put("kind", JsonValues.enumName(u.getKind()));
    text(o, "note", u.getNote());
    return o;
  }

  private static ObjectNode closure(Closure c) {
    ObjectNode o = NODES.objectNode();
    o.put("startedOn", c.getStartedOn().toString());
    object(o, "mentorFeedback", c.getMentorFeedback(), ProgramTreeWriter::feedback);
    object(o, "menteeFeedback", c.getMenteeFeedback(), ProgramTreeWriter::feedback);
    list(o, "remainingWork", c.getRemainingWork(), ProgramTreeWriter::remainingWork);
    object(o, "mentorDecision", c.getMentorDecision(), ProgramTreeWriter::decision);
    object(o, "menteeDecision", c.getMenteeDecision(), ProgramTreeWriter::decision);
    object(o, "continuation", c.getContinuation(), ProgramTreeWriter::continuationPlan);
    constants(o, "thankedBy", c.getThankedBy());
    object(o, "contactPlan", c.getContactPlan(), ProgramTreeWriter::contactPlan);
    text(o, "payItForward", c.getPayItForward());
    return o;
  }

  private static ObjectNode feedback(Feedback f) {
    ObjectNode o = NODES.objectNode();
    text(o, "workedBest", f.getWorkedBest());
    text(o, "mostChallenging", f.getMostChallenging());
    text(o, "doDifferently", f.getDoDifferently());
    return o;
  }

  private static ObjectNode remainingWork(RemainingWork w) {
    ObjectNode o = NODES.objectNode();
    o.put("description", w.getDescription());
    o.put("resolution", JsonValues.enumName(w.getResolution()));
    return o;
  }

  private static ObjectNode decision(ContinuationDecision d) {
    ObjectNode o = NODES.objectNode();
    o.put("continueInformally", d.isContinueInformally());
    text(o, "reason", d.getReason());
    return o;
  }

  private static ObjectNode continuationPlan(ContinuationPlan p) {
    ObjectNode o = NODES.objectNode();
    period(o, "frequency", p.getFrequency());
    p.getKeepAgenda().ifPresent(k -> o.put("keepAgenda", k));
    text(o, "focus", p.getFocus());
    return o;
  }

  private static ObjectNode contactPlan(ContactPlan c) {
    ObjectNode o = NODES.objectNode();
    text(o, "finalConversationOn", c.getFinalConversationOn());
    constants(o, "channels", c.getChannels());
    o.put("sharesUpdates", c.isSharesUpdates());
    return o;
  }

  // ---- helpers -------------------------------------------------------------------------------

  /** Writes a present value as text: dates, times and durations by their ISO 8601 toString(). */
  private static void text(ObjectNode o, String name, Optional<?> value) {
    value.ifPresent(v -> o.put(name, v.toString()));
  }

  private static void period(ObjectNode o, String name, Optional<Period> value) {
    value.ifPresent(p -> o.put(name, JsonValues.period(p)));
  }

  private static <T> void object(ObjectNode o, String name, Optional<T> value,
      Function<T, ObjectNode> writer) {
    value.ifPresent(v -> o.set(name, writer.apply(v)));
  }

  private static <T> void list(ObjectNode o, String name, Collection<T> values,
      Function<T, ObjectNode> writer) {
    if (!values.isEmpty()) {
      ArrayNode array = o.putArray(name);
      values.forEach(v -> array.add(writer.apply(v)));
    }
  }

  private static void texts(ObjectNode o, String name, Collection<String> values) {
    if (!values.isEmpty()) {
      ArrayNode array = o.putArray(name);
      values.forEach(array::add);
    }
  }

  private static void constants(ObjectNode o, String name, Collection<? extends Enum<?>> values) {
    if (!values.isEmpty()) {
      ArrayNode array = o.putArray(name);
      values.forEach(v -> array.add(JsonValues.enumName(v)));
    }
  }
}
