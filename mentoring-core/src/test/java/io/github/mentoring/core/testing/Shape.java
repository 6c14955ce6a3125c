package io.github.mentoring.core.testing;

import io.github.mentoring.core.model.Phase;
import io.github.mentoring.core.model.RelationshipKind;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What {@link RelationshipGenerator} may produce: how many meetings, goals and follow-ups, which
 * phases and kinds, and how often the optional parts (agreement, roadmap, record date, shuffled
 * meeting order) appear. Immutable; build one with {@link #builder()} or start from
 * {@link #defaults()} or {@link #large()}.
 *
 * <pre>{@code
 * Shape busy = Shape.builder().meetings(10, 30).goals(2, 4).phases(Phase.ACTIVE).build();
 * }</pre>
 *
 * <p>Counts are bounds, inclusive: the generator picks a count that fits the relationship's
 * timeline (a one-month relationship rarely has 40 meetings) and then clamps it into the bounds.
 */
public final class Shape {

  /** The most meetings a shape may ask for. */
  public static final int MAX_MEETINGS = 500;

  private static final Shape DEFAULTS = builder().build();
  private static final Shape LARGE = builder()
      .meetings(5, 40)
      .goals(1, 6)
      .phases(Phase.ACTIVE, Phase.CLOSING, Phase.CLOSED, Phase.CONTINUING_INFORMALLY)
      .build();

  private final int minMeetings;
  private final int maxMeetings;
  private final int minGoals;
  private final int maxGoals;
  private final int minFollowUps;
  private final int maxFollowUps;
  private final List<Phase> phases;
  private final List<RelationshipKind> kinds;
  private final double formalShare;
  private final double agreementChance;
  private final double roadmapChance;
  private final double recordedOnChance;
  private final double shuffleChance;

  private Shape(Builder b) {
    this.minMeetings = b.minMeetings;
    this.maxMeetings = b.maxMeetings;
    this.minGoals = b.minGoals;
    this.maxGoals = b.maxGoals;
    this.minFollowUps = b.minFollowUps;
    this.maxFollowUps = b.maxFollowUps;
    this.phases = List.copyOf(b.phases);
    this.kinds = List.copyOf(b.kinds);
    this.formalShare = b.formalShare;
    this.agreementChance = b.agreementChance;
    this.roadmapChance = b.roadmapChance;
    this.recordedOnChance = b.recordedOnChance;
    this.shuffleChance = b.shuffleChance;
  }

  /**
   * Every phase and kind, 0–40 meetings, 0–6 goals, 0–20 follow-ups; most formal relationships
   * have an agreement, half a roadmap, nine in ten a record date.
   */
  public static Shape defaults() {
    return DEFAULTS;
  }

  /**
   * Relationships with some history, for benchmarks: 5–40 meetings and 1–6 goals, in the phases
   * from {@link Phase#ACTIVE} on.
   */
  public static Shape large() {
    return LARGE;
  }

  /** A builder holding the {@linkplain #defaults() defaults}. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this shape's settings. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.minMeetings = minMeetings;
    b.maxMeetings = maxMeetings;
    b.minGoals = minGoals;
    b.maxGoals = maxGoals;
    b.minFollowUps = minFollowUps;
    b.maxFollowUps = maxFollowUps;
    b.phases = EnumSet.copyOf(phases);
    b.kinds = EnumSet.copyOf(kinds);
    b.formalShare = formalShare;
    b.agreementChance = agreementChance;
    b.roadmapChance = roadmapChance;
    b.recordedOnChance = recordedOnChance;
    b.shuffleChance = shuffleChance;
    return b;
  }

  public int minMeetings() {
    return minMeetings;
  }

  public int maxMeetings() {
    return maxMeetings;
  }

  public int minGoals() {
    return minGoals;
  }

  public int maxGoals() {
    return maxGoals;
  }

  public int minFollowUps() {
    return minFollowUps;
  }

  public int maxFollowUps() {
    return maxFollowUps;
  }

  /** The phases {@link RelationshipGenerator#next()} picks from, in declaration order. */
  public List<Phase> phases() {
    return phases;
  }

  /** The kinds the generator picks from, in declaration order. */
  public List<RelationshipKind> kinds() {
    return kinds;
  }

  /** When both kinds are allowed, the share of formal relationships. */
  public double formalShare() {
    return formalShare;
  }

  /** The chance that a formal relationship (from establishing on) has a written agreement. */
  public double agreementChance() {
    return agreementChance;
  }

  /** The chance that a formal relationship has a roadmap. */
  public double roadmapChance() {
    return roadmapChance;
  }

  /** The chance that a relationship carries a record date (the "as of" day). */
  public double recordedOnChance() {
    return recordedOnChance;
  }

  /** The chance that meetings are listed out of chronological order. */
  public double shuffleChance() {
    return shuffleChance;
  }

  @Override
  public String toString() {
    return "Shape{meetings=" + minMeetings + ".." + maxMeetings
        + ", goals=" + minGoals + ".." + maxGoals
        + ", followUps=" + minFollowUps + ".." + maxFollowUps
        + ", phases=" + phases + ", kinds=" + kinds + "}";
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Shape s
        && minMeetings == s.minMeetings && maxMeetings == s.maxMeetings
        && minGoals == s.minGoals && maxGoals == s.maxGoals
        && minFollowUps == s.minFollowUps && maxFollowUps == s.maxFollowUps
        && phases.equals(s.phases) && kinds.equals(s.kinds)
        && formalShare == s.formalShare && agreementChance == s.agreementChance
        && roadmapChance == s.roadmapChance && recordedOnChance == s.recordedOnChance
        && shuffleChance == s.shuffleChance;
  }

  @Override
  public int hashCode() {
    return Objects.hash(minMeetings, maxMeetings, minGoals, maxGoals, minFollowUps, maxFollowUps,
        phases, kinds, formalShare, agreementChance, roadmapChance, recordedOnChance,
        shuffleChance);
  }

  /** Builds a {@link Shape}; starts from the defaults. Not thread-safe. */
  public static final class Builder {
    private int minMeetings = 0;
    private int maxMeetings = 40;
    private int minGoals = 0;
    private int maxGoals = 6;
    private int minFollowUps = 0;
    private int maxFollowUps = 20;
    private Set<Phase> phases = EnumSet.allOf(Phase.class);
    private Set<RelationshipKind> kinds = EnumSet.allOf(RelationshipKind.class);
    private double formalShare = 0.75;
    private double agreementChance = 0.85;
    private double roadmapChance = 0.5;
    private double recordedOnChance = 0.9;
    private double shuffleChance = 0.25;

    private Builder() {}

    /** Between {@code min} and {@code max} meetings, inclusive. */
    public Builder meetings(int min, int max) {
      range("meetings", min, max, MAX_MEETINGS);
      this.minMeetings = min;
      this.maxMeetings = max;
      return this;
    }

    /** Between {@code min} and {@code max} goals, inclusive (at most 50). */
    public Builder goals(int min, int max) {
      range("goals", min, max, 50);
      this.minGoals = min;
      this.maxGoals = max;
      return this;
    }

    /** Between {@code min} and {@code max} follow-ups, inclusive (at most 200). */
    public Builder followUps(int min, int max) {
      range("followUps", min, max, 200);
      this.minFollowUps = min;
      this.maxFollowUps = max;
      return this;
    }

    /** Only these phases. */
    public Builder phases(Phase... phases) {
      return phases(Arrays.asList(phases));
    }

    /** Only these phases. */
    public Builder phases(Collection<Phase> phases) {
      if (phases.isEmpty()) {
        throw new IllegalArgumentException("give at least one phase");
      }
      this.phases = EnumSet.copyOf(phases);
      return this;
    }

    /** Only these kinds. */
    public Builder kinds(RelationshipKind... kinds) {
      if (kinds.length == 0) {
        throw new IllegalArgumentException("give at least one kind");
      }
      this.kinds = EnumSet.copyOf(Arrays.asList(kinds));
      return this;
    }

    /** When both kinds are allowed, the share of formal relationships (0 to 1). */
    public Builder formalShare(double share) {
      this.formalShare = probability("formalShare", share);
      return this;
    }

    /** The chance that a formal relationship has an agreement (0 to 1). */
    public Builder agreementChance(double chance) {
      this.agreementChance = probability("agreementChance", chance);
      return this;
    }

    /** The chance that a formal relationship has a roadmap (0 to 1). */
    public Builder roadmapChance(double chance) {
      this.roadmapChance = probability("roadmapChance", chance);
      return this;
    }

    /** The chance that a relationship carries a record date (0 to 1). */
    public Builder recordedOnChance(double chance) {
      this.recordedOnChance = probability("recordedOnChance", chance);
      return this;
    }

    /** The chance that the meetings are listed out of chronological order (0 to 1). */
    public Builder shuffleChance(double chance) {
      this.shuffleChance = probability("shuffleChance", chance);
      return this;
    }

    public Shape build() {
      return new Shape(this);
    }

    private static void range(String what, int min, int max, int limit) {
      if (min < 0 || max < min || max > limit) {
        throw new IllegalArgumentException(
            what + ": need 0 <= min <= max <= " + limit + ", got " + min + ".." + max);
      }
    }

    private static double probability(String what, double p) {
      if (!(p >= 0 && p <= 1)) {
        throw new IllegalArgumentException(what + " must lie between 0 and 1, got " + p);
      }
      return p;
    }
  }
}
