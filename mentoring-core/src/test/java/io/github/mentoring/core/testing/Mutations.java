package io.github.mentoring.core.testing;

import io.github.mentoring.core.model.Agreement;
import io.github.mentoring.core.model.Closure;
import io.github.mentoring.core.model.EarlyEnd;
import io.github.mentoring.core.model.FollowUp;
import io.github.mentoring.core.model.FollowUpStatus;
import io.github.mentoring.core.model.GoalStatus;
import io.github.mentoring.core.model.Meeting;
import io.github.mentoring.core.model.MeetingStatus;
import io.github.mentoring.core.model.Partner;
import io.github.mentoring.core.model.Phase;
import io.github.mentoring.core.model.ProgressCheck;
import io.github.mentoring.core.model.ProgressKind;
import io.github.mentoring.core.model.ProgressUpdate;
import io.github.mentoring.core.model.Relationship;
import io.github.mentoring.core.model.SmartGoal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Ways to break a valid relationship, one field at a time, each with the violation the model must
 * report: a blank id, a negative actual length, a follow-up owned by a stranger, a planned end
 * before the start, a duplicate meeting id, a held meeting after the record date, and more.
 *
 * <pre>{@code
 * Mutations.Broken broken = Mutations.breakAtRandom(valid, random);
 * // broken.attempt().get() throws InvalidModelException of broken.type()
 * // with a violation at broken.path() whose message starts with broken.message()
 * }</pre>
 */
public final class Mutations {

  private Mutations() {}

  /**
   * One way of breaking a relationship.
   *
   * @param name what the mutation does, in words
   * @param appliesTo whether the relationship has what the mutation needs (e.g. two meetings)
   * @param apply makes the broken build
   */
  public record Mutation(
      String name,
      Predicate<Relationship> appliesTo,
      BiFunction<Relationship, Random, Broken> apply) {}

  /**
   * A build that must be refused, and what it must say.
   *
   * @param mutation the mutation's name and what it touched, e.g. {@code "duplicate meeting id
   *     (meetings[3])"}
   * @param type the model type that refuses the build, e.g. {@code Relationship} or {@code
   *     Meeting} (a nested value refuses before the relationship is built)
   * @param path the path of the expected violation, relative to that type
   * @param message how the expected violation's message starts
   * @param attempt runs the build; must throw
   */
  public record Broken(
      String mutation, String type, String path, String message, Supplier<?> attempt) {

    @Override
    public String toString() {
      return mutation + " -> " + type + " " + path + ": " + message + "...";
    }
  }

