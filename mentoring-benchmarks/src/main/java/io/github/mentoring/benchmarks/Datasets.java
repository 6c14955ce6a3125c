package io.github.mentoring.benchmarks;

import io.github.mentoring.core.model.Meeting;
import io.github.mentoring.core.model.Phase;
import io.github.mentoring.core.model.Relationship;
import io.github.mentoring.core.testing.RelationshipGenerator;
import io.github.mentoring.core.testing.Shape;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import java.util.stream.Stream;

/**
 * The programs the benchmarks judge: fixed-seed relationships from the core's generator, seen and
 * checked on one fixed day, so that every run judges the same data.
 *
 * <p>The mix is set here in full rather than taken from {@link Shape#large()}, so that a change
 * of the generator's presets does not silently change what the benchmarks measure: relationships
 * with history (5–40 meetings, 1–6 goals, 0–12 follow-ups), in the phases from active on (closing,
 * closed and continuing ones with a closure), formal and informal.
 */
public final class Datasets {

  /** The day the relationships are generated as of, and the day they are checked on. */
  public static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);

  /** The seed of every benchmark dataset. */
  public static final long SEED = 20_260_601L;

  /** What a benchmark relationship looks like. */
  public static final Shape SHAPE = Shape.builder()
      .meetings(5, 40)
      .goals(1, 6)
      .followUps(0, 12)
      .phases(Phase.ACTIVE, Phase.CLOSING, Phase.CLOSED, Phase.CONTINUING_INFORMALLY)
      .build();

  /** Relationships per seeded part of a program. */
  public static final int PART = 1_000;

  static {
    // Hibernate Validator (the model validates itself) logs through JBoss Logging: to slf4j
    System.setProperty("org.jboss.logging.provider",
        System.getProperty("org.jboss.logging.provider", "slf4j"));
  }

  private Datasets() {}

  /** A fresh generator of the benchmark mix with the given seed. */
  public static RelationshipGenerator generator(long seed) {
    return new RelationshipGenerator(seed, AS_OF, SHAPE);
  }

  /**
   * The benchmark program of {@code size} relationships, always the same for a size: parts of
   * {@value #PART}, part {@code k} made by a generator seeded {@code SEED + k} (so the ids stay
   * unique, a smaller program is the start of a larger one, and the parts are made on all cores).
   */
  public static List<Relationship> program(int size) {
    int parts = (size + PART - 1) / PART;
    return IntStream.range(0, parts).parallel()
        .mapToObj(k -> generator(SEED + k).list(Math.min(PART, size - k * PART)))
        .flatMap(List::stream)
        .toList();
  }

  /**
   * The benchmark program as a lazy stream, the same relationships as {@link #program(int)} in
   * the same order, made one at a time as the stream is read: never held in memory.
   */
  public static Stream<Relationship> stream(long size) {
    Iterator<Relationship> lazily = new Iterator<>() {
      private long made;
      private RelationshipGenerator part;

      @Override
      public boolean hasNext() {
        return made < size;
      }

      @Override
      public Relationship next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        if (made % PART == 0) {
          part = generator(SEED + made / PART);
        }
        made++;
        return part.next();
      }
    };
    return StreamSupport.stream(Spliterators.spliterator(lazily, size,
        Spliterator.ORDERED | Spliterator.NONNULL), false);
  }

  /**
   * A typical relationship of the mix, for latency: the first active, formal one with an
   * agreement, follow-ups, and the median number of meetings of the first 1,000 of the program.
   */
  public static Relationship typical() {
    List<Relationship> sample = program(1_000);
    int[] meetings = sample.stream().mapToInt(r -> r.getMeetings().size()).sorted().toArray();
    int median = meetings[meetings.length / 2];
    return sample.stream()
        .filter(r -> r.getPhase() == Phase.ACTIVE && r.isFormal() && r.getAgreement().isPresent())
        .filter(r -> !r.getFollowUps().isEmpty())
        .min(Comparator.comparingInt((Relationship r) -> Math.abs(r.getMeetings().size() - median)))
        .orElseThrow();
  }

  /** A line describing a program: how many relationships and their average parts. */
  public static String describe(List<Relationship> program) {
    double n = Math.max(1, program.size());
    double meetings = program.stream().mapToInt(r -> r.getMeetings().size()).sum() / n;
    double held = program.stream()
        .mapToLong(r -> r.getMeetings().stream().filter(Meeting::isHeld).count()).sum() / n;
    double goals = program.stream().mapToInt(r -> r.getGoals().size()).sum() / n;
    double followUps = program.stream().mapToInt(r -> r.getFollowUps().size()).sum() / n;
    double active = program.stream().filter(r -> r.getPhase() == Phase.ACTIVE).count() / n;
    double closures = program.stream().filter(r -> r.getClosure().isPresent()).count() / n;
    return String.format(Locale.ROOT, "%,d relationships: %.1f meetings (%.1f held), %.1f goals, "
            + "%.1f follow-ups on average; %.0f%% active, %.0f%% with a closure",
        program.size(), meetings, held, goals, followUps, active * 100, closures * 100);
  }
}
