package io.github.mentoring.rules.properties;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mentoring.core.model.Agenda;
import io.github.mentoring.core.model.Agreement;
import io.github.mentoring.core.model.Closure;
import io.github.mentoring.core.model.ContactPlan;
import io.github.mentoring.core.model.ContinuationDecision;
import io.github.mentoring.core.model.ContinuationPlan;
import io.github.mentoring.core.model.ConversationCheck;
import io.github.mentoring.core.model.Feedback;
import io.github.mentoring.core.model.FollowUp;
import io.github.mentoring.core.model.FollowUpStatus;
import io.github.mentoring.core.model.Meeting;
import io.github.mentoring.core.model.MeetingStatus;
import io.github.mentoring.core.model.Phase;
import io.github.mentoring.core.model.Relationship;
import io.github.mentoring.core.model.RemainingWork;
import io.github.mentoring.core.model.Resolution;
import io.github.mentoring.core.testing.RelationshipGenerator;
import io.github.mentoring.rules.Category;
import io.github.mentoring.rules.Finding;
import io.github.mentoring.rules.HealthCheck;
import io.github.mentoring.rules.HealthReport;
import io.github.mentoring.rules.Status;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invariants of the health check over generated relationships. Each sample is made from its seed
 * alone (shown in the test name), so a failure is reproduced by running that seed again.
 */
class HealthCheckPropertiesTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 27);
  private static final HealthCheck HEALTH_CHECK = HealthCheck.withBuiltInRules();

  /**
   * The built-in rules plus one that matches nothing but declares no phases and reads every
   * fact: with it, every fact is inserted, even those no built-in rule could match.
   */
  private static final HealthCheck EVERY_FACT_INSERTED = HealthCheck.builder()
      .addRules("sees-every-fact.drl", """
          package program.probe;
          import io.github.mentoring.rules.facts.*;

          rule "Sees every fact"
              @id("probe.sees-every-fact")
              @category("fizzling")
              @severity("info")
              @description("Matches no fact; it declares no @phases, so all facts go in")
          when
              Fact( relationshipId == "no such relationship" )
          then
          end
          """)
      .build();

  static Stream<Long> seeds() {
    return LongStream.range(0, 300).boxed();
  }

  private static Relationship sample(long seed) {
    return new RelationshipGenerator(seed, AS_OF).next();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void anyValidRelationshipIsJudgedWithoutErrorAndItsStatusFollowsItsFindings(long seed) {
    Relationship r = sample(seed);
    HealthReport report = HEALTH_CHECK.check(r, AS_OF);
    assertThat(report.relationshipId()).isEqualTo(r.getId());
    assertThat(report.status()).isEqualTo(Status.of(report.findings()));
    assertThat(report.findings()).isSortedAccordingTo(Finding.ORDER);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void leavingOutTheFactsNoRuleCouldMatchChangesNoReport(long seed) {
    Relationship r = sample(seed);
    assertThat(HEALTH_CHECK.check(r, AS_OF)).isEqualTo(EVERY_FACT_INSERTED.check(r, AS_OF));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void theReportDependsOnlyOnTheRelationshipAndTheDateNotOnInputOrder(long seed) {
    Relationship r = sample(seed);
    Random random = new Random(seed);
    Relationship shuffled = Relationship.builder().from(r)
        .meetings(shuffle(r.getMeetings(), random))
        .followUps(shuffle(r.getFollowUps(), random))
        .goals(shuffle(r.getGoals(), random))
        .progressUpdates(shuffle(r.getProgressUpdates(), random))
        .build();
    HealthReport first = HEALTH_CHECK.check(r, AS_OF);
    assertThat(HEALTH_CHECK.check(r, AS_OF)).isEqualTo(first);
    assertThat(HEALTH_CHECK.check(shuffled, AS_OF)).isEqualTo(first);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void holdingAMeetingOnTheCheckDateNeverAddsAFizzlingFinding(long seed) {
    Relationship before = recordedUpTo(sample(seed), AS_OF);
    int agreedMinutes = before.getAgreement().flatMap(Agreement::getMeetingMinutes).orElse(60);
    Meeting held = Meeting.builder()
        .id("added-on-check-date")
        .scheduledAt(AS_OF.atTime(9, 0))
        .status(MeetingStatus.HELD)
        .plannedMinutes(agreedMinutes)
        .actualMinutes(agreedMinutes)
        .agenda(Agenda.builder().addItems("updates").sentAt(AS_OF.minusDays(14).atTime(9, 0))
            .mentorInput(true).build())
        .wrapUp(ConversationCheck.builder().nextSteps("next steps agreed").build())
        .build();
    Relationship after = Relationship.builder().from(before).addMeetings(held).build();

    assertThat(keys(after, Category.FIZZLING))
        .as("fizzling findings after holding a meeting on the check date")
        .isSubsetOf(keys(before, Category.FIZZLING));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void markingAFollowUpDoneNeverAddsAMissedFollowUpFinding(long seed) {
    Relationship before = recordedUpTo(sample(seed), AS_OF);
    List<FollowUp> followUps = new ArrayList<>(before.getFollowUps());
    for (int i = 0; i < followUps.size(); i++) {
      FollowUp f = followUps.get(i);
      if (f.isOpen()) {
        followUps.set(i, FollowUp.builder().from(f).status(FollowUpStatus.DONE).doneOn(AS_OF)
            .build());
        Relationship after = Relationship.builder().from(before).followUps(followUps).build();
        assertThat(keys(after, Category.MISSED_FOLLOW_UP))
            .as("missed follow-up findings after marking %s done", f.getId())
            .isSubsetOf(keys(before, Category.MISSED_FOLLOW_UP));
        followUps.set(i, f);
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aClosureWithEveryStepCompleteLeavesNothingPending(long seed) {
    RelationshipGenerator generator = new RelationshipGenerator(seed, AS_OF);
    Phase phase = List.of(Phase.CLOSING, Phase.CLOSED, Phase.CONTINUING_INFORMALLY)
        .get((int) (seed % 3));
    Relationship r = generator.nextIn(phase);
    Feedback feedback = Feedback.builder().workedBest("the role plays")
        .mostChallenging("the third meeting").doDifferently("meet in person more").build();
    Closure complete = Closure.builder()
        .startedOn(r.getStartDate())
        .mentorFeedback(feedback)
        .menteeFeedback(feedback)
        .remainingWork(r.getClosure().map(Closure::getRemainingWork).orElse(List.of()).stream()
            .map(w -> RemainingWork.builder().from(w).resolution(Resolution.COMPLETED).build())
            .toList())
        .mentorDecision(ContinuationDecision.of(true))
        .menteeDecision(ContinuationDecision.of(true))
        .continuation(ContinuationPlan.builder().frequency(Period.ofMonths(2)).keepAgenda(false)
            .focus("career moves").build())
        .addThankedBy(io.github.mentoring.core.model.PartnerRole.values())
        .contactPlan(ContactPlan.builder().finalConversationOn(r.getStartDate()).sharesUpdates(true)
            .build())
        .payItForward("mentor a new joiner next year")
        .build();
    Relationship closed = Relationship.builder().from(r).closure(complete).build();

    assertThat(keys(closed, Category.PENDING_CLOSURE)).isEmpty();
  }

  /** Moves the record date, if any, up to the check date, so that events on it are valid. */
  private static Relationship recordedUpTo(Relationship r, LocalDate asOf) {
    return r.getRecordedOn().filter(d -> d.isBefore(asOf)).isPresent()
        ? Relationship.builder().from(r).recordedOn(asOf).build() : r;
  }

  private static Set<String> keys(Relationship r, Category category) {
    return HEALTH_CHECK.check(r, AS_OF).findings().stream()
        .filter(f -> f.category() == category)
        .map(f -> f.ruleId() + " @ " + f.subject())
        .collect(Collectors.toSet());
  }

  private static <T> List<T> shuffle(List<T> items, Random random) {
    List<T> copy = new ArrayList<>(items);
    Collections.shuffle(copy, random);
    return copy;
  }
}
