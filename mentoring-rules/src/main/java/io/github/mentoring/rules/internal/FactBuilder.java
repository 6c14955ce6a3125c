package io.github.mentoring.rules.internal;

import io.github.mentoring.core.model.Agreement;
import io.github.mentoring.core.model.AgendaPolicy;
import io.github.mentoring.core.model.CancellationPolicy;
import io.github.mentoring.core.model.Closure;
import io.github.mentoring.core.model.FollowUp;
import io.github.mentoring.core.model.Meeting;
import io.github.mentoring.core.model.MeetingStatus;
import io.github.mentoring.core.model.PartnerRole;
import io.github.mentoring.core.model.Phase;
import io.github.mentoring.core.model.Relationship;
import io.github.mentoring.core.model.SmartGoal;
import io.github.mentoring.rules.Policy;
import io.github.mentoring.rules.facts.AgreementFacts;
import io.github.mentoring.rules.facts.ClosureFacts;
import io.github.mentoring.rules.facts.FollowUpFacts;
import io.github.mentoring.rules.facts.GoalFacts;
import io.github.mentoring.rules.facts.MeetingFacts;
import io.github.mentoring.rules.facts.PartnerFacts;
import io.github.mentoring.rules.facts.RelationshipFacts;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a relationship and a check date into the facts the rules read. Every derived value is
 * computed here once, so rules stay simple comparisons (the main speed lever: see the performance
 * notes). Immutable and thread-safe.
 */
public final class FactBuilder {


  private final int formalInterval;
  private final int informalInterval;
  private final int gapCount;
  private final int missedWindow;
  private final int defaultNoticeHours;
  private final int defaultAgendaLeadHours;
  private final int lookbackDays;
  private final GoalText goalText;

  // Kinds of fact, as bits of the masks below.
  private static final int RELATIONSHIP = 1;
  private static final int MEETING = 1 << 1;
  private static final int FOLLOW_UP = 1 << 2;
  private static final int PARTNER = 1 << 3;
  private static final int GOAL = 1 << 4;
  private static final int CLOSURE = 1 << 5;
  private static final int AGREEMENT = 1 << 6;
  private static final List<Class<?>> KINDS = List.of(RelationshipFacts.class, MeetingFacts.class,
      FollowUpFacts.class, PartnerFacts.class, GoalFacts.class, ClosureFacts.class,
      AgreementFacts.class);

  /** The kinds some rule could match, by {@code phase.ordinal() * 2 + (formal ? 1 : 0)}. */
  private final int[] wanted;

  /**
   * A builder of the facts that some loaded rule could match; the others would be inserted only
   * to be rejected by the first test of every rule, and building them is much of a check's cost.
   */
  public FactBuilder(Policy policy, FactFilter filter) {
    Phase[] phases = Phase.values();
    this.wanted = new int[phases.length * 2];
    for (Phase phase : phases) {
      for (int formal = 0; formal < 2; formal++) {
        int mask = 0;
        for (int kind = 0; kind < KINDS.size(); kind++) {
          if (filter.mayMatch(KINDS.get(kind), phase, formal == 1)) {
            mask |= 1 << kind;
          }
        }
        wanted[phase.ordinal() * 2 + formal] = mask;
      }
    }
    this.formalInterval = policy.integer("fizzling.default-interval-days.formal");
    this.informalInterval = policy.integer("fizzling.default-interval-days.informal");
    this.gapCount = Math.max(2, policy.integer("fizzling.growing-gaps-count"));
    this.missedWindow = policy.integer("fizzling.missed-window");
    this.defaultNoticeHours = policy.integer("fizzling.default-cancellation-notice-hours");
    this.defaultAgendaLeadHours = policy.integer("fizzling.default-agenda-lead-hours");
    this.lookbackDays = policy.integer("fizzling.lookback-days");
    this.goalText = new GoalText(policy.list("goals.vague-phrases"),
        policy.list("goals.outcome-words"));
  }

