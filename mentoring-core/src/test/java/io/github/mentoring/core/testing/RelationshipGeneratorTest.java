package io.github.mentoring.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mentoring.core.model.Agreement;
import io.github.mentoring.core.model.Closure;
import io.github.mentoring.core.model.ConversationCheck;
import io.github.mentoring.core.model.EarlyEnd;
import io.github.mentoring.core.model.Feedback;
import io.github.mentoring.core.model.FollowUp;
import io.github.mentoring.core.model.FollowUpStatus;
import io.github.mentoring.core.model.Meeting;
import io.github.mentoring.core.model.MeetingStatus;
import io.github.mentoring.core.model.PartnerRole;
import io.github.mentoring.core.model.Phase;
import io.github.mentoring.core.model.ProgressKind;
import io.github.mentoring.core.model.Relationship;
import io.github.mentoring.core.model.RelationshipKind;
import io.github.mentoring.core.model.SmartGoal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RelationshipGeneratorTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);

  /** A few thousand relationships in the default shape, shared by the coverage tests. */
  private List<Relationship> population;

  @BeforeAll
  void generatePopulation() {
    population = new RelationshipGenerator(2026, AS_OF).list(2_500);
  }

  @Test
  void theSameSeedGivesTheSameRelationshipsInTheSameOrder() {
    List<Relationship> first = new RelationshipGenerator(42, AS_OF).list(40);
    List<Relationship> second = new RelationshipGenerator(42, AS_OF).stream(40).toList();

    assertThat(second).isEqualTo(first);
  }

  @Test
  void neighbouringSeedsGiveDifferentRelationships() {
    Relationship one = new RelationshipGenerator(1, AS_OF).next();
    Relationship two = new RelationshipGenerator(2, AS_OF).next();

    assertThat(one).isNotEqualTo(two);
  }

  @Test
  void neighbouringSeedsDoNotAllStartTheSameWay() {
    Set<Phase> firstPhases = EnumSet.noneOf(Phase.class);
    for (long seed = 0; seed < 200; seed++) {
      firstPhases.add(new RelationshipGenerator(seed, AS_OF).next().getPhase());
    }

    assertThat(firstPhases).containsExactlyInAnyOrder(Phase.values());
  }

  @Test
  void relationshipIdsAreUniqueAcrossAStreamAndTheGeneratorCountsWhatItMade() {
    RelationshipGenerator generator = new RelationshipGenerator(7, AS_OF);

    Set<String> ids = generator.stream(500).map(Relationship::getId).collect(Collectors.toSet());

    assertThat(ids).hasSize(500);
    assertThat(generator.produced()).isEqualTo(500);
  }

  @ParameterizedTest
  @EnumSource(Phase.class)
  void aRelationshipCanBeAskedForInAnyPhase(Phase phase) {
    RelationshipGenerator generator = new RelationshipGenerator(phase.ordinal(), AS_OF);

    for (int i = 0; i < 40; i++) {
      assertThat(generator.nextIn(phase).getPhase()).isEqualTo(phase);
    }
  }

  @ParameterizedTest
  @EnumSource(RelationshipKind.class)
  void aRelationshipCanBeAskedForByKindAndPhase(RelationshipKind kind) {
    RelationshipGenerator generator = new RelationshipGenerator(11, AS_OF);

    for (Phase phase : Phase.values()) {
      Relationship r = generator.next(kind, phase);
      assertThat(r.getKind()).isEqualTo(kind);
      assertThat(r.getPhase()).isEqualTo(phase);
    }
  }

  @Test
  void theShapeBoundsTheNumberOfMeetingsGoalsAndFollowUps() {
    Shape shape = Shape.builder().meetings(3, 7).goals(2, 2).followUps(1, 4)
        .phases(Phase.ACTIVE, Phase.CLOSED).kinds(RelationshipKind.INFORMAL).build();
    RelationshipGenerator generator = new RelationshipGenerator(5, AS_OF, shape);

    generator.stream(300).forEach(r -> {
      assertThat(r.getMeetings()).hasSizeBetween(3, 7);
      assertThat(r.getGoals()).hasSize(2);
      assertThat(r.getFollowUps()).hasSizeBetween(1, 4);
      assertThat(r.getPhase()).isIn(Phase.ACTIVE, Phase.CLOSED);
      assertThat(r.getKind()).isEqualTo(RelationshipKind.INFORMAL);
    });
  }

  @Test
  void largeRelationshipsForBenchmarksHaveFiveToFortyMeetingsAndOneToSixGoals() {
    RelationshipGenerator generator = RelationshipGenerator.builder()
        .seed(99).asOf(AS_OF).large().build();

    List<Relationship> large = generator.list(400);

    assertThat(large).allSatisfy(r -> {
      assertThat(r.getMeetings()).hasSizeBetween(5, 40);
      assertThat(r.getGoals()).hasSizeBetween(1, 6);
      assertThat(r.getPhase().isPastEstablishing()).isTrue();
    });
    assertThat(large).anySatisfy(r -> assertThat(r.getMeetings()).hasSize(40));
    assertThat(large.stream().mapToInt(r -> r.getMeetings().size()).average().orElseThrow())
        .isGreaterThan(10);
  }

  @Test
  void theBuilderAndTheConstructorMakeTheSameGenerator() {
    RelationshipGenerator built = RelationshipGenerator.builder().seed(3).asOf(AS_OF)
        .meetings(1, 9).goals(0, 2).build();
    RelationshipGenerator constructed = new RelationshipGenerator(3, AS_OF,
        Shape.builder().meetings(1, 9).goals(0, 2).build());

    assertThat(built.shape()).isEqualTo(constructed.shape());
    assertThat(built.list(20)).isEqualTo(constructed.list(20));
    assertThat(new RelationshipGenerator(3).asOf()).isEqualTo(RelationshipGenerator.DEFAULT_AS_OF);
  }

  @Test
  void aShapeRefusesBoundsThatMakeNoSense() {
    assertThatThrownBy(() -> Shape.builder().meetings(5, 4))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Shape.builder().goals(-1, 3))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Shape.builder().phases(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Shape.builder().agreementChance(1.5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Shape.large().toBuilder().build()).isEqualTo(Shape.large());
  }

  @Test
  void nothingThatHappenedLiesAfterTheAsOfDay() {
    for (Relationship r : population) {
      String id = r.getId();
      r.getRecordedOn().ifPresent(day -> assertThat(day).as(id).isEqualTo(AS_OF));
      r.getMeetings().stream()
          .filter(m -> m.isHeld() || m.getStatus() == MeetingStatus.NO_SHOW)
          .forEach(m -> assertThat(m.date()).as(id).isBeforeOrEqualTo(AS_OF));
      r.getMeetings().stream()
          .filter(m -> m.getStatus() == MeetingStatus.SCHEDULED && m.date().isAfter(AS_OF))
          .forEach(m -> m.getAgenda().flatMap(a -> a.getSentAt()).ifPresent(sent ->
              assertThat(sent.toLocalDate()).as(id).isBeforeOrEqualTo(AS_OF)));
      r.getFollowUps().forEach(f -> f.getDoneOn()
          .ifPresent(done -> assertThat(done).as(id).isBeforeOrEqualTo(AS_OF)));
      r.getActualEnd().ifPresent(end -> assertThat(end).as(id).isBeforeOrEqualTo(AS_OF));
      r.getMeetings().forEach(m ->
          assertThat(m.getScheduledAt().toLocalDate()).as(id).isAfterOrEqualTo(r.getStartDate()));
    }
  }

  @Test
  void onlyEndingRelationshipsHaveAClosureAndOnlyEndedOnesAnEnd() {
    for (Relationship r : population) {
      if (r.getClosure().isPresent()) {
        assertThat(r.getPhase().isEnding()).as(r.getId()).isTrue();
      }
      if (r.getPhase() == Phase.CLOSED || r.getPhase() == Phase.CONTINUING_INFORMALLY) {
        assertThat(r.getActualEnd()).as(r.getId()).isPresent();
      }
    }
  }

  @Test
  void thePopulationCoversEveryPhaseKindAndAgreementShape() {
    assertThat(population).extracting(Relationship::getPhase).contains(Phase.values());
    assertThat(population).extracting(Relationship::getKind).contains(RelationshipKind.values());
    seen("a formal relationship without an agreement",
        r -> r.isFormal() && r.getAgreement().isEmpty());
    seen("an informal relationship with an agreement",
        r -> !r.isFormal() && r.getAgreement().isPresent());
    seen("a complete agreement", r -> r.getAgreement().filter(RelationshipGeneratorTest::complete)
        .isPresent());
    seen("an agreement missing some elements", r -> r.getAgreement()
        .filter(a -> !complete(a) && a.getObjective().isPresent()).isPresent());
    seen("an agreement without an objective",
        r -> r.getAgreement().filter(a -> a.getObjective().isEmpty()).isPresent());
    seen("a planned end only in the agreement",
        r -> r.getPlannedEnd().isEmpty() && r.plannedEndDate().isPresent());
    seen("no planned end at all", r -> r.plannedEndDate().isEmpty());
    seen("a roadmap", r -> r.getRoadmap().isPresent());
    seen("no record date", r -> r.getRecordedOn().isEmpty());
    seen("an early ending with a reason",
        r -> r.getEarlyEnd().flatMap(EarlyEnd::getReason).isPresent());
    seen("an early ending without a reason",
        r -> r.isEndedEarly() && r.getEarlyEnd().flatMap(EarlyEnd::getReason).isEmpty());
    seen("an early ending raised by the mentee in writing", r -> r.getEarlyEnd()
        .filter(e -> e.getRaisedBy().equals(Optional.of(PartnerRole.MENTEE))
            && e.raisedInConversation().equals(Optional.of(false))).isPresent());
    seen("an early ending raised on a known day by the mentor", r -> r.getEarlyEnd()
        .filter(e -> e.getRaisedOn().isPresent()
            && e.getRaisedBy().equals(Optional.of(PartnerRole.MENTOR))).isPresent());
    seen("an early end raised while the partners are still winding down",
        r -> r.isEndedEarly() && r.getActualEnd().isEmpty());
    seen("the day the current phase began", r -> r.getPhaseSince().isPresent());
    seen("a closing relationship that says when closing began",
        r -> r.getPhase() == Phase.CLOSING && r.getPhaseSince().isPresent());
    seen("a goal with the day it was set",
        r -> r.getGoals().stream().anyMatch(g -> g.getSetOn().isPresent()));
    seen("an achieved goal with the day it was achieved",
        r -> r.getGoals().stream().anyMatch(g -> g.getAchievedOn().isPresent()));
    seen("an achieved goal without the day", r -> r.getGoals().stream()
        .anyMatch(g -> g.isAchieved() && g.getAchievedOn().isEmpty()));
    seen("a dropped follow-up with the day it was dropped",
        r -> r.getFollowUps().stream().anyMatch(f -> f.getDroppedOn().isPresent()));
    seen("a cancelled meeting and its replacement",
        r -> r.getMeetings().stream().anyMatch(m -> m.getReplaces().isPresent()));
    seen("a mentee sharing a resource", r -> r.getProgressUpdates().stream()
        .anyMatch(u -> u.getKind() == ProgressKind.RESOURCE_SHARED));
    seen("complete preparation on both sides", r -> r.getMentorPreparation()
        .filter(p -> p.isComplete()).isPresent() && r.getMenteePreparation()
        .filter(p -> p.isComplete()).isPresent());
    seen("partial preparation", r -> r.getMenteePreparation()
        .filter(p -> !p.isComplete()).isPresent());
  }

  @Test
  void thePopulationCoversEveryKindOfGoal() {
    seen("no goals", r -> r.getGoals().isEmpty());
    seen("six goals", r -> r.getGoals().size() == 6);
    seenGoal("a SMART goal", g -> g.getMeasure().isPresent() && g.getTargetDate().isPresent()
        && g.getServesObjective().isPresent());
    seenGoal("a vague goal", g -> g.getStatement().equals("Get better at leadership")
        && g.getMeasure().isEmpty());
    seenGoal("a goal without a measure", g -> g.getMeasure().isEmpty());
    seenGoal("a goal without a target date", g -> g.getTargetDate().isEmpty());
    seenGoal("a goal without a link to the objective", g -> g.getServesObjective().isEmpty());
    seenGoal("a goal with progress checks", g -> !g.getProgressChecks().isEmpty());
    seen("a goal due after the planned end", r -> r.plannedEndDate().isPresent()
        && r.getGoals().stream().anyMatch(g -> g.getTargetDate()
            .filter(t -> t.isAfter(r.plannedEndDate().get())).isPresent()));
    seenGoal("an achieved goal", g -> !g.isActive());
  }

  @Test
  void thePopulationCoversEveryKindOfMeeting() {
    seen("no meetings", r -> r.getMeetings().isEmpty());
    seen("forty meetings", r -> r.getMeetings().size() == 40);
    for (MeetingStatus status : MeetingStatus.values()) {
      seenMeeting("a meeting " + status, m -> m.getStatus() == status);
    }
    seen("a meeting scheduled after the as-of day", r -> r.getMeetings().stream()
        .anyMatch(m -> m.getStatus() == MeetingStatus.SCHEDULED && m.date().isAfter(AS_OF)));
    seen("a stale scheduled meeting in the past", r -> r.getMeetings().stream()
        .anyMatch(m -> m.getStatus() == MeetingStatus.SCHEDULED && m.date().isBefore(AS_OF)));
    seenMeeting("a cancellation saying who and when",
        m -> m.getCancelledBy().isPresent() && m.getCancelledAt().isPresent());
    seenMeeting("a cancellation saying neither who nor when",
        m -> m.isMissed() && m.getCancelledBy().isEmpty() && m.getCancelledAt().isEmpty()
            && m.getStatus() == MeetingStatus.CANCELLED);
    seenMeeting("a late cancellation", m -> m.cancellationNotice()
        .filter(n -> n.toHours() < 24).isPresent());
    seenMeeting("a no-show saying who", m -> m.getNoShowBy().isPresent());
    seenMeeting("an agenda sent ahead", m -> m.getAgenda().flatMap(a -> a.getSentAt()).isPresent());
    seenMeeting("an agenda never sent", m -> m.getAgenda().isPresent()
        && m.getAgenda().get().getSentAt().isEmpty());
    seenMeeting("a wrap-up with next steps",
        m -> m.getWrapUp().filter(ConversationCheck::hasNextSteps).isPresent());
    seenMeeting("a wrap-up without next steps",
        m -> m.getWrapUp().filter(w -> !w.hasNextSteps()).isPresent());
    seenMeeting("a held meeting without a wrap-up", m -> m.isHeld() && m.getWrapUp().isEmpty());
    seenMeeting("a meeting that lasted as planned", m -> m.getActualMinutes().isPresent()
        && m.getActualMinutes().equals(m.getPlannedMinutes()));
    seenMeeting("a meeting far shorter than planned", m -> m.getPlannedMinutes().isPresent()
        && m.getActualMinutes().filter(a -> a * 2 < m.getPlannedMinutes().get()).isPresent());
    seenMeeting("a held meeting without its length", m -> m.isHeld()
        && m.getActualMinutes().isEmpty());
    seenMeeting("a meeting that started late", m -> m.getActualStart()
        .filter(s -> s.isAfter(m.getScheduledAt())).isPresent());
    seen("meetings recorded out of order",
        r -> !r.getMeetings().equals(r.meetingsInOrder()));
    seen("a long gap since the last held meeting", r -> r.getPhase() == Phase.ACTIVE
        && r.lastHeldMeeting().filter(m -> m.date().isBefore(AS_OF.minusWeeks(6))).isPresent());
    seen("an active relationship with no next meeting", r -> r.getPhase() == Phase.ACTIVE
        && r.getMeetings().stream().noneMatch(m -> m.date().isAfter(AS_OF)));
    seen("meetings after the formal end", r -> r.getPhase() == Phase.CONTINUING_INFORMALLY
        && r.getMeetings().stream().anyMatch(m -> m.date().isAfter(r.getActualEnd().get())));
  }

  @Test
  void thePopulationCoversEveryKindOfFollowUpAndUpdate() {
    seenFollowUp("a follow-up the mentee owns", (r, f) -> f.getOwner()
        .flatMap(r::roleOf).filter(role -> role == PartnerRole.MENTEE).isPresent());
    seenFollowUp("a follow-up the mentor owns", (r, f) -> f.getOwner()
        .flatMap(r::roleOf).filter(role -> role == PartnerRole.MENTOR).isPresent());
    seenFollowUp("a follow-up nobody owns", (r, f) -> f.getOwner().isEmpty());
    seenFollowUp("a follow-up without a due date", (r, f) -> f.getDue().isEmpty());
    seenFollowUp("an overdue open follow-up", (r, f) -> f.isOpen()
        && f.getDue().filter(d -> d.isBefore(AS_OF)).isPresent());
    for (FollowUpStatus status : FollowUpStatus.values()) {
      seenFollowUp("a follow-up " + status, (r, f) -> f.getStatus() == status);
    }
    seenFollowUp("a follow-up from a held meeting", (r, f) -> f.getFromMeeting()
        .flatMap(id -> r.getMeetings().stream().filter(m -> m.getId().equals(id)).findFirst())
        .filter(Meeting::isHeld).isPresent());
    seenFollowUp("a follow-up from no meeting", (r, f) -> f.getFromMeeting().isEmpty());
    seen("progress updates", r -> !r.getProgressUpdates().isEmpty());
    seen("an update from the mentor", r -> r.getProgressUpdates().stream()
        .anyMatch(u -> u.getFrom() == PartnerRole.MENTOR));
  }

  @Test
  void thePopulationCoversCompleteAndPartialClosures() {
    seen("a closing relationship without a closure",
        r -> r.getPhase() == Phase.CLOSING && r.getClosure().isEmpty());
    seenClosure("a complete closure", c -> c.getMentorFeedback().filter(Feedback::isComplete)
        .isPresent() && c.getMenteeFeedback().filter(Feedback::isComplete).isPresent()
        && c.getMentorDecision().isPresent() && c.getMenteeDecision().isPresent()
        && c.isAcknowledged() && c.getContactPlan().isPresent()
        && c.getPayItForward().isPresent());
    seenClosure("a closure missing the mentor's feedback", c -> c.getMentorFeedback().isEmpty());
    seenClosure("a closure with partial feedback",
        c -> c.getMenteeFeedback().filter(f -> !f.isComplete()).isPresent());
    seenClosure("a closure with unresolved work", c -> c.getRemainingWork().stream()
        .anyMatch(w -> w.getResolution() == io.github.mentoring.core.model.Resolution.UNRESOLVED));
    seenClosure("a closure where a partner declines to go on", c -> c.getMentorDecision()
        .filter(d -> !d.isContinueInformally()).isPresent());
    seenClosure("a closure where both go on with a plan",
        c -> c.bothContinue() && c.getContinuation().isPresent());
    seenClosure("a closure not yet acknowledged", c -> !c.isAcknowledged());
    seenClosure("a closure thanked by the mentor only",
        c -> c.getThankedBy().equals(java.util.Set.of(PartnerRole.MENTOR)));
    seenClosure("a closure thanked by the mentee only",
        c -> c.getThankedBy().equals(java.util.Set.of(PartnerRole.MENTEE)));
  }

  private static boolean complete(Agreement a) {
    return a.getObjective().isPresent() && !a.getMeetingFormats().isEmpty()
        && a.getMeetingFrequency().isPresent() && a.getPlannedLength().isPresent()
        && a.getPlannedEnd().isPresent() && a.getEarlyEndingPlan().isPresent()
        && !a.getAvailability().isEmpty() && a.getMeetingMinutes().isPresent()
        && a.getCancellation().isPresent() && a.getAgenda().isPresent()
        && a.getConfidentiality().isPresent() && a.getBoundaries().isPresent()
        && !a.getActivities().isEmpty() && !a.getTopics().isEmpty();
  }

  private void seen(String what, Predicate<Relationship> test) {
    assertThat(population).as("some generated relationship has " + what).anyMatch(test);
  }

  private void seenGoal(String what, Predicate<SmartGoal> test) {
    seen(what, r -> r.getGoals().stream().anyMatch(test));
  }

  private void seenMeeting(String what, Predicate<Meeting> test) {
    seen(what, r -> r.getMeetings().stream().anyMatch(test));
  }

  private void seenClosure(String what, Predicate<Closure> test) {
    seen(what, r -> r.getClosure().filter(test).isPresent());
  }

  private void seenFollowUp(String what, java.util.function.BiPredicate<Relationship, FollowUp> test) {
    seen(what, r -> r.getFollowUps().stream().anyMatch(f -> test.test(r, f)));
  }

  @Test
  void everyGeneratedIdIsDistinctWithinItsRelationship() {
    for (Relationship r : population) {
      Set<String> meetingIds = new HashSet<>();
      r.getMeetings().forEach(m -> assertThat(meetingIds.add(m.getId())).as(r.getId()).isTrue());
    }
  }
}
