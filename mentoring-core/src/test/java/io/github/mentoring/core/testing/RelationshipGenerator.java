package io.github.mentoring.core.testing;

import io.github.mentoring.core.model.Agenda;
import io.github.mentoring.core.model.AgendaPolicy;
import io.github.mentoring.core.model.Agreement;
import io.github.mentoring.core.model.Availability;
import io.github.mentoring.core.model.Boundaries;
import io.github.mentoring.core.model.CancellationPolicy;
import io.github.mentoring.core.model.Channel;
import io.github.mentoring.core.model.CheckOutcome;
import io.github.mentoring.core.model.Closure;
import io.github.mentoring.core.model.ContactPlan;
import io.github.mentoring.core.model.ContinuationDecision;
import io.github.mentoring.core.model.ContinuationPlan;
import io.github.mentoring.core.model.ConversationCheck;
import io.github.mentoring.core.model.EarlyEnd;
import io.github.mentoring.core.model.Feedback;
import io.github.mentoring.core.model.FollowUp;
import io.github.mentoring.core.model.FollowUpKind;
import io.github.mentoring.core.model.FollowUpStatus;
import io.github.mentoring.core.model.GoalStatus;
import io.github.mentoring.core.model.Meeting;
import io.github.mentoring.core.model.MeetingStatus;
import io.github.mentoring.core.model.Partner;
import io.github.mentoring.core.model.PartnerRole;
import io.github.mentoring.core.model.Phase;
import io.github.mentoring.core.model.Preparation;
import io.github.mentoring.core.model.ProgressCheck;
import io.github.mentoring.core.model.ProgressKind;
import io.github.mentoring.core.model.ProgressUpdate;
import io.github.mentoring.core.model.Relationship;
import io.github.mentoring.core.model.RelationshipKind;
import io.github.mentoring.core.model.RemainingWork;
import io.github.mentoring.core.model.Resolution;
import io.github.mentoring.core.model.Roadmap;
import io.github.mentoring.core.model.RoadmapEntry;
import io.github.mentoring.core.model.SmartGoal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Generates valid, varied mentoring relationships from a seed, for tests and benchmarks.
 *
 * <p>Everything comes from one seeded {@link Random} and the "as of" day given at construction;
 * the wall clock is never read. The same seed, day and shape give the same relationships in the
 * same order, so a failing sample is reproduced from its seed alone:
 *
 * <pre>{@code
 * RelationshipGenerator generator = new RelationshipGenerator(42, LocalDate.of(2026, 6, 1));
 * Relationship any = generator.next();
 * Relationship closing = generator.nextIn(Phase.CLOSING);
 * List<Relationship> thousand = generator.stream(1_000).toList();
 *
 * RelationshipGenerator forBenchmarks = RelationshipGenerator.builder()
 *     .seed(7).asOf(LocalDate.of(2026, 6, 1)).large().build();   // 5–40 meetings, 1–6 goals
 * }</pre>
 *
 * <p>Every relationship passes the model's validation (the generator respects each constraint,
 * including the record date: with {@code recordedOn} set to the "as of" day, nothing that
 * happened lies after it). Beyond that the data is made to look like real relationships, with
 * the weak spots the rules look for:
 *
 * <ul>
 *   <li>every {@link Phase}, formal and informal; a timeline (start, planned end, actual end,
 *       early endings with or without a reason) that fits the phase and the "as of" day;
 *   <li>agreements with random subsets of their elements (from complete to almost empty), or
 *       none at all;
 *   <li>0–6 goals, some SMART, some vague ("get better at leadership"), some lacking a measure,
 *       a target date (or with one past the planned end) or a link to the objective, with
 *       progress checks;
 *   <li>a roadmap or not;
 *   <li>meetings: held (with or without an actual start, an actual length from on time to far
 *       too short, an agenda sent ahead or not, a wrap-up with or without next steps), cancelled
 *       (by whom and when, sometimes late, sometimes unrecorded), no-shows, stale scheduled
 *       meetings, future scheduled ones; series that fizzle out; meetings listed out of order;
 *   <li>follow-ups owned by the mentor, the mentee or nobody, with or without a due date,
 *       open, done (with the day) or dropped, many coming from a real held meeting;
 *   <li>progress updates, mostly from the mentee;
 *   <li>for closing, closed and continuing relationships, a closure that is complete or partial,
 *       thanked by both partners, one or neither;
 *   <li>what happened when: the day a goal was set and achieved, a follow-up dropped, the
 *       current phase began; who raised an early end, when and how (some still winding down,
 *       without an actual end); cancelled meetings replaced by the next one; updates sharing a
 *       resource. These come from a second stream seeded from the same seed, so the values of
 *       format version 1 are the same for a seed as before they were added.
 * </ul>
 *
 * <p>Not thread-safe: give each thread its own generator (e.g. seeded {@code seed + thread}).
 * {@link #stream(long)} is sequential and must stay so to remain deterministic.
 */
public final class RelationshipGenerator {

  /** The "as of" day used when none is given: 1 June 2026. */
  public static final LocalDate DEFAULT_AS_OF = LocalDate.of(2026, 6, 1);

  private static final double[] PHASE_WEIGHTS = {1, 1, 3, 1.5, 2, 1};
  private static final int[] LENGTH_MONTHS = {1, 2, 3, 3, 4, 6, 6, 6, 9, 12};
  private static final int[] MEETING_MINUTES = {15, 30, 45, 60};
  private static final Channel[] CHANNELS = Channel.values();
  // The kinds of update of format version 1; a shared resource is drawn from the newer values.
  private static final ProgressKind[] UPDATE_KINDS = {
      ProgressKind.PROGRESS, ProgressKind.SETBACK, ProgressKind.ACCOMPLISHMENT,
      ProgressKind.PROMOTION_OR_MOVE};
  private static final DayOfWeek[] WORK_DAYS = {
      DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
      DayOfWeek.FRIDAY};
  private static final String[] MONTH_NAMES = {
      "January", "February", "March", "April", "May", "June", "July", "August", "September",
      "October", "November", "December"};

  private final long seed;
  private final LocalDate asOf;
  private final Shape shape;
  private final Random random;
  // The values added with format version 2 (when goals were set and achieved, follow-ups dropped,
  // phases begun, early ends raised, meetings replaced, thanks given) are drawn from their own
  // stream, so that every value drawn before them stays what it was for a given seed.
  private final Random extras;
  private final String idPrefix;
  private long produced;

  /** A generator with the {@linkplain Shape#defaults() default shape}, as of {@link #DEFAULT_AS_OF}. */
  public RelationshipGenerator(long seed) {
    this(seed, DEFAULT_AS_OF, Shape.defaults());
  }

  /** A generator with the {@linkplain Shape#defaults() default shape}. */
  public RelationshipGenerator(long seed, LocalDate asOf) {
    this(seed, asOf, Shape.defaults());
  }

  /**
   * A generator.
   *
   * @param seed the seed of every random choice
   * @param asOf the day the relationships are seen from: past meetings lie on or before it,
   *     scheduled ones after it, and {@code recordedOn} (when set) is this day
   * @param shape what to generate
   */
  public RelationshipGenerator(long seed, LocalDate asOf, Shape shape) {
    this.seed = seed;
    this.asOf = Objects.requireNonNull(asOf, "asOf");
    this.shape = Objects.requireNonNull(shape, "shape");
    this.random = new Random(scramble(seed));
    this.extras = new Random(scramble(seed ^ 0x6A09E667F3BCC909L));
    this.idPrefix = "rel-" + Long.toString(seed, 36).replace('-', 'n') + "-";
  }

  /**
   * Spreads neighbouring seeds apart (the SplitMix64 finaliser): {@link Random}'s first values
   * for seeds 1, 2, 3, ... are strongly correlated, and tests often use consecutive seeds.
   */
  private static long scramble(long seed) {
    long z = seed + 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** A builder: {@code RelationshipGenerator.builder().seed(1).asOf(day).large().build()}. */
  public static Builder builder() {
    return new Builder();
  }

  public long seed() {
    return seed;
  }

  public LocalDate asOf() {
    return asOf;
  }

  public Shape shape() {
    return shape;
  }

  /** How many relationships this generator has produced so far. */
  public long produced() {
    return produced;
  }

  /** The next relationship, in a phase and kind drawn from the shape. */
  public Relationship next() {
    Phase phase = pickPhase();
    return next(pickKind(), phase);
  }

  /** The next relationship in a given phase (whatever phases the shape allows). */
  public Relationship nextIn(Phase phase) {
    Objects.requireNonNull(phase, "phase");
    return next(pickKind(), phase);
  }

  /** The next relationship of a given kind in a given phase. */
  public Relationship next(RelationshipKind kind, Phase phase) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(phase, "phase");
    String id = idPrefix + produced++;
    return new Draft(id, kind, phase).build();
  }

  /** The next {@code count} relationships, as a sequential stream (do not make it parallel). */
  public Stream<Relationship> stream(long count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative: " + count);
    }
    return Stream.generate(this::next).limit(count);
  }

  /** The next {@code count} relationships, in a list. */
  public List<Relationship> list(int count) {
    List<Relationship> all = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      all.add(next());
    }
    return all;
  }

  @Override
  public String toString() {
    return "RelationshipGenerator{seed=" + seed + ", asOf=" + asOf + ", " + shape + "}";
  }

  // ----------------------------------------------------------------------------------------
  // random helpers

  private int between(int lo, int hi) {
    return lo >= hi ? lo : lo + random.nextInt(hi - lo + 1);
  }

  private boolean chance(double p) {
    return random.nextDouble() < p;
  }

  /** A chance drawn from the stream of the values added with format version 2. */
  private boolean extra(double p) {
    return extras.nextDouble() < p;
  }

  /** A day from {@code from} to {@code until}, drawn from the stream of the newer values. */
  private LocalDate extraDay(LocalDate from, LocalDate until) {
    long days = ChronoUnit.DAYS.between(from, until);
    return days <= 0 ? from : from.plusDays((long) (extras.nextDouble() * (days + 1)));
  }

  private <T> T pick(T[] items) {
    return items[random.nextInt(items.length)];
  }

  private <T> T pick(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }

  private int pick(int[] items) {
    return items[random.nextInt(items.length)];
  }

  private LocalDate dayBetween(LocalDate from, LocalDate until) {
    long days = ChronoUnit.DAYS.between(from, until);
    return days <= 0 ? from : from.plusDays((long) (random.nextDouble() * (days + 1)));
  }

  private LocalDateTime at(LocalDate day) {
    return day.atTime(between(8, 18), 15 * between(0, 3));
  }

  private static int clamp(int value, int min, int max) {
    return Math.max(min, Math.min(max, value));
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  private Phase pickPhase() {
    List<Phase> allowed = shape.phases();
    if (allowed.size() == 1) {
      return allowed.get(0);
    }
    double total = 0;
    for (Phase p : allowed) {
      total += PHASE_WEIGHTS[p.ordinal()];
    }
    double r = random.nextDouble() * total;
    for (Phase p : allowed) {
      r -= PHASE_WEIGHTS[p.ordinal()];
      if (r < 0) {
        return p;
      }
    }
    return allowed.get(allowed.size() - 1);
  }

  private RelationshipKind pickKind() {
    List<RelationshipKind> allowed = shape.kinds();
    if (allowed.size() == 1) {
      return allowed.get(0);
    }
    return chance(shape.formalShare()) ? RelationshipKind.FORMAL : RelationshipKind.INFORMAL;
  }

  private String text(String[] pool, double blankChance) {
    return chance(blankChance) ? " " : pick(pool);
  }

  private Optional<String> maybe(double p, String[] pool) {
    return chance(p) ? Optional.of(pick(pool)) : Optional.empty();
  }

  private String longDate(LocalDate day) {
    return day.getDayOfMonth() + " " + MONTH_NAMES[day.getMonthValue() - 1];
  }

  // ----------------------------------------------------------------------------------------
  // one relationship

  /** The state of one relationship while it is put together. */
  private final class Draft {
    private final String id;
    private final RelationshipKind kind;
    private final Phase phase;
    private final boolean formal;
    private final String mentorId;
    private final String menteeId;

    private LocalDate start;
    private LocalDate plannedEnd;
    private LocalDate actualEnd;
    private boolean endedEarly;
    private int months;
    private int rhythmDays;
    private Period frequency;

    private Agreement agreement;
    private final List<Meeting> meetings = new ArrayList<>();
    private final List<Meeting> held = new ArrayList<>();
    private final List<SmartGoal> goals = new ArrayList<>();

    Draft(String id, RelationshipKind kind, Phase phase) {
      this.id = id;
      this.kind = kind;
      this.phase = phase;
      this.formal = kind == RelationshipKind.FORMAL;
      this.mentorId = "mentor-" + between(1, 99_999);
      this.menteeId = "mentee-" + between(1, 99_999);
    }

    Relationship build() {
      timeline();
      rhythm();
      agreement = agreement();
      meetings();
      goals();
      var builder = Relationship.builder()
          .id(id)
          .mentor(partner(mentorId, Pools.MENTOR_NAMES))
          .mentee(partner(menteeId, Pools.MENTEE_NAMES))
          .kind(kind)
          .phase(phase)
          .startDate(start)
          .actualEnd(Optional.ofNullable(actualEnd))
          .mentorPreparation(preparation())
          .menteePreparation(preparation())
          .agreement(Optional.ofNullable(agreement))
          .goals(goals)
          .roadmap(roadmap())
          .followUps(followUps())
          .progressUpdates(progressUpdates())
          .closure(closure());
      if (plannedEnd != null) {
        boolean agreementHasIt = agreement != null && agreement.getPlannedEnd().isPresent();
        if (chance(agreementHasIt ? 0.5 : 0.9)) {
          builder.plannedEnd(plannedEnd);
        }
      }
      if (endedEarly) {
        builder.earlyEnd(earlyEnd(chance(0.7) ? pick(Pools.EARLY_END_REASONS) : null));
        if (phase == Phase.CLOSING && extra(0.3)) {
          // raised, and the partners are winding down: the formal end is still to come
          builder.actualEnd(Optional.empty());
        }
      }
      if (chance(shape.recordedOnChance())) {
        builder.recordedOn(asOf);
      }
      phaseSince().ifPresent(builder::phaseSince);
      replacements();
      List<Meeting> listed = new ArrayList<>(meetings);
      if (listed.size() > 1 && chance(shape.shuffleChance())) {
        Collections.shuffle(listed, random);
      }
      return builder.meetings(listed).build();
    }

    // -- timeline ---------------------------------------------------------------------------

    private void timeline() {
      boolean planned = formal || chance(0.3);
      months = pick(LENGTH_MONTHS);
      switch (phase) {
        case PREPARING -> {
          start = asOf.plusDays(between(-7, 45));
          plannedEnd = planned ? start.plusMonths(months) : null;
        }
        case ESTABLISHING -> {
          start = asOf.minusDays(between(0, 35));
          plannedEnd = planned ? start.plusMonths(months) : null;
        }
        case ACTIVE -> {
          if (planned) {
            int elapsed = chance(0.12)
                ? months * 31 + between(1, 40) // past its planned end and still running
                : between(7, Math.max(7, months * 28 - 2));
            start = asOf.minusDays(elapsed);
            plannedEnd = start.plusMonths(months);
          } else {
            start = asOf.minusDays(between(14, 400));
          }
        }
        case CLOSING -> {
          if (planned && chance(0.3)) {
            endEarly(asOf.minusDays(between(0, 21)));
          } else if (planned) {
            plannedEnd = asOf.plusDays(between(-30, 10));
            start = plannedEnd.minusMonths(months);
            if (!plannedEnd.isAfter(asOf) && chance(0.5)) {
              actualEnd = plannedEnd;
            }
          } else {
            start = asOf.minusDays(between(60, 400));
            if (chance(0.5)) {
              actualEnd = asOf.minusDays(between(0, 14));
            }
          }
        }
        case CLOSED, CONTINUING_INFORMALLY -> {
          boolean closed = phase == Phase.CLOSED;
          LocalDate end = closed ? asOf.minusDays(between(0, 240)) : asOf.minusDays(between(14, 300));
          if (planned && chance(closed ? 0.2 : 0.1)) {
            endEarly(end);
          } else if (planned) {
            actualEnd = end;
            plannedEnd = end.minusDays(between(0, 20));
            start = plannedEnd.minusMonths(months);
          } else {
            actualEnd = end;
            start = end.minusDays(between(30, 365));
          }
        }
      }
    }

    /** Who raised the early end, when and how, as far as the record says. */
    private EarlyEnd earlyEnd(String reason) {
      var e = EarlyEnd.builder().reason(Optional.ofNullable(reason));
      if (extra(0.8)) {
        e.raisedBy(extra(0.5) ? PartnerRole.MENTOR : PartnerRole.MENTEE);
      }
      if (extra(0.7)) {
        LocalDate from = actualEnd.minusDays(30);
        e.raisedOn(extraDay(from.isBefore(start) ? start : from, actualEnd));
      }
      if (extra(0.6)) {
        e.raisedThrough(CHANNELS[extras.nextInt(CHANNELS.length)]);
      }
      return e.build();
    }

    /** The day the current phase began, when the record says; never after the "as of" day. */
    private Optional<LocalDate> phaseSince() {
      if (!extra(0.5) || start.isAfter(asOf)) {
        return Optional.empty();
      }
      LocalDate began = switch (phase) {
        case PREPARING -> start;
        case ESTABLISHING -> extraDay(start, asOf);
        case ACTIVE -> extraDay(start, min(asOf, start.plusDays(42)));
        case CLOSING -> actualEnd != null ? actualEnd.minusDays(extras.nextInt(15))
            : plannedEnd != null ? plannedEnd : asOf.minusDays(extras.nextInt(30));
        case CLOSED, CONTINUING_INFORMALLY -> actualEnd;
      };
      began = min(began, asOf);
      return Optional.of(began.isBefore(start) ? start : began);
    }

    /** Some cancelled meetings are replaced by the next meeting of the series. */
    private void replacements() {
      for (int k = 0; k + 1 < meetings.size(); k++) {
        Meeting m = meetings.get(k);
        Meeting next = meetings.get(k + 1);
        if (m.getStatus() == MeetingStatus.CANCELLED && next.getReplaces().isEmpty()
            && next.getScheduledAt().isAfter(m.getScheduledAt()) && extra(0.3)) {
          meetings.set(k + 1, next.withReplaces(m.getId()));
        }
      }
    }

    /** Ends the relationship early on {@code end}, some way into its planned length. */
    private void endEarly(LocalDate end) {
      int elapsed = between(14, months * 28 - 1);
      start = end.minusDays(elapsed);
      plannedEnd = start.plusMonths(months); // at least 28 days a month: after the end
      actualEnd = end;
      endedEarly = true;
    }

    private void rhythm() {
      if (formal) {
        double r = random.nextDouble();
        if (r < 0.4) {
          rhythmDays = 7;
          frequency = Period.ofWeeks(1);
        } else if (r < 0.75) {
          rhythmDays = 14;
          frequency = Period.ofWeeks(2);
        } else {
          rhythmDays = 30;
          frequency = Period.ofMonths(1);
        }
      } else {
        rhythmDays = between(10, 45);
        frequency = Period.ofMonths(1);
      }
    }

    // -- agreement --------------------------------------------------------------------------

    private Agreement agreement() {
      boolean present = formal
          ? chance(phase == Phase.PREPARING ? 0.3 : shape.agreementChance())
          : chance(0.1);
      if (!present) {
        return null;
      }
      double p;
      if (phase == Phase.PREPARING || phase == Phase.ESTABLISHING) {
        p = new double[] {0.3, 0.6, 0.9}[random.nextInt(3)];
      } else {
        double r = random.nextDouble();
        p = r < 0.4 ? 1.0 : r < 0.75 ? 0.75 : 0.4;
      }
      var a = Agreement.builder();
      if (chance(p)) {
        a.objective(pick(Pools.OBJECTIVES));
      }
      if (chance(p)) {
        int n = between(1, 3);
        for (int i = 0; i < n; i++) {
          a.addMeetingFormats(pick(CHANNELS));
        }
      }
      if (chance(p)) {
        a.meetingFrequency(frequency);
      }
      if (plannedEnd != null && chance(p)) {
        a.plannedLength(Period.ofMonths(months));
      }
      if (plannedEnd != null && chance(p)) {
        a.plannedEnd(plannedEnd);
      }
      if (chance(p)) {
        a.earlyEndingPlan(pick(Pools.EARLY_ENDING_PLANS));
      }
      if (chance(p)) {
        int n = between(1, 4);
        for (int i = 0; i < n; i++) {
          int from = between(8, 17);
          a.addAvailability(Availability.builder()
              .partner(chance(0.5) ? PartnerRole.MENTOR : PartnerRole.MENTEE)
              .day(pick(WORK_DAYS))
              .from(LocalTime.of(from, chance(0.5) ? 0 : 30))
              .until(LocalTime.of(from + between(1, 3), 0))
              .build());
        }
      }
      if (chance(p)) {
        a.meetingMinutes(pick(MEETING_MINUTES));
      }
      if (chance(p)) {
        var c = CancellationPolicy.builder();
        if (chance(0.7)) {
          c.channel(pick(CHANNELS));
        }
        if (chance(0.8)) {
          c.minimumNotice(Duration.ofHours(pick(new int[] {0, 12, 24, 48})));
        }
        a.cancellation(c.build());
      }
      if (chance(p)) {
        var g = AgendaPolicy.builder().sentAhead(chance(0.7)).mentorAddsInput(chance(0.5));
        if (chance(0.6)) {
          g.leadTime(Duration.ofHours(pick(new int[] {0, 24, 48})));
        }
        a.agenda(g.build());
      }
      if (chance(p)) {
        a.confidentiality(pick(Pools.CONFIDENTIALITY));
      }
      if (chance(p)) {
        var b = Boundaries.builder()
            .mentorRole(maybe(0.8, Pools.MENTOR_ROLES))
            .menteeRole(maybe(0.8, Pools.MENTEE_ROLES))
            .contactHours(maybe(0.7, Pools.CONTACT_HOURS));
        int n = between(0, 3);
        for (int i = 0; i < n; i++) {
          b.addContactChannels(pick(CHANNELS));
        }
        a.boundaries(b.build());
      }
      if (chance(p)) {
        int n = between(1, 3);
        for (int i = 0; i < n; i++) {
          a.addActivities(pick(Pools.ACTIVITIES));
        }
      }
      if (chance(p)) {
        int n = between(1, 4);
        for (int i = 0; i < n; i++) {
          a.addTopics(pick(Pools.TOPICS));
        }
      }
      return a.build();
    }

    // -- meetings ---------------------------------------------------------------------------

    private void meetings() {
      // The window in which meetings of the formal series could have happened.
      LocalDate pastFrom = start;
      LocalDate pastTo = switch (phase) {
        case PREPARING -> null;
        case ESTABLISHING, ACTIVE -> asOf;
        case CLOSING -> actualEnd != null ? actualEnd : asOf;
        case CLOSED, CONTINUING_INFORMALLY -> actualEnd;
      };
      if (pastTo != null && pastTo.isBefore(pastFrom)) {
        pastTo = null;
      }
      // After the formal end, continuing partners meet now and then.
      LocalDate laterFrom = phase == Phase.CONTINUING_INFORMALLY ? actualEnd.plusDays(1) : null;
      if (laterFrom != null && laterFrom.isAfter(asOf)) {
        laterFrom = null;
      }

      int pastDays = pastTo == null ? 0 : (int) ChronoUnit.DAYS.between(pastFrom, pastTo) + 1;
      int naturalPast = pastTo == null ? 0
          : phase == Phase.ESTABLISHING ? between(0, Math.min(2, pastDays / 7 + 1))
          : 1 + pastDays / rhythmDays;
      int naturalFuture = switch (phase) {
        case PREPARING, ESTABLISHING -> between(0, 3);
        case ACTIVE -> between(0, 2);
        case CLOSING, CONTINUING_INFORMALLY -> between(0, 1);
        case CLOSED -> 0;
      };
      int naturalLater = laterFrom == null ? 0
          : between(0, Math.min(4, (int) ChronoUnit.DAYS.between(laterFrom, asOf) / 30 + 1));
      int natural = naturalPast + naturalFuture + naturalLater;
      int count = clamp(natural + between(-2, 2), shape.minMeetings(), shape.maxMeetings());

      int future = Math.min(naturalFuture, count);
      int later = Math.min(naturalLater, count - future);
      int past = count - future - later;
      if (pastTo == null) {
        future += past;
        past = 0;
      }

      // Meetings are made in chronological order, so their ids (m01, m02, ...) follow it too.
      boolean fizzle = (phase == Phase.ACTIVE || phase == Phase.CLOSING) && chance(0.25);
      List<LocalDateTime> pastTimes = spread(pastFrom, pastTo, past, fizzle);
      for (int k = 0; k < pastTimes.size(); k++) {
        boolean fading = fizzle && k >= pastTimes.size() * 0.6;
        add(pastMeeting(pastTimes.get(k), fading));
      }
      for (LocalDateTime when : spread(laterFrom, asOf, later, false)) {
        add(pastMeeting(when, false));
      }
      LocalDate next = (start.isAfter(asOf) ? start : asOf.plusDays(1))
          .plusDays(between(0, Math.min(rhythmDays, 7) - 1));
      for (int k = 0; k < future; k++) {
        add(futureMeeting(at(next)));
        next = next.plusDays(formal ? rhythmDays : between(7, 45));
      }
    }

    private void add(Meeting m) {
      meetings.add(m);
      if (m.isHeld()) {
        held.add(m);
      }
    }

    private String nextMeetingId() {
      int number = meetings.size() + 1;
      return (number < 10 ? "m0" : "m") + number;
    }

    /**
     * {@code count} times spread over the days from {@code from} to {@code to}, in order; when
     * fizzling, crowded into the first part of the window.
     */
    private List<LocalDateTime> spread(LocalDate from, LocalDate to, int count, boolean fizzle) {
      if (count == 0 || from == null || to == null || to.isBefore(from)) {
        return List.of();
      }
      long days = ChronoUnit.DAYS.between(from, to);
      double used = (days + 1) * (fizzle ? 0.3 + 0.5 * random.nextDouble() : 1.0);
      long[] offsets = new long[count];
      for (int k = 0; k < count; k++) {
        double position = (k + 0.5 + (random.nextDouble() - 0.5) * 0.6) * used / count;
        offsets[k] = Math.max(0, Math.min(days, (long) Math.floor(position)));
      }
      Arrays.sort(offsets);
      List<LocalDateTime> times = new ArrayList<>(count);
      for (long offset : offsets) {
        times.add(at(from.plusDays(offset)));
      }
      return times;
    }

    private Meeting pastMeeting(LocalDateTime when, boolean fading) {
      double r = random.nextDouble();
      MeetingStatus status = fading
          ? (r < 0.35 ? MeetingStatus.HELD : r < 0.8 ? MeetingStatus.CANCELLED
              : r < 0.95 ? MeetingStatus.NO_SHOW : MeetingStatus.SCHEDULED)
          : (r < 0.78 ? MeetingStatus.HELD : r < 0.91 ? MeetingStatus.CANCELLED
              : r < 0.97 ? MeetingStatus.NO_SHOW : MeetingStatus.SCHEDULED);
      var m = basics(when, status);
      switch (status) {
        case HELD -> {
          if (chance(0.2)) {
            m.actualStart(when.plusMinutes(between(-5, 25)));
          }
          if (chance(0.87)) {
            m.actualMinutes(actualMinutes());
          }
          if (chance(agendaChance())) {
            m.agenda(agenda(when, true));
          }
          if (chance(0.7)) {
            m.wrapUp(wrapUp());
          }
        }
        case CANCELLED -> {
          if (chance(0.85)) {
            m.cancelledBy(chance(0.5) ? PartnerRole.MENTOR : PartnerRole.MENTEE);
          }
          if (chance(0.85)) {
            m.cancelledAt(chance(0.35)
                ? when.minusMinutes(between(15, 23 * 60))
                : when.minusDays(between(1, 7)).minusHours(between(0, 5)));
          }
          if (chance(0.2)) {
            m.agenda(agenda(when, true));
          }
        }
        case NO_SHOW -> {
          if (chance(0.9)) {
            m.noShowBy(chance(0.6) ? PartnerRole.MENTEE : PartnerRole.MENTOR);
          }
        }
        case SCHEDULED -> {
          if (chance(0.3)) {
            m.agenda(agenda(when, true));
          }
        }
      }
      return m.build();
    }

    private Meeting futureMeeting(LocalDateTime when) {
      boolean cancelled = chance(0.15);
      var m = basics(when, cancelled ? MeetingStatus.CANCELLED : MeetingStatus.SCHEDULED);
      if (cancelled) {
        if (chance(0.9)) {
          m.cancelledBy(chance(0.5) ? PartnerRole.MENTOR : PartnerRole.MENTEE);
        }
        if (chance(0.9)) {
          // called off on or before the "as of" day, hence before the meeting
          m.cancelledAt(asOf.atTime(between(8, 20), 0).minusHours(between(0, 48)));
        }
      } else if (chance(0.35)) {
        m.agenda(agenda(when, false));
      }
      return m.build();
    }

    private io.github.mentoring.core.model.Meeting.Builder basics(
        LocalDateTime when, MeetingStatus status) {
      var m = Meeting.builder().id(nextMeetingId()).scheduledAt(when).status(status);
      if (chance(0.8)) {
        List<Channel> agreed = agreement == null ? List.of()
            : new ArrayList<>(agreement.getMeetingFormats());
        m.format(agreed.isEmpty() ? pick(CHANNELS) : pick(agreed));
      }
      if (chance(0.85)) {
        m.plannedMinutes(agreedMinutes());
      }
      if (chance(0.4) && status != MeetingStatus.SCHEDULED) {
        m.notes(pick(Pools.NOTES));
      }
      return m;
    }

    private int agreedMinutes() {
      return agreement != null && agreement.getMeetingMinutes().isPresent()
          ? agreement.getMeetingMinutes().get()
          : pick(MEETING_MINUTES);
    }

    private int actualMinutes() {
      int planned = agreedMinutes();
      double r = random.nextDouble();
      if (r < 0.4) {
        return planned;
      } else if (r < 0.7) {
        return Math.max(1, planned + between(-10, 10));
      } else if (r < 0.85) {
        return Math.max(1, planned / 3); // far shorter than agreed
      } else if (r < 0.88) {
        return 0;
      }
      return between(5, 120);
    }

    private double agendaChance() {
      boolean asked = agreement != null
          && agreement.getAgenda().map(AgendaPolicy::isSentAhead).orElse(false);
      return asked ? 0.75 : 0.4;
    }

    private Agenda agenda(LocalDateTime when, boolean past) {
      var a = Agenda.builder().mentorInput(chance(0.5));
      int n = between(1, 5);
      for (int i = 0; i < n; i++) {
        a.addItems(pick(Pools.AGENDA_ITEMS));
      }
      if (chance(0.65)) {
        LocalDateTime sent = when.minusHours(between(1, 72));
        if (past || !sent.toLocalDate().isAfter(asOf)) {
          a.sentAt(sent);
        }
      }
      return a.build();
    }

    private ConversationCheck wrapUp() {
      var c = ConversationCheck.builder();
      if (chance(0.8)) {
        c.useful(pick(Pools.USEFUL));
      }
      if (chance(0.7)) {
        c.nextSteps(text(Pools.NEXT_STEPS, 0.05));
      }
      if (chance(0.6)) {
        c.beforeNextTime(pick(Pools.BEFORE_NEXT_TIME));
      }
      if (chance(0.4)) {
        c.changeNextTime(pick(Pools.CHANGE_NEXT_TIME));
      }
      return c.build();
    }

    // -- goals and roadmap ------------------------------------------------------------------

    private void goals() {
      int count = between(shape.minGoals(), shape.maxGoals());
      LocalDate horizon = plannedEnd != null ? plannedEnd : start.plusMonths(6);
      int span = (int) Math.max(14, ChronoUnit.DAYS.between(start, horizon));
      for (int i = 0; i < count; i++) {
        var g = SmartGoal.builder().id("g" + (i + 1));
        double kindOfGoal = random.nextDouble();
        if (kindOfGoal < 0.4) {
          // SMART: specific, measured, dated within the relationship, tied to the objective
          LocalDate target = start.plusDays(between(14, span));
          g.statement(pick(Pools.SMART_GOALS) + " by " + longDate(target))
              .measure(pick(Pools.MEASURES))
              .targetDate(target)
              .servesObjective(pick(Pools.OBJECTIVE_LINKS));
        } else if (kindOfGoal < 0.65) {
          // vague: "get better at leadership"
          g.statement(pick(Pools.VAGUE_GOALS));
          if (chance(0.2)) {
            g.targetDate(start.plusDays(between(14, span)));
          }
          if (chance(0.3)) {
            g.servesObjective(pick(Pools.OBJECTIVE_LINKS));
          }
        } else {
          // partly SMART: some of measure, date and link missing, or a date past the end
          g.statement(pick(Pools.SMART_GOALS));
          if (chance(0.5)) {
            g.measure(pick(Pools.MEASURES));
          }
          if (chance(0.5)) {
            g.targetDate(chance(0.3) ? horizon.plusDays(between(10, 90))
                : start.plusDays(between(14, span)));
          }
          if (chance(0.5)) {
            g.servesObjective(pick(Pools.OBJECTIVE_LINKS));
          }
        }
        GoalStatus status = goalStatus();
        g.status(status);
        if (!start.isAfter(asOf)) {
          LocalDate set = start;
          if (extra(0.6)) {
            set = min(start.plusDays(extras.nextInt(22)), asOf);
            g.setOn(set);
          }
          if (status == GoalStatus.ACHIEVED && extra(0.7)) {
            LocalDate until = actualEnd != null ? min(actualEnd, asOf) : asOf;
            g.achievedOn(until.isBefore(set) ? set : extraDay(set, until));
          }
        }
        if (phase.isPastEstablishing() && !start.isAfter(asOf)) {
          int checks = between(0, 4);
          LocalDate last = actualEnd != null && phase != Phase.CONTINUING_INFORMALLY
              ? min(actualEnd, asOf) : asOf;
          for (int k = 0; k < checks; k++) {
            var c = ProgressCheck.builder().date(dayBetween(start, last));
            if (chance(0.7)) {
              c.percentComplete(between(0, 100));
            }
            if (chance(0.7)) {
              c.outcome(pick(CheckOutcome.values()));
            }
            if (chance(0.4)) {
              c.note(pick(Pools.NOTES));
            }
            g.addProgressChecks(c.build());
          }
        }
        goals.add(g.build());
      }
    }

    private GoalStatus goalStatus() {
      double r = random.nextDouble();
      if (phase.isEnding()) {
        return r < 0.4 ? GoalStatus.ACHIEVED : r < 0.55 ? GoalStatus.DROPPED : GoalStatus.ACTIVE;
      }
      if (phase == Phase.ACTIVE) {
        return r < 0.15 ? GoalStatus.ACHIEVED : r < 0.2 ? GoalStatus.DROPPED : GoalStatus.ACTIVE;
      }
      return GoalStatus.ACTIVE;
    }

    private Optional<Roadmap> roadmap() {
      if (!(formal ? chance(shape.roadmapChance()) : chance(0.05))) {
        return Optional.empty();
      }
      var r = Roadmap.builder();
      int n = between(1, 8);
      for (int k = 0; k < n; k++) {
        var e = RoadmapEntry.builder();
        boolean numbered = chance(0.8);
        if (numbered) {
          e.meetingNumber(k + 1);
        }
        if (!numbered || chance(0.3)) {
          e.date(start.plusDays((long) k * rhythmDays));
        }
        e.topic(!goals.isEmpty() && chance(0.3)
            ? "Review: " + pick(goals).getStatement()
            : pick(Pools.TOPICS));
        r.addEntries(e.build());
      }
      return Optional.of(r.build());
    }

    // -- follow-ups and updates -------------------------------------------------------------

    private List<FollowUp> followUps() {
      int count = clamp(between(0, 2 + held.size()), shape.minFollowUps(), shape.maxFollowUps());
      LocalDate earliest = start.isAfter(asOf) ? asOf.minusDays(10) : start;
      boolean over = phase == Phase.CLOSED || phase == Phase.CONTINUING_INFORMALLY;
      List<FollowUp> items = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        var f = FollowUp.builder().id("f" + (i + 1));
        LocalDate created;
        if (!held.isEmpty() && chance(0.7)) {
          Meeting origin = pick(held);
          f.fromMeeting(origin.getId());
          created = origin.date();
        } else {
          created = dayBetween(earliest, asOf);
        }
        LocalDate due = chance(0.75) ? created.plusDays(between(3, 28)) : null;
        double who = random.nextDouble();
        if (who < 0.45) {
          f.owner(menteeId).kind(FollowUpKind.ACTION_STEP);
          f.description(pick(Pools.ACTION_STEPS));
        } else if (who < 0.8) {
          FollowUpKind k = chance(0.1) ? FollowUpKind.ACTION_STEP
              : pick(new FollowUpKind[] {
                  FollowUpKind.INFORMATION, FollowUpKind.RESOURCE, FollowUpKind.CONTACT});
          f.owner(mentorId).kind(k).description(pick(Pools.MENTOR_PROMISES));
        } else {
          f.kind(pick(FollowUpKind.values())).description(pick(Pools.ACTION_STEPS));
        }
        f.due(Optional.ofNullable(due));
        double r = random.nextDouble();
        FollowUpStatus status;
        if (over) {
          status = r < 0.6 ? FollowUpStatus.DONE : r < 0.8 ? FollowUpStatus.DROPPED
              : FollowUpStatus.OPEN;
        } else if (due != null && due.isBefore(asOf)) {
          status = r < 0.55 ? FollowUpStatus.DONE : r < 0.9 ? FollowUpStatus.OPEN
              : FollowUpStatus.DROPPED;
        } else {
          status = r < 0.7 ? FollowUpStatus.OPEN : r < 0.95 ? FollowUpStatus.DONE
              : FollowUpStatus.DROPPED;
        }
        f.status(status);
        if (status == FollowUpStatus.DONE) {
          f.doneOn(dayBetween(created, asOf));
        }
        if (status == FollowUpStatus.DROPPED && extra(0.7)) {
          f.droppedOn(extraDay(min(created, asOf), asOf));
        }
        items.add(f.build());
      }
      return items;
    }

    private List<ProgressUpdate> progressUpdates() {
      if (start.isAfter(asOf)) {
        return List.of();
      }
      long days = ChronoUnit.DAYS.between(start, asOf);
      int count = between(0, (int) Math.min(10, 1 + days / 21));
      List<LocalDate> dates = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        dates.add(dayBetween(start, asOf));
      }
      Collections.sort(dates);
      List<ProgressUpdate> updates = new ArrayList<>(count);
      for (LocalDate date : dates) {
        var u = ProgressUpdate.builder()
            .date(date)
            .from(chance(0.85) ? PartnerRole.MENTEE : PartnerRole.MENTOR)
            .kind(pick(UPDATE_KINDS));
        if (extra(0.12)) {
          u.from(PartnerRole.MENTEE).kind(ProgressKind.RESOURCE_SHARED);
        }
        if (chance(0.5)) {
          u.note(pick(Pools.NOTES));
        }
        updates.add(u.build());
      }
      return updates;
    }

    // -- partners and preparation -----------------------------------------------------------

    private Partner partner(String partnerId, String[] names) {
      var p = Partner.builder().id(partnerId);
      if (chance(0.5)) {
        p.name(pick(names));
      }
      return p.build();
    }

    private Optional<Preparation> preparation() {
      boolean early = phase == Phase.PREPARING;
      if (!chance(early ? 0.6 : 0.75)) {
        return Optional.empty();
      }
      double answered = early ? 0.6 : 0.9;
      var p = Preparation.builder();
      if (chance(answered)) {
        p.wants(text(Pools.WANTS, 0.05));
      }
      if (chance(answered)) {
        p.brings(text(Pools.BRINGS, 0.05));
      }
      if (chance(answered)) {
        p.expects(text(Pools.EXPECTS, 0.05));
      }
      return Optional.of(p.build());
    }

    // -- closure ----------------------------------------------------------------------------

    private Optional<Closure> closure() {
      double present = switch (phase) {
        case CLOSING -> 0.8;
        case CLOSED -> 0.9;
        case CONTINUING_INFORMALLY -> 0.95;
        default -> 0;
      };
      if (!chance(present)) {
        return Optional.empty();
      }
      boolean continuing = phase == Phase.CONTINUING_INFORMALLY;
      boolean complete = chance(switch (phase) {
        case CLOSING -> 0.2;
        case CLOSED -> 0.5;
        default -> 0.6;
      });
      LocalDate end = actualEnd != null ? actualEnd : plannedEnd != null ? plannedEnd : asOf;
      end = min(end, asOf);
      LocalDate startedOn = end.minusDays(between(0, 14));
      if (startedOn.isBefore(start)) {
        startedOn = start;
      }
      var c = Closure.builder().startedOn(startedOn);
      if (complete || chance(0.5)) {
        c.mentorFeedback(feedback(complete));
      }
      if (complete || chance(0.5)) {
        c.menteeFeedback(feedback(complete));
      }
      int work = between(0, 3);
      for (int i = 0; i < work; i++) {
        Resolution resolution = complete
            ? (chance(0.6) ? Resolution.COMPLETED : Resolution.CLOSED_ON_PURPOSE)
            : pick(Resolution.values());
        c.addRemainingWork(RemainingWork.builder()
            .description(pick(Pools.ACTION_STEPS)).resolution(resolution).build());
      }
      boolean decided = complete || chance(0.5);
      boolean bothGoOn = false;
      if (decided) {
        boolean mentorGoesOn = continuing ? complete || chance(0.8) : chance(0.4);
        boolean menteeGoesOn = continuing ? complete || chance(0.9) : chance(0.5);
        c.mentorDecision(decision(mentorGoesOn, Pools.MENTOR_DECLINES));
        c.menteeDecision(decision(menteeGoesOn, Pools.MENTEE_DECLINES));
        bothGoOn = mentorGoesOn && menteeGoesOn;
      }
      if (bothGoOn && (complete || chance(0.5))) {
        var plan = ContinuationPlan.builder();
        if (complete || chance(0.6)) {
          plan.frequency(pick(new Period[] {Period.ofMonths(1), Period.ofMonths(2),
              Period.ofMonths(3)}));
        }
        if (complete || chance(0.6)) {
          plan.keepAgenda(chance(0.5));
        }
        if (complete || chance(0.6)) {
          plan.focus(pick(Pools.TOPICS));
        }
        c.continuation(plan.build());
      }
      if (complete || chance(0.5)) {
        c.addThankedBy(PartnerRole.MENTOR, PartnerRole.MENTEE);
      } else if (extra(0.5)) {
        c.addThankedBy(extra(0.5) ? PartnerRole.MENTOR : PartnerRole.MENTEE);
      }
      if (complete || chance(0.5)) {
        var contact = ContactPlan.builder().sharesUpdates(complete || chance(0.6));
        if (complete || chance(0.6)) {
          contact.finalConversationOn(end.plusDays(between(14, 90)));
        }
        int n = complete ? between(1, 3) : between(0, 2);
        for (int i = 0; i < n; i++) {
          contact.addChannels(pick(CHANNELS));
        }
        c.contactPlan(contact.build());
      }
      if (complete || chance(0.4)) {
        c.payItForward(pick(Pools.PAY_IT_FORWARD));
      }
      return Optional.of(c.build());
    }

    private Feedback feedback(boolean complete) {
      var f = Feedback.builder();
      if (complete || chance(0.6)) {
        f.workedBest(pick(Pools.WORKED_BEST));
      }
      if (complete || chance(0.6)) {
        f.mostChallenging(pick(Pools.MOST_CHALLENGING));
      }
      if (complete || chance(0.6)) {
        f.doDifferently(pick(Pools.DO_DIFFERENTLY));
      }
      return f.build();
    }

    private ContinuationDecision decision(boolean goOn, String[] declines) {
      var d = ContinuationDecision.builder().continueInformally(goOn);
      if (!goOn && chance(0.7)) {
        d.reason(pick(declines));
      }
      return d.build();
    }
  }

  // ----------------------------------------------------------------------------------------

  /** Builds a {@link RelationshipGenerator}; seed 0, {@link #DEFAULT_AS_OF}, default shape. */
  public static final class Builder {
    private long seed;
    private LocalDate asOf = DEFAULT_AS_OF;
    private Shape.Builder shape = Shape.builder();

    private Builder() {}

    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    public Builder asOf(LocalDate asOf) {
      this.asOf = Objects.requireNonNull(asOf, "asOf");
      return this;
    }

    /** Replaces every shape setting given so far. */
    public Builder shape(Shape shape) {
      this.shape = shape.toBuilder();
      return this;
    }

    /** Relationships with history, for benchmarks: see {@link Shape#large()}. */
    public Builder large() {
      return shape(Shape.large());
    }

    /** Between {@code min} and {@code max} meetings. */
    public Builder meetings(int min, int max) {
      shape.meetings(min, max);
      return this;
    }

    /** Between {@code min} and {@code max} goals. */
    public Builder goals(int min, int max) {
      shape.goals(min, max);
      return this;
    }

    /** Between {@code min} and {@code max} follow-ups. */
    public Builder followUps(int min, int max) {
      shape.followUps(min, max);
      return this;
    }

    /** Only these phases. */
    public Builder phases(Phase... phases) {
      shape.phases(phases);
      return this;
    }

    /** Only these kinds. */
    public Builder kinds(RelationshipKind... kinds) {
      shape.kinds(kinds);
      return this;
    }

    public RelationshipGenerator build() {
      return new RelationshipGenerator(seed, asOf, shape.build());
    }
  }

}