  /** Adds the facts of one relationship to {@code facts}; findings go to {@code judgement}. */
  public void addFacts(Relationship r, LocalDate asOf, Judgement judgement, List<Object> facts) {
    int kinds = wanted[r.getPhase().ordinal() * 2 + (r.isFormal() ? 1 : 0)];
    if ((kinds & (RELATIONSHIP | MEETING | PARTNER)) == 0) {
      // Nothing that needs the meetings: go straight to the other kinds.
      addOtherFacts(r, asOf, judgement, facts, kinds, true, null, null);
      return;
    }
    List<Meeting> meetings = r.meetingsInOrder();
    List<Meeting> held = new ArrayList<>(meetings.size());
    List<Meeting> past = new ArrayList<>(meetings.size());
    Meeting firstUpcoming = null;
    boolean nextScheduled = false;
    for (Meeting m : meetings) {
      LocalDate day = m.date();
      if (!day.isAfter(asOf) && m.getStatus() != MeetingStatus.SCHEDULED) {
        past.add(m);
        if (m.isHeld()) {
          held.add(m);
        }
      } else if (!day.isBefore(asOf) && !calledOffBy(m, asOf)) {
        // on or after the check date and not yet called off on it (held, missed or cancelled
        // later): still ahead then. A meeting left "scheduled" on an earlier day is not ahead.
        nextScheduled = true;
        if (firstUpcoming == null) {
          firstUpcoming = m;
        }
      }
    }
    Meeting lastHeld = held.isEmpty() ? null : held.get(held.size() - 1);
    LocalDate lastHeldOn = lastHeld == null ? null : lastHeld.date();
    int daysWithoutMeeting = days(lastHeldOn == null ? r.getStartDate() : lastHeldOn, asOf);

    // Gaps between held meetings, then the gap still open up to the check date.
    List<Integer> gaps = new ArrayList<>();
    for (int i = Math.max(1, held.size() - gapCount); i < held.size(); i++) {
      gaps.add(days(held.get(i - 1).date(), held.get(i).date()));
    }
    if (lastHeld != null) {
      gaps.add(daysWithoutMeeting);
    }
    List<Integer> recentGaps = gaps.subList(Math.max(0, gaps.size() - gapCount), gaps.size());
    boolean growing = recentGaps.size() >= gapCount;
    for (int i = 1; growing && i < recentGaps.size(); i++) {
      growing = recentGaps.get(i) > recentGaps.get(i - 1);
    }

    List<Meeting> window = past.subList(Math.max(0, past.size() - missedWindow), past.size());
    int missed = 0;
    int byMentor = 0;
    int byMentee = 0;
    for (Meeting m : window) {
      if (m.isMissed()) {
        missed++;
        PartnerRole who = m.getCancelledBy().or(m::getNoShowBy).orElse(null);
        if (who == PartnerRole.MENTOR) {
          byMentor++;
        } else if (who == PartnerRole.MENTEE) {
          byMentee++;
        }
      }
    }

    Optional<Agreement> agreement = r.getAgreement();
    Optional<Integer> agreedInterval = agreement.flatMap(Agreement::meetingIntervalDays);
    int interval = agreedInterval.orElse(r.isFormal() ? formalInterval : informalInterval);
    LocalDate plannedEnd = r.plannedEndDate().orElse(null);
    Closure knownClosure = knownClosure(r, asOf);

    if ((kinds & RELATIONSHIP) != 0) {
      facts.add(new RelationshipFacts(judgement, r, asOf, days(r.getStartDate(), asOf), interval,
          agreedInterval.isPresent(), held.size(), lastHeldOn, daysWithoutMeeting, nextScheduled,
          recentGaps, growing, window.size(), missed, byMentor, byMentee,
          plannedEnd, plannedEnd == null ? 0 : days(asOf, plannedEnd), knownClosure));
    }
    if ((kinds & MEETING) != 0) {
      addMeetingFacts(r, asOf, judgement, facts, past, agreement);
    }
    addOtherFacts(r, asOf, judgement, facts, kinds, held.isEmpty(), firstUpcoming, knownClosure);
  }

  /** Follow-ups, partners, goals, the closure and the agreement. */
  private void addOtherFacts(Relationship r, LocalDate asOf, Judgement judgement,
      List<Object> facts, int kinds, boolean noneHeld, Meeting firstUpcoming,
      Closure knownClosure) {
    if ((kinds & (FOLLOW_UP | PARTNER)) != 0) {
      addPeopleFacts(r, asOf, judgement, facts, kinds, noneHeld, firstUpcoming, knownClosure);
    }
    if ((kinds & GOAL) != 0) {
      LocalDate plannedEnd = r.plannedEndDate().orElse(null);
      for (SmartGoal goal : r.getGoals()) {
        if (!goal.isActive()) {
          continue; // achieved or dropped goals are judged no more
        }
        facts.add(new GoalFacts(judgement, r, goal, asOf, plannedEnd, goalText));
      }
    }
    if ((kinds & CLOSURE) != 0) {
      Closure closure = knownClosure != null ? knownClosure : knownClosure(r, asOf);
      if (closure != null) {
        facts.add(new ClosureFacts(judgement, r, closure));
      }
    }
    if ((kinds & AGREEMENT) != 0) {
      r.getAgreement().ifPresent(a -> facts.add(new AgreementFacts(judgement, r, a)));
    }
  }

