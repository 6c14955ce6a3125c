package io.github.mentoring.rules.internal;

import io.github.mentoring.core.model.Agreement;
import io.github.mentoring.core.model.AgendaPolicy;
import io.github.mentoring.core.model.CancellationPolicy;
import io.github.mentoring.core.model.Closure;
import io.github.mentoring.core.model.FollowUp;
import io.github.mentoring.core.model.Meeting;
import io.github.mentoring.core.model.MeetingStatus;
import io.github.mentoring.core.model.PartnerRole;
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
import java.util.function.Predicate;

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

  private final boolean relationshipFacts;
  private final boolean meetingFacts;
  private final boolean followUpFacts;
  private final boolean partnerFacts;
  private final boolean goalFacts;
  private final boolean closureFacts;
  private final boolean agreementFacts;

  /**
   * A builder of the kinds of fact that some loaded rule matches; the others would be inserted
   * only to be ignored, and building them is most of the cost of a check.
   */
  public FactBuilder(Policy policy, Predicate<Class<?>> matched) {
    this.relationshipFacts = matched.test(RelationshipFacts.class);
    this.meetingFacts = matched.test(MeetingFacts.class);
    this.followUpFacts = matched.test(FollowUpFacts.class);
    this.partnerFacts = matched.test(PartnerFacts.class);
    this.goalFacts = matched.test(GoalFacts.class);
    this.closureFacts = matched.test(ClosureFacts.class);
    this.agreementFacts = matched.test(AgreementFacts.class);
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
    // A closure started after the check date is not known yet on that date.
    Closure closure = r.getClosure().orElse(null);
    Closure knownClosure =
        closure != null && !closure.getStartedOn().isAfter(asOf) ? closure : null;

    if (relationshipFacts) {
      facts.add(new RelationshipFacts(judgement, r, asOf, days(r.getStartDate(), asOf), interval,
          agreedInterval.isPresent(), held.size(), lastHeldOn, daysWithoutMeeting, nextScheduled,
          recentGaps, growing, window.size(), missed, byMentor, byMentee,
          plannedEnd, plannedEnd == null ? 0 : days(asOf, plannedEnd), knownClosure));
    }
    if (meetingFacts) {
      addMeetingFacts(r, asOf, judgement, facts, past, agreement);
    }
    if (followUpFacts || partnerFacts) {
      addPeopleFacts(r, asOf, judgement, facts, held.isEmpty(), firstUpcoming, knownClosure);
    }
    if (goalFacts) {
      for (SmartGoal goal : r.getGoals()) {
        if (!goal.isActive()) {
          continue; // achieved or dropped goals are judged no more
        }
        facts.add(new GoalFacts(judgement, r, goal, asOf, plannedEnd, goalText));
      }
    }
    if (closureFacts && knownClosure != null) {
      facts.add(new ClosureFacts(judgement, r, knownClosure));
    }
    if (agreementFacts) {
      agreement.ifPresent(a -> facts.add(new AgreementFacts(judgement, r, a)));
    }
  }

  /** Follow-ups, and each partner with the count of their overdue items. */
  private void addPeopleFacts(Relationship r, LocalDate asOf, Judgement judgement,
      List<Object> facts, boolean noneHeld, Meeting firstUpcoming, Closure knownClosure) {
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
    if (partnerFacts) {
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
