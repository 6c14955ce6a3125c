package io.github.mentoring.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.mentoring.core.testing.Mutations.Broken;
import io.github.mentoring.core.testing.Mutations.Mutation;
import io.github.mentoring.core.testing.Mutations;
import io.github.mentoring.core.testing.RelationshipGenerator;
import io.github.mentoring.core.testing.Shape;
import io.github.mentoring.core.validation.InvalidModelException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of the model over generated relationships: hundreds of seeded samples per property,
 * covering every phase and kind, in the default and the large shape. Each sample's name is the
 * code that reproduces it. Run with {@code -Dmentoring.seed=N} to explore other seeds and
 * {@code -Dmentoring.samples=N} for more samples.
 */
class RelationshipPropertiesTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);
  private static final long BASE_SEED = Long.getLong("mentoring.seed", 20_260_601L);
  private static final int SAMPLES = Integer.getInteger("mentoring.samples", 360);

  private static final Phase[] PHASES = Phase.values();
  private static final Map<Sample, Relationship> GENERATED = new ConcurrentHashMap<>();
  private static final RelationshipKind[] KINDS = RelationshipKind.values();

  /** One generated relationship, known by how to make it again. */
  record Sample(long seed, Phase phase, RelationshipKind kind, boolean large) {

    /** The relationship, generated once and shared by every property. */
    Relationship relationship() {
      return GENERATED.computeIfAbsent(this, sample -> {
        Shape shape = sample.large() ? Shape.large() : Shape.defaults();
        return new RelationshipGenerator(sample.seed(), AS_OF, shape)
            .next(sample.kind(), sample.phase());
      });
    }

    @Override
    public String toString() {
      return "seed " + seed + ": new RelationshipGenerator(" + seed + "L, LocalDate.parse(\""
          + AS_OF + "\")" + (large ? ", Shape.large()" : "") + ").next(" + kind + ", " + phase
          + ")";
    }
  }

  static Stream<Sample> samples() {
    return IntStream.range(0, SAMPLES).mapToObj(i -> new Sample(
        BASE_SEED + i, PHASES[i % PHASES.length], KINDS[(i / PHASES.length) % KINDS.length],
        i % 4 == 3));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void everyGeneratedRelationshipIsValidAndRebuildsIntoAnEqualValue(Sample sample) {
    Relationship r = sample.relationship();

    Relationship rebuilt = Relationship.builder().from(r).build();

    assertThat(rebuilt).as(sample.toString()).isEqualTo(r).hasSameHashCodeAs(r);
    assertThat(r.getPhase()).as(sample.toString()).isEqualTo(sample.phase());
    assertThat(r.getKind()).as(sample.toString()).isEqualTo(sample.kind());
    for (Meeting m : r.getMeetings()) {
      assertThat(Meeting.builder().from(m).build()).as(sample + " " + m.getId()).isEqualTo(m);
    }
    for (FollowUp f : r.getFollowUps()) {
      assertThat(FollowUp.builder().from(f).build()).as(sample + " " + f.getId()).isEqualTo(f);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void copiesOfAValidRelationshipStayValidAndCompareByValue(Sample sample) {
    Relationship r = sample.relationship();
    Random random = new Random(sample.seed());
    String why = sample.toString();

    Relationship renamed = r.withId(r.getId() + "-copy");
    assertThat(renamed).as(why).isNotEqualTo(r);
    assertThat(renamed.withId(r.getId())).as(why).isEqualTo(r).hasSameHashCodeAs(r);
    assertThat(r.withPhase(r.getPhase())).as(why).isSameAs(r);
    assertThat(r.withRecordedOn(r.getRecordedOn())).as(why).isEqualTo(r);

    List<Meeting> reversed = new ArrayList<>(r.getMeetings());
    Collections.reverse(reversed);
    Relationship reordered = r.withMeetings(reversed);
    assertThat(reordered.equals(r)).as(why).isEqualTo(reversed.equals(r.getMeetings()));

    List<Meeting> annotated = r.getMeetings().stream()
        .map(m -> m.withNotes("Copied for a test"))
        .toList();
    assertThat(r.withMeetings(annotated).getMeetings()).as(why).hasSameSizeAs(r.getMeetings());

    String[] partners = {r.getMentor().getId(), r.getMentee().getId()};
    List<FollowUp> handedOver = r.getFollowUps().stream()
        .map(f -> f.withOwner(partners[random.nextInt(2)]))
        .toList();
    assertThat(r.withFollowUps(handedOver).getFollowUps()).as(why).hasSameSizeAs(r.getFollowUps());

    List<SmartGoal> settled = r.getGoals().stream()
        .map(g -> g.withAchievedOn(java.util.Optional.empty())
            .withStatus(GoalStatus.values()[random.nextInt(GoalStatus.values().length)]))
        .toList();
    assertThat(r.withGoals(settled).getGoals()).as(why).hasSameSizeAs(r.getGoals());

    assertThat(Relationship.builder().from(r).build()).as(why)
        .isEqualTo(r).isNotSameAs(r);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void aMutatedFieldIsAlwaysReportedWithItsPath(Sample sample) {
    Relationship r = sample.relationship();
    Broken broken = Mutations.breakAtRandom(r, new Random(sample.seed()));

    assertRefusedAsPromised(sample, broken);
  }

  static Stream<Arguments> mutations() {
    return Mutations.all().stream().map(m -> Arguments.of(m.name(), m));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mutations")
  void everyKindOfMutationIsReportedWithItsPath(String name, Mutation mutation) {
    int applied = 0;
    for (Sample sample : samples().limit(240).toList()) {
      Relationship r = sample.relationship();
      if (!mutation.appliesTo().test(r)) {
        continue;
      }
      Broken broken = mutation.apply()
          .apply(r, new Random(sample.seed()));
      assertRefusedAsPromised(sample, broken);
      if (++applied == 12) {
        break;
      }
    }
    assertThat(applied).as("generated relationships that '" + name + "' applies to")
        .isPositive();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void meetingsInOrderDoNotDependOnTheOrderTheyWereRecordedIn(Sample sample) {
    Relationship r = sample.relationship();
    Random random = new Random(sample.seed());
    List<Meeting> expected = r.getMeetings().stream()
        .sorted(Comparator.comparing(Meeting::getScheduledAt).thenComparing(Meeting::getId))
        .toList();

    assertThat(r.meetingsInOrder()).as(sample.toString()).containsExactlyElementsOf(expected);
    for (int round = 0; round < 3; round++) {
      List<Meeting> shuffled = new ArrayList<>(r.getMeetings());
      Collections.shuffle(shuffled, random);
      Relationship reshuffled = r.withMeetings(shuffled);

      String why = sample + ", shuffle " + round;
      assertThat(reshuffled.meetingsInOrder()).as(why).isEqualTo(r.meetingsInOrder());
      assertThat(reshuffled.heldMeetingsInOrder()).as(why).isEqualTo(r.heldMeetingsInOrder());
      assertThat(reshuffled.lastHeldMeeting()).as(why).isEqualTo(r.lastHeldMeeting());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void derivedViewsAgreeWithWhatWasRecorded(Sample sample) {
    Relationship r = sample.relationship();
    String why = sample.toString();

    assertThat(r.heldMeetingsInOrder()).as(why).allMatch(Meeting::isHeld)
        .hasSize((int) r.getMeetings().stream().filter(Meeting::isHeld).count());
    assertThat(r.lastHeldMeeting()).as(why).isEqualTo(r.heldMeetingsInOrder().isEmpty()
        ? java.util.Optional.empty()
        : java.util.Optional.of(r.heldMeetingsInOrder().get(r.heldMeetingsInOrder().size() - 1)));
    assertThat(r.openFollowUps()).as(why)
        .containsExactlyElementsOf(r.getFollowUps().stream().filter(FollowUp::isOpen).toList());
    assertThat(r.activeGoals()).as(why)
        .containsExactlyElementsOf(r.getGoals().stream().filter(SmartGoal::isActive).toList());
    r.getFollowUps().forEach(f -> f.getOwner().ifPresent(owner ->
        assertThat(r.roleOf(owner)).as(why + " " + f.getId()).isPresent()));
    assertThat(r.plannedEndDate()).as(why).isEqualTo(
        r.getPlannedEnd().or(() -> r.getAgreement().flatMap(Agreement::getPlannedEnd)));
  }

  private static void assertRefusedAsPromised(Sample sample, Broken broken) {
    String why = sample + " broken by " + broken;
    InvalidModelException refused =
        catchThrowableOfType(InvalidModelException.class, () -> broken.attempt().get());

    assertThat(refused).as(why + ": should have been refused").isNotNull();
    assertThat(refused.type()).as(why).isEqualTo(broken.type());
    assertThat(refused.violations()).as(why + ", got " + refused.violations())
        .anySatisfy(v -> {
          assertThat(v.path()).isEqualTo(broken.path());
          assertThat(v.message()).startsWith(broken.message());
        });
  }
}
