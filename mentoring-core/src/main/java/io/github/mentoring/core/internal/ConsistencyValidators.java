package io.github.mentoring.core.internal;

import io.github.mentoring.core.model.Agreement;
import io.github.mentoring.core.model.Availability;
import io.github.mentoring.core.model.EarlyEnd;
import io.github.mentoring.core.model.FollowUp;
import io.github.mentoring.core.model.FollowUpStatus;
import io.github.mentoring.core.model.GoalStatus;
import io.github.mentoring.core.model.Meeting;
import io.github.mentoring.core.model.MeetingStatus;
import io.github.mentoring.core.model.Phase;
import io.github.mentoring.core.model.ProgressUpdate;
import io.github.mentoring.core.model.Relationship;
import io.github.mentoring.core.model.RoadmapEntry;
import io.github.mentoring.core.model.SmartGoal;
import io.github.mentoring.core.validation.Consistent;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The cross-field rules of the model, one Bean Validation validator per type. Each reports every
 * inconsistency it finds on the property concerned, so that the caller sees all of them at once.
 */
public final class ConsistencyValidators {

  private ConsistencyValidators() {}

  /** Collects the violations of one object, each on its own property path. */
  static final class Report {
    private final ConstraintValidatorContext context;
    private boolean valid = true;

    Report(ConstraintValidatorContext context) {
      this.context = context;
      context.disableDefaultConstraintViolation();
    }

    void when(boolean broken, String path, String message) {
      if (broken) {
        add(path, message);
      }
    }

    /** Reports a violation at a path such as {@code followUps[2].owner}. */
    void add(String path, String message) {
      valid = false;
      var builder = context.buildConstraintViolationWithTemplate(escape(message));
      NodeBuilderCustomizableContext node = null;
      NodeBuilderDefinedContext indexed = null;
      Integer pendingIndex = null;
      for (String segment : path.split("\\.")) {
        int bracket = segment.indexOf('[');
        String name = bracket < 0 ? segment : segment.substring(0, bracket);
        NodeBuilderCustomizableContext next = indexed != null ? indexed.addPropertyNode(name)
            : node != null ? node.addPropertyNode(name)
            : builder.addPropertyNode(name);
        // Bean Validation puts a container's index on the node of the element's property.
        if (pendingIndex != null) {
          indexed = next.inIterable().atIndex(pendingIndex);
          node = null;
        } else {
          indexed = null;
          node = next;
        }
        pendingIndex = bracket < 0 ? null
            : Integer.valueOf(segment.substring(bracket + 1, segment.indexOf(']')));
      }
      if (pendingIndex != null) {
        throw new IllegalArgumentException("a path must end with a property: " + path);
      }
      if (indexed != null) {
        indexed.addConstraintViolation();
      } else {
        node.addConstraintViolation();
      }
    }

    boolean valid() {
      return valid;
    }