  /** The closure if it was started on or before the check date: a later one is not known then. */
  private static Closure knownClosure(Relationship r, LocalDate asOf) {
    Closure closure = r.getClosure().orElse(null);
    return closure != null && !closure.getStartedOn().isAfter(asOf) ? closure : null;
  }

  /** Follow-ups, and each partner with the count of their overdue items. */
  private void addPeopleFacts(Relationship r, LocalDate asOf, Judgement judgement,
      List<Object> facts, int kinds, boolean noneHeld, Meeting firstUpcoming,
      Closure knownClosure) {
    boolean followUpFacts = (kinds & FOLLOW_UP) != 0;
    int mentorOverdue = 0;
    int menteeOverdue = 0;
    for (FollowUp f : r.getFollowUps()) {
      // Items closed by the check date can flag nothing and are overdue for no one: leaving them
      // out keeps sessions small.
      if (!FollowUpFacts.isOpenOn(f, asOf)) {
        continue;
      }
      FollowUpFacts fact = new FollowUpFacts(judgement, r, f, asOf);
      if (followUpFacts) {
        facts.add(fact);
      }
      if (fact.getDaysOverdue() > 0) {
        if (fact.getOwnerRole() == PartnerRole.MENTOR) {
          mentorOverdue++;
        } else if (fact.getOwnerRole() == PartnerRole.MENTEE) {
          menteeOverdue++;
        }
      }
    }
    if ((kinds & PARTNER) != 0) {
      int daysUntilFirst = noneHeld && firstUpcoming != null
          ? days(asOf, firstUpcoming.date()) : -1;
      facts.add(new PartnerFacts(judgement, r, PartnerRole.MENTOR, mentorOverdue,
          !noneHeld, daysUntilFirst, knownClosure));
      facts.add(new PartnerFacts(judgement, r, PartnerRole.MENTEE, menteeOverdue,
          !noneHeld, daysUntilFirst, knownClosure));
    }
  }

  private void addMeetingFacts(Relationship r, LocalDate asOf, Judgement judgement,
      List<Object> facts, List<Meeting> past, Optional<Agreement> agreement) {
    Optional<CancellationPolicy> cancellation = agreement.flatMap(Agreement::getCancellation);
    Optional<Long> agreedNotice = cancellation.flatMap(CancellationPolicy::getMinimumNotice)
        .map(d -> d.toHours());
    long requiredNotice = agreedNotice.orElse((long) defaultNoticeHours);
    int agreedMinutes = agreement.flatMap(Agreement::getMeetingMinutes).orElse(-1);
    Optional<AgendaPolicy> agenda = agreement.flatMap(Agreement::getAgenda);
    boolean agendaRequired = agenda.map(AgendaPolicy::isSentAhead).orElse(false);
    long agendaLead = agenda.flatMap(AgendaPolicy::getLeadTime).map(d -> d.toHours())
        .orElse((long) defaultAgendaLeadHours);
    for (Meeting m : past) {
      int daysAgo = days(m.date(), asOf);
      if (daysAgo > lookbackDays) {
        continue;
      }
      facts.add(new MeetingFacts(judgement, r, m, daysAgo, requiredNotice,
          agreedNotice.isPresent(), m.getPlannedMinutes().orElse(agreedMinutes), agendaRequired,
          agendaLead));
    }
  }

  /**
   * Whether the meeting was known on the check date not to take place: cancelled on or before it
   * (a cancellation without a recorded time counts as known). A no-show is only known afterwards.
   */
  private static boolean calledOffBy(Meeting m, LocalDate asOf) {
    return m.getStatus() == MeetingStatus.CANCELLED
        && m.getCancelledAt().map(at -> !at.toLocalDate().isAfter(asOf)).orElse(true);
  }

  private static int days(LocalDate from, LocalDate to) {
    return (int) ChronoUnit.DAYS.between(from, to);
  }
}