  private static final List<Mutation> ALL = List.of(
      new Mutation("blank relationship id", r -> true, (r, random) -> new Broken(
          "blank relationship id", "Relationship", "id", "must not be blank",
          () -> r.withId(new String[] {"", " ", "\t\n"}[random.nextInt(3)]))),

      new Mutation("blank mentor id", r -> true, (r, random) -> new Broken(
          "blank mentor id", "Partner", "id", "must not be blank",
          () -> r.withMentor(Partner.builder().id(" ").build()))),

      new Mutation("mentee with the mentor's id", r -> true, (r, random) -> new Broken(
          "mentee with the mentor's id", "Relationship", "mentee.id",
          "must differ from the mentor's id",
          () -> r.withMentee(Partner.of(r.getMentor().getId())))),

      new Mutation("negative actual minutes", r -> !r.getMeetings().isEmpty(), (r, random) -> {
        int i = random.nextInt(r.getMeetings().size());
        Meeting m = r.getMeetings().get(i);
        int minutes = -1 - random.nextInt(90);
        return new Broken("negative actual minutes (meetings[" + i + "])", "Meeting",
            "actualMinutes", "must be greater than or equal to 0",
            () -> r.withMeetings(replace(r.getMeetings(), i, x -> x.withActualMinutes(minutes))));
      }),

      new Mutation("follow-up owned by someone who is not a partner",
          r -> !r.getFollowUps().isEmpty(), (r, random) -> {
            int i = random.nextInt(r.getFollowUps().size());
            String stranger = "stranger-" + random.nextInt(1000);
            return new Broken("follow-up owned by a stranger (followUps[" + i + "])",
                "Relationship", "followUps[" + i + "].owner",
                "'" + stranger + "' is not a partner of this relationship",
                () -> r.withFollowUps(
                    replace(r.getFollowUps(), i, f -> f.withOwner(stranger))));
          }),

      new Mutation("follow-up from a meeting that does not exist",
          r -> !r.getFollowUps().isEmpty(), (r, random) -> {
            int i = random.nextInt(r.getFollowUps().size());
            return new Broken("follow-up from an unknown meeting (followUps[" + i + "])",
                "Relationship", "followUps[" + i + "].fromMeeting",
                "names no meeting of this relationship: 'no-such-meeting'",
                () -> r.withFollowUps(replace(r.getFollowUps(), i,
                    f -> f.withFromMeeting("no-such-meeting"))));
          }),

      new Mutation("planned end before the start", r -> true, (r, random) -> new Broken(
          "planned end before the start", "Relationship", "plannedEnd",
          "must not be before the start date " + r.getStartDate(),
          () -> r.withPlannedEnd(r.getStartDate().minusDays(1 + random.nextInt(60))))),

      new Mutation("actual end before the start", r -> true, (r, random) -> new Broken(
          "actual end before the start", "Relationship", "actualEnd",
          "must not be before the start date " + r.getStartDate(),
          () -> r.withActualEnd(r.getStartDate().minusDays(1 + random.nextInt(60))))),

      new Mutation("agreement ending before the start",
          r -> r.getAgreement().isPresent(), (r, random) -> new Broken(
          "agreement ending before the start", "Relationship", "agreement.plannedEnd",
          "must not be before the start date " + r.getStartDate(),
          () -> r.withAgreement(r.getAgreement().get()
              .withPlannedEnd(r.getStartDate().minusDays(1 + random.nextInt(60)))))),

      new Mutation("closure started before the relationship",
          r -> r.getClosure().isPresent(), (r, random) -> new Broken(
          "closure started before the relationship", "Relationship", "closure.startedOn",
          "must not be before the start date " + r.getStartDate(),
          () -> r.withClosure(r.getClosure().get()
              .withStartedOn(r.getStartDate().minusDays(1 + random.nextInt(60)))))),

      new Mutation("duplicate meeting id", r -> r.getMeetings().size() >= 2, (r, random) -> {
        int j = 1 + random.nextInt(r.getMeetings().size() - 1);
        int i = random.nextInt(j);
        String id = r.getMeetings().get(i).getId();
        return new Broken("duplicate meeting id (meetings[" + j + "] = meetings[" + i + "])",
            "Relationship", "meetings[" + j + "].id",
            "duplicates the id of meetings[" + i + "]: '" + id + "'",
            () -> r.withMeetings(replace(r.getMeetings(), j, m -> m.withId(id))));
      }),

      new Mutation("duplicate goal id", r -> r.getGoals().size() >= 2, (r, random) -> {
        int j = 1 + random.nextInt(r.getGoals().size() - 1);
        int i = random.nextInt(j);
        String id = r.getGoals().get(i).getId();
        return new Broken("duplicate goal id (goals[" + j + "])", "Relationship",
            "goals[" + j + "].id", "duplicates the id of goals[" + i + "]: '" + id + "'",
            () -> r.withGoals(replace(r.getGoals(), j, g -> g.withId(id))));
      }),

      new Mutation("duplicate follow-up id", r -> r.getFollowUps().size() >= 2, (r, random) -> {
        int j = 1 + random.nextInt(r.getFollowUps().size() - 1);
        int i = random.nextInt(j);
        String id = r.getFollowUps().get(i).getId();
        return new Broken("duplicate follow-up id (followUps[" + j + "])", "Relationship",
            "followUps[" + j + "].id", "duplicates the id of followUps[" + i + "]: '" + id + "'",
            () -> r.withFollowUps(replace(r.getFollowUps(), j, f -> f.withId(id))));
      }),

      new Mutation("held meeting after the record date",
          r -> r.getRecordedOn().isPresent() && r.getMeetings().stream().anyMatch(Meeting::isHeld),
          (r, random) -> {
            List<Integer> held = new ArrayList<>();
            for (int k = 0; k < r.getMeetings().size(); k++) {
              if (r.getMeetings().get(k).isHeld()) {
                held.add(k);
              }
            }
            int i = held.get(random.nextInt(held.size()));
            LocalDate recorded = r.getRecordedOn().get();
            return new Broken("held meeting after the record date (meetings[" + i + "])",
                "Relationship", "meetings[" + i + "].scheduledAt",
                "a held meeting lies after the record date " + recorded,
                () -> r.withMeetings(replace(r.getMeetings(), i, m -> Meeting.builder().from(m)
                    .scheduledAt(recorded.plusDays(1 + random.nextInt(30)).atTime(10, 0))
                    .actualStart(Optional.empty())
                    .build())));
          }),

      new Mutation("progress update after the record date",
          r -> r.getRecordedOn().isPresent(), (r, random) -> {
            LocalDate recorded = r.getRecordedOn().get();
            int i = r.getProgressUpdates().size();
            return new Broken("progress update after the record date", "Relationship",
                "progressUpdates[" + i + "].date", "the update lies after the record date " + recorded,
                () -> Relationship.builder().from(r)
                    .addProgressUpdates(ProgressUpdate.builder()
                        .date(recorded.plusDays(1 + random.nextInt(30)))
                        .kind(ProgressKind.PROGRESS).build())
                    .build());
          }),

      new Mutation("closed without the day it ended", r -> true, (r, random) -> new Broken(
          "closed without the day it ended", "Relationship", "actualEnd",
          "a closed relationship needs the day it ended",
          () -> Relationship.builder().from(r).phase(Phase.CLOSED).actualEnd(Optional.empty())
              .build())),

      new Mutation("early end raised before the start", r -> true, (r, random) -> {
        LocalDate before = r.getStartDate().minusDays(1 + random.nextInt(400));
        return new Broken("early end raised before the start", "Relationship",
            "earlyEnd.raisedOn", "must not be before the start date",
            () -> r.withEarlyEnd(EarlyEnd.builder().from(r.getEarlyEnd()
                .orElseGet(EarlyEnd::unexplained)).raisedOn(before).build()));
      }),

      new Mutation("ended early on or after the planned end",
          r -> r.plannedEndDate().isPresent(), (r, random) -> {
            LocalDate planned = r.plannedEndDate().get();
            LocalDate end = planned.plusDays(random.nextInt(30));
            return new Broken("ended early on or after the planned end", "Relationship",
                "earlyEnd", "the relationship ended on " + end + ", not before its planned end",
                () -> Relationship.builder().from(r).earlyEnd(EarlyEnd.unexplained())
                    .actualEnd(end).recordedOn(Optional.empty()).build());
          }),

      new Mutation("phase begun before the start", r -> true, (r, random) -> new Broken(
          "phase begun before the start", "Relationship", "phaseSince",
          "must not be before the start date",
          () -> r.withPhaseSince(r.getStartDate().minusDays(1 + random.nextInt(60))))),

      new Mutation("goal achieved before the start", r -> !r.getGoals().isEmpty(),
          (r, random) -> {
            int i = random.nextInt(r.getGoals().size());
            LocalDate before = r.getStartDate().minusDays(1 + random.nextInt(60));
            return new Broken("goal achieved before the start (goals[" + i + "])",
                "Relationship", "goals[" + i + "].achievedOn",
                "must not be before the start date",
                () -> r.withGoals(replace(r.getGoals(), i, g -> SmartGoal.builder().from(g)
                    .setOn(Optional.empty()).status(GoalStatus.ACHIEVED).achievedOn(before)
                    .build())));
          }),

      new Mutation("achieved date on a goal not achieved", r -> !r.getGoals().isEmpty(),
          (r, random) -> {
            int i = random.nextInt(r.getGoals().size());
            return new Broken("achieved date on a goal not achieved (goals[" + i + "])",
                "SmartGoal", "achievedOn", "only an achieved goal has an achieved date",
                () -> r.withGoals(replace(r.getGoals(), i, g -> SmartGoal.builder().from(g)
                    .status(random.nextBoolean() ? GoalStatus.ACTIVE : GoalStatus.DROPPED)
                    .achievedOn(r.getStartDate()).build())));
          }),

      new Mutation("follow-up both done and dropped", r -> !r.getFollowUps().isEmpty(),
          (r, random) -> {
            int i = random.nextInt(r.getFollowUps().size());
            return new Broken("follow-up both done and dropped (followUps[" + i + "])",
                "FollowUp", "droppedOn", "a follow-up is either done or dropped, not both",
                () -> r.withFollowUps(replace(r.getFollowUps(), i, f -> FollowUp.builder()
                    .from(f).status(FollowUpStatus.DONE).doneOn(r.getStartDate())
                    .droppedOn(r.getStartDate().plusDays(random.nextInt(30))).build())));
          }),

      new Mutation("replacement of a meeting that is not recorded",
          r -> !r.getMeetings().isEmpty(), (r, random) -> {
            int i = random.nextInt(r.getMeetings().size());
            String unknown = "no-such-meeting-" + random.nextInt(1000);
            return new Broken("replacement of a meeting that is not recorded (meetings[" + i
                + "])", "Relationship", "meetings[" + i + "].replaces",
                "names no meeting of this relationship: '" + unknown + "'",
                () -> r.withMeetings(replace(r.getMeetings(), i,
                    m -> m.withReplaces(unknown))));
          }),

      new Mutation("done follow-up without the day it was done",
          r -> !r.getFollowUps().isEmpty(), (r, random) -> {
            int i = random.nextInt(r.getFollowUps().size());
            return new Broken("done follow-up without a done day (followUps[" + i + "])",
                "FollowUp", "doneOn", "a done follow-up needs the day it was done",
                () -> r.withFollowUps(replace(r.getFollowUps(), i, f -> FollowUp.builder()
                    .from(f).status(FollowUpStatus.DONE).doneOn(Optional.empty()).build())));
          }),

      new Mutation("meeting cancelled after it started", r -> !r.getMeetings().isEmpty(),
          (r, random) -> {
            int i = random.nextInt(r.getMeetings().size());
            return new Broken("meeting cancelled after it started (meetings[" + i + "])",
                "Meeting", "cancelledAt", "a meeting cannot be cancelled after its scheduled start",
                () -> r.withMeetings(replace(r.getMeetings(), i, m -> Meeting.builder().from(m)
                    .status(MeetingStatus.CANCELLED)
                    .cancelledAt(m.getScheduledAt().plusMinutes(1 + random.nextInt(600)))
                    .build())));
          }),

      new Mutation("agreement with a negative meeting rhythm", r -> true, (r, random) -> {
        Agreement base = r.getAgreement().orElseGet(() -> Agreement.builder().build());
        return new Broken("agreement with a negative meeting rhythm", "Agreement",
            "meetingFrequency", "must be a positive period",
            () -> r.withAgreement(Agreement.builder().from(base)
                .meetingFrequency(Period.ofDays(-1 - random.nextInt(30))).build()));
      }),

      new Mutation("progress check above 100 percent",
          r -> r.getGoals().stream().anyMatch(g -> !g.getProgressChecks().isEmpty()),
          (r, random) -> {
            int i = 0;
            while (r.getGoals().get(i).getProgressChecks().isEmpty()) {
              i++;
            }
            int goal = i;
            return new Broken("progress check above 100 percent (goals[" + goal + "])",
                "ProgressCheck", "percentComplete", "must be less than or equal to 100",
                () -> r.withGoals(replace(r.getGoals(), goal, g -> g.withProgressChecks(
                    replace(g.getProgressChecks(), 0, c -> ProgressCheck.builder().from(c)
                        .percentComplete(101 + random.nextInt(100)).build())))));
          }));

  /** Every mutation. */
  public static List<Mutation> all() {
    return ALL;
  }

  /** The mutations that can break this relationship. */
  public static List<Mutation> applicableTo(Relationship r) {
    return ALL.stream().filter(m -> m.appliesTo().test(r)).toList();
  }

  /** Breaks a relationship in one way picked at random among those that apply. */
  public static Broken breakAtRandom(Relationship r, Random random) {
    List<Mutation> applicable = applicableTo(r);
    return applicable.get(random.nextInt(applicable.size())).apply()
        .apply(r, random);
  }

  private static <T> List<T> replace(List<T> items, int index, UnaryOperator<T> change) {
    List<T> copy = new ArrayList<>(items);
    copy.set(index, change.apply(copy.get(index)));
    return copy;
  }
}