    private static String escape(String message) {
      return message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}")
          .replace("$", "\\$");
    }
  }

  /** Checks a relationship's values against each other, its partners and its meetings. */
  public static final class ForRelationship
      implements ConstraintValidator<Consistent, Relationship> {

    @Override
    public boolean isValid(Relationship r, ConstraintValidatorContext context) {
      Report report = new Report(context);
      // A missing start date or partner is reported by @NotNull; the checks that need it are
      // skipped, every other one still runs so that the caller sees all problems at once.
      LocalDate start = r.getStartDate();
      if (start != null) {
        r.getPlannedEnd().ifPresent(end -> report.when(end.isBefore(start), "plannedEnd",
            "must not be before the start date " + start));
        r.getAgreement().flatMap(Agreement::getPlannedEnd).ifPresent(end -> report.when(
            end.isBefore(start), "agreement.plannedEnd",
            "must not be before the start date " + start));
        r.getActualEnd().ifPresent(end -> report.when(end.isBefore(start), "actualEnd",
            "must not be before the start date " + start));
        r.getClosure().ifPresent(c -> report.when(c.getStartedOn().isBefore(start),
            "closure.startedOn", "must not be before the start date " + start));
        r.getPhaseSince().ifPresent(since -> report.when(since.isBefore(start), "phaseSince",
            "must not be before the start date " + start));
        r.getEarlyEnd().flatMap(EarlyEnd::getRaisedOn).ifPresent(on -> report.when(
            on.isBefore(start), "earlyEnd.raisedOn", "must not be before the start date " + start));
        List<SmartGoal> goals = r.getGoals();
        for (int i = 0; i < goals.size(); i++) {
          SmartGoal g = goals.get(i);
          String at = "goals[" + i + "].";
          g.getSetOn().ifPresent(on -> report.when(on.isBefore(start), at + "setOn",
              "must not be before the start date " + start));
          g.getAchievedOn().ifPresent(on -> report.when(on.isBefore(start), at + "achievedOn",
              "must not be before the start date " + start));
        }
      }
      boolean partnersKnown = r.getMentor() != null && r.getMentee() != null;
      report.when(partnersKnown && r.getMentor().getId() != null
              && r.getMentor().getId().equals(r.getMentee().getId()),
          "mentee.id", "must differ from the mentor's id");

      checkEnd(r, report);
      uniqueIds(report, "meetings", r.getMeetings(), Meeting::getId);
      uniqueIds(report, "goals", r.getGoals(), SmartGoal::getId);
      uniqueIds(report, "followUps", r.getFollowUps(), FollowUp::getId);

      List<FollowUp> followUps = r.getFollowUps();
      for (int i = 0; i < followUps.size(); i++) {
        FollowUp f = followUps.get(i);
        String at = "followUps[" + i + "].";
        if (partnersKnown) {
          f.getOwner().ifPresent(owner -> report.when(r.roleOf(owner).isEmpty(), at + "owner",
              "'" + owner + "' is not a partner of this relationship (mentor '"
                  + r.getMentor().getId() + "', mentee '" + r.getMentee().getId() + "')"));
        }
        f.getFromMeeting().ifPresent(id -> report.when(
            r.getMeetings().stream().noneMatch(m -> id.equals(m.getId())), at + "fromMeeting",
            "names no meeting of this relationship: '" + id + "'"));
      }
      checkReplacements(r, report);
      r.getRecordedOn().ifPresent(recorded -> checkRecordDate(r, recorded, report));
      return report.valid();
    }

    /**
     * A replacement names a cancelled meeting of this relationship scheduled before it, and no
     * cancelled meeting is replaced twice.
     */
    private static void checkReplacements(Relationship r, Report report) {
      List<Meeting> meetings = r.getMeetings();
      Map<String, Integer> byId = new HashMap<>();
      for (int i = 0; i < meetings.size(); i++) {
        byId.putIfAbsent(meetings.get(i).getId(), i);
      }
      Map<String, Integer> replacedBy = new HashMap<>();
      for (int i = 0; i < meetings.size(); i++) {
        Meeting m = meetings.get(i);
        if (m.getReplaces().isEmpty()) {
          continue;
        }
        String id = m.getReplaces().get();
        String at = "meetings[" + i + "].replaces";
        Integer target = byId.get(id);
        if (target == null) {
          report.add(at, "names no meeting of this relationship: '" + id + "'");
          continue;
        }
        Meeting replaced = meetings.get(target);
        if (target == i) {
          report.add(at, "a meeting cannot replace itself");
          continue;
        }
        report.when(replaced.getStatus() != null
                && replaced.getStatus() != MeetingStatus.CANCELLED, at,
            "'" + id + "' was not cancelled, so there is nothing to replace");
        report.when(m.getScheduledAt() != null && replaced.getScheduledAt() != null
                && !replaced.getScheduledAt().isBefore(m.getScheduledAt()), at,
            "'" + id + "' is scheduled at " + replaced.getScheduledAt()
                + ", not before this meeting");
        Integer earlier = replacedBy.putIfAbsent(id, i);
        report.when(earlier != null, at,
            "'" + id + "' is already replaced by meetings[" + earlier + "]");
      }
    }

    private static void checkEnd(Relationship r, Report report) {
      report.when(r.getPhase() == Phase.CLOSED && r.getActualEnd().isEmpty(), "actualEnd",
          "a closed relationship needs the day it ended");
      // An early end may be recorded before the actual end: the partners are winding down.
      if (r.getEarlyEnd().isPresent() && r.getActualEnd().isPresent()) {
        LocalDate end = r.getActualEnd().get();
        Optional<LocalDate> planned = r.plannedEndDate();
        planned.ifPresent(p -> report.when(!end.isBefore(p), "earlyEnd",
            "the relationship ended on " + end + ", not before its planned end " + p));
        r.getEarlyEnd().get().getRaisedOn().ifPresent(on -> report.when(on.isAfter(end),
            "earlyEnd.raisedOn", "must not be after the day it ended " + end));
      }
    }

    private static void checkRecordDate(Relationship r, LocalDate recorded, Report report) {
      String after = "lies after the record date " + recorded;
      List<Meeting> meetings = r.getMeetings();
      for (int i = 0; i < meetings.size(); i++) {
        Meeting m = meetings.get(i);
        boolean happened = m.getStatus() == MeetingStatus.HELD
            || m.getStatus() == MeetingStatus.NO_SHOW;
        report.when(happened && m.date().isAfter(recorded), "meetings[" + i + "].scheduledAt",
            "a " + m.getStatus().name().toLowerCase().replace('_', '-') + " meeting " + after);
        int index = i;
        m.getCancelledAt().ifPresent(at -> report.when(at.toLocalDate().isAfter(recorded),
            "meetings[" + index + "].cancelledAt", "the cancellation " + after));
      }
      List<FollowUp> followUps = r.getFollowUps();
      for (int i = 0; i < followUps.size(); i++) {
        int index = i;
        followUps.get(i).getDoneOn().ifPresent(done -> report.when(done.isAfter(recorded),
            "followUps[" + index + "].doneOn", "the day it was done " + after));
        followUps.get(i).getDroppedOn().ifPresent(dropped -> report.when(
            dropped.isAfter(recorded), "followUps[" + index + "].droppedOn",
            "the day it was dropped " + after));
      }
      List<SmartGoal> goals = r.getGoals();
      for (int i = 0; i < goals.size(); i++) {
        String at = "goals[" + i + "].";
        goals.get(i).getSetOn().ifPresent(on -> report.when(on.isAfter(recorded), at + "setOn",
            "the day it was set " + after));
        goals.get(i).getAchievedOn().ifPresent(on -> report.when(on.isAfter(recorded),
            at + "achievedOn", "the day it was achieved " + after));
      }
      r.getPhaseSince().ifPresent(since -> report.when(since.isAfter(recorded), "phaseSince",
          "the start of the phase " + after));
      r.getEarlyEnd().flatMap(EarlyEnd::getRaisedOn).ifPresent(on -> report.when(
          on.isAfter(recorded), "earlyEnd.raisedOn", "the day it was raised " + after));
      List<ProgressUpdate> updates = r.getProgressUpdates();
      for (int i = 0; i < updates.size(); i++) {
        report.when(updates.get(i).getDate().isAfter(recorded), "progressUpdates[" + i + "].date",
            "the update " + after);
      }
      r.getActualEnd().ifPresent(end -> report.when(end.isAfter(recorded), "actualEnd",
          "the end " + after));
      r.getClosure().ifPresent(c -> report.when(c.getStartedOn().isAfter(recorded),
          "closure.startedOn", "the closure " + after));
    }

    private static <T> void uniqueIds(
        Report report, String property, List<T> items, Function<T, String> id) {
      Map<String, Integer> first = new HashMap<>();
      for (int i = 0; i < items.size(); i++) {
        String key = id.apply(items.get(i));
        if (key == null) {
          continue;
        }
        Integer earlier = first.putIfAbsent(key, i);
        report.when(earlier != null, property + "[" + i + "].id",
            "duplicates the id of " + property + "[" + earlier + "]: '" + key + "'");
      }
    }
  }

  /** A meeting keeps cancellation, no-show and outcome details only for the matching status. */
  public static final class ForMeeting implements ConstraintValidator<Consistent, Meeting> {
    @Override
    public boolean isValid(Meeting m, ConstraintValidatorContext context) {
      Report report = new Report(context);
      // A missing scheduled time is reported by @NotNull; the checks that need it are skipped.
      m.getCancelledAt().ifPresent(at -> report.when(
          m.getScheduledAt() != null && at.isAfter(m.getScheduledAt()),
          "cancelledAt", "a meeting cannot be cancelled after its scheduled start "
              + m.getScheduledAt() + "; record it as a no-show"));
      if (m.getStatus() == null) {
        return report.valid(); // reported by @NotNull
      }
      boolean held = m.getStatus() == MeetingStatus.HELD;
      boolean cancelled = m.getStatus() == MeetingStatus.CANCELLED;
      report.when(m.getCancelledBy().isPresent() && !cancelled, "cancelledBy",
          "only a cancelled meeting has someone who cancelled it");
      report.when(m.getCancelledAt().isPresent() && !cancelled, "cancelledAt",
          "only a cancelled meeting has a cancellation time");
      report.when(m.getNoShowBy().isPresent() && m.getStatus() != MeetingStatus.NO_SHOW,
          "noShowBy", "only a no-show meeting has someone who did not come");
      report.when(m.getActualStart().isPresent() && !held, "actualStart",
          "only a held meeting has an actual start");
      report.when(m.getActualMinutes().isPresent() && !held, "actualMinutes",
          "only a held meeting has an actual length");
      report.when(m.getWrapUp().isPresent() && !held, "wrapUp",
          "only a held meeting has an end-of-conversation check");
      return report.valid();
    }
  }

  /**
   * Only a done follow-up has a done date, and a done follow-up must have one; only a dropped one
   * has a dropped date; none has both.
   */
  public static final class ForFollowUp implements ConstraintValidator<Consistent, FollowUp> {
    @Override
    public boolean isValid(FollowUp f, ConstraintValidatorContext context) {
      Report report = new Report(context);
      boolean done = f.getStatus() == FollowUpStatus.DONE;
      boolean dropped = f.getStatus() == FollowUpStatus.DROPPED;
      report.when(done && f.getDoneOn().isEmpty(), "doneOn",
          "a done follow-up needs the day it was done");
      report.when(!done && f.getDoneOn().isPresent(), "doneOn",
          "only a done follow-up has a done date");
      if (f.getDoneOn().isPresent() && f.getDroppedOn().isPresent()) {
        report.add("droppedOn", "a follow-up is either done or dropped, not both (done on "
            + f.getDoneOn().get() + ")");
      } else {
        report.when(!dropped && f.getDroppedOn().isPresent(), "droppedOn",
            "only a dropped follow-up has a dropped date");
      }
      return report.valid();
    }
  }

  /**
   * Only an achieved goal has an achieved date, and it is not before the day the goal was set.
   */
  public static final class ForSmartGoal implements ConstraintValidator<Consistent, SmartGoal> {
    @Override
    public boolean isValid(SmartGoal g, ConstraintValidatorContext context) {
      Report report = new Report(context);
      g.getAchievedOn().ifPresent(on -> {
        report.when(g.getStatus() != GoalStatus.ACHIEVED, "achievedOn",
            "only an achieved goal has an achieved date");
        g.getSetOn().ifPresent(set -> report.when(on.isBefore(set), "achievedOn",
            "must not be before the day the goal was set " + set));
      });
      return report.valid();
    }
  }

  /** Periods in an agreement must be positive. */
  public static final class ForAgreement implements ConstraintValidator<Consistent, Agreement> {
    @Override
    public boolean isValid(Agreement a, ConstraintValidatorContext context) {
      Report report = new Report(context);
      a.getMeetingFrequency().ifPresent(p -> report.when(!positive(p), "meetingFrequency",
          "must be a positive period, e.g. P1W or P1M"));
      a.getPlannedLength().ifPresent(p -> report.when(!positive(p), "plannedLength",
          "must be a positive period, e.g. P6M"));
      return report.valid();
    }

    private static boolean positive(Period p) {
      return !p.isNegative() && Agreement.approximateDays(p) > 0;
    }
  }

  /** A window of availability ends after it starts. */
  public static final class ForAvailability
      implements ConstraintValidator<Consistent, Availability> {
    @Override
    public boolean isValid(Availability a, ConstraintValidatorContext context) {
      if (a.getFrom() == null || a.getUntil() == null) {
        return true;
      }
      Report report = new Report(context);
      report.when(!a.getUntil().isAfter(a.getFrom()), "until", "must be after " + a.getFrom());
      return report.valid();
    }
  }

  /** A roadmap entry says which meeting it is for: by number, by date, or both. */
  public static final class ForRoadmapEntry
      implements ConstraintValidator<Consistent, RoadmapEntry> {
    @Override
    public boolean isValid(RoadmapEntry e, ConstraintValidatorContext context) {
      Report report = new Report(context);
      report.when(e.getMeetingNumber().isEmpty() && e.getDate().isEmpty(), "meetingNumber",
          "give the meeting number or the date the topic is planned for");
      return report.valid();
    }
  }
}
