package io.github.mentoring.rules.facts;

import io.github.mentoring.core.model.Agreement;
import io.github.mentoring.core.model.AgendaPolicy;
import io.github.mentoring.core.model.CancellationPolicy;
import io.github.mentoring.core.model.Closure;
import io.github.mentoring.core.model.FollowUp;
import io.github.mentoring.core.model.Meeting;
import io.github.mentoring.core.model.PartnerRole;
import io.github.mentoring.core.model.Phase;
import io.github.mentoring.core.model.Relationship;
import io.github.mentoring.core.model.SmartGoal;
import io.github.mentoring.core.model.Snapshot;
import io.github.mentoring.rules.Policy;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Turns a relationship and a check date into the facts the rules read. Every derived value is
 * computed once in Java, so rules stay simple comparisons (the main speed lever: see the
 * performance notes); the costlier ones (the meeting history, a goal's wording) when a rule first
 * asks. Immutable and thread-safe.
 *
 * <p>Not API for callers or rule authors: the health check's engine builds facts through it, and
 * it lives here because the facts' constructors are package-private. It may change in any
 * release.
 */
public final class FactBuilder {

  /** Which facts are worth building: the engine answers from the loaded rules. */
  @FunctionalInterface
  public interface Filter {
    /**
     * Whether some loaded rule could match a fact of {@code type} for a relationship of this
     * phase and kind.
     */
    boolean mayMatch(Class<?> type, Phase phase, boolean formal);
  }

  private final int formalInterval;
  private final int informalInterval;
  private final int gapCount;
  private final int missedWindow;
  private final int missedThreshold;
  private final double missedShare;
  private final int defaultNoticeHours;
  private final int defaultAgendaLeadHours;
  private final int lookbackDays;
  private final GoalText goalText;

  // Kinds of fact; each is the bit of its place in this list in the masks below.
  private static final List<Class<?>> KINDS = List.of(RelationshipFacts.class, MeetingFacts.class,
      FollowUpFacts.class, PartnerFacts.class, GoalFacts.class, ClosureFacts.class,
      AgreementFacts.class);
  private static final int RELATIONSHIP = bit(RelationshipFacts.class);
  private static final int MEETING = bit(MeetingFacts.class);
  private static final int FOLLOW_UP = bit(FollowUpFacts.class);
  private static final int PARTNER = bit(PartnerFacts.class);
  private static final int GOAL = bit(GoalFacts.class);
  private static final int CLOSURE = bit(ClosureFacts.class);
  private static final int AGREEMENT = bit(AgreementFacts.class);

  /** The kinds some rule could match, by {@code phase.ordinal() * 2 + (formal ? 1 : 0)}. */
  private final int[] wanted;

  /**
   * A builder of the facts that some loaded rule could match: of a type some rule reads, for a
   * relationship of a phase and kind that rule declares ({@code @phases}, {@code @kinds}). The
   * others could reach no rule, and building them is much of a check's cost.
   */
  public FactBuilder(Policy policy, Filter filter) {
    Phase[] phases = Phase.values();
    this.wanted = new int[phases.length * 2];
    for (Phase phase : phases) {
      for (int formal = 0; formal < 2; formal++) {
        int mask = 0;
        for (Class<?> kind : KINDS) {
          if (filter.mayMatch(kind, phase, formal == 1)) {
            mask |= bit(kind);
          }
        }
        wanted[phase.ordinal() * 2 + formal] = mask;
      }
    }
    this.formalInterval = policy.integer("fizzling.default-interval-days.formal");
    this.informalInterval = policy.integer("fizzling.default-interval-days.informal");
    this.gapCount = Math.max(2, policy.integer("fizzling.growing-gaps-count"));
    this.missedWindow = policy.integer("fizzling.missed-window");
    this.missedThreshold = policy.integer("fizzling.missed-threshold");
    this.missedShare = policy.decimal("fizzling.missed-share");
    this.defaultNoticeHours = policy.integer("fizzling.default-cancellation-notice-hours");
    this.defaultAgendaLeadHours = policy.integer("fizzling.default-agenda-lead-hours");
    this.lookbackDays = policy.integer("fizzling.lookback-days");
    this.goalText = new GoalText(policy.list("goals.vague-phrases"),
        policy.list("goals.outcome-words"));
  }

  /**
   * Adds the facts of one relationship to {@code facts}; findings about them go to
   * {@code sink}.
   */
  public void addFacts(Relationship r, LocalDate asOf, FindingSink sink, List<Object> facts) {
    int kinds = wanted[r.getPhase().ordinal() * 2 + (r.isFormal() ? 1 : 0)];
    // Shared by the facts that need it, and read only when one of them is first asked.
    // What was known on the check date: every fact reads the past through this one view.
    Snapshot known = Snapshot.of(r, asOf);
    MeetingHistory meetings = new MeetingHistory(known, gapCount, missedWindow,
        missedThreshold, missedShare);
    Closure knownClosure = known.closure().orElse(null);
    LocalDate plannedEnd =
        (kinds & (RELATIONSHIP | GOAL)) != 0 ? r.plannedEndDate().orElse(null) : null;
    if ((kinds & RELATIONSHIP) != 0) {
      Optional<Integer> agreedInterval = r.getAgreement().flatMap(Agreement::meetingIntervalDays);
      int interval = agreedInterval.orElse(r.isFormal() ? formalInterval : informalInterval);
      facts.add(new RelationshipFacts(sink, r, asOf, days(r.getStartDate(), asOf), interval,
          agreedInterval.isPresent(), meetings, plannedEnd,
          plannedEnd == null ? 0 : days(asOf, plannedEnd), known));
    }
    if ((kinds & MEETING) != 0) {
      addMeetingFacts(r, asOf, sink, facts, meetings.past(), r.getAgreement());
    }
    if ((kinds & (FOLLOW_UP | PARTNER)) != 0) {
      addPeopleFacts(known, sink, facts, kinds, meetings, knownClosure);
    }
    if ((kinds & GOAL) != 0) {
      for (SmartGoal goal : r.getGoals()) { // achieved or dropped goals are judged no more
        if (known.isPursued(goal)) {
          facts.add(new GoalFacts(sink, known, goal, plannedEnd, goalText));
        }
      }
    }
    if ((kinds & CLOSURE) != 0 && knownClosure != null) {
      facts.add(new ClosureFacts(sink, r, knownClosure));
    }
    if ((kinds & AGREEMENT) != 0) {
      r.getAgreement().ifPresent(a -> facts.add(new AgreementFacts(sink, r, a)));
    }
  }

  /**
   * The facts of one person in one role across a bulk check, for the rules that judge people;
   * findings about it go to {@code sink}.
   *
   * @param relationships the relationships the person is in, in this role, that were judged
   * @param activeIds the active ones among them
   * @param fizzlingIds the active ones with a fizzling finding of warning severity or worse
   * @param atRisk how many of them are at risk
   */
  public PersonFacts personFacts(FindingSink sink, String personId, PartnerRole role,
      int relationships, List<String> activeIds, List<String> fizzlingIds, int atRisk) {
    return new PersonFacts(sink, personId, role, relationships, activeIds, fizzlingIds, atRisk);
  }

  /** Follow-ups, and each partner with the count of their overdue items. */
  private void addPeopleFacts(Snapshot known, FindingSink sink,
      List<Object> facts, int kinds, MeetingHistory meetings, Closure knownClosure) {
    Relationship r = known.relationship();
    boolean followUpFacts = (kinds & FOLLOW_UP) != 0;
    int mentorOverdue = 0;
    int menteeOverdue = 0;
    for (FollowUp f : r.getFollowUps()) {
      // Items closed by the check date can flag nothing and are overdue for no one: leaving them
      // out keeps sessions small.
      if (!known.isOpen(f)) {
        continue;
      }
      FollowUpFacts fact = new FollowUpFacts(sink, r, f, known.day());
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
      facts.add(new PartnerFacts(sink, r, PartnerRole.MENTOR, mentorOverdue, meetings,
          knownClosure));
      facts.add(new PartnerFacts(sink, r, PartnerRole.MENTEE, menteeOverdue, meetings,
          knownClosure));
    }
  }

  private void addMeetingFacts(Relationship r, LocalDate asOf, FindingSink sink,
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
      facts.add(new MeetingFacts(sink, r, m, daysAgo, requiredNotice,
          agreedNotice.isPresent(), m.getPlannedMinutes().orElse(agreedMinutes), agendaRequired,
          agendaLead));
    }
  }

  private static int bit(Class<?> kind) {
    return 1 << KINDS.indexOf(kind);
  }

  private static int days(LocalDate from, LocalDate to) {
    return (int) ChronoUnit.DAYS.between(from, to);
  }
}
