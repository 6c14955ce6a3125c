package io.github.mentoring.rules.facts;

import io.github.mentoring.core.model.Phase;
import io.github.mentoring.rules.Subject;

/**
 * What every fact the rules see has in common: the relationship it belongs to, its phase and
 * kind, and what a finding about it is about. Facts are built by {@link FactBuilder} from the
 * model and the check date; rules only read them.
 *
 * <p>Each fact carries the relationship's phase and whether it is formal, so that a rule needs one
 * pattern and no join. A fact is inserted only if some rule that reads its type declares the
 * relationship's phase and kind in its {@code @phases} and {@code @kinds} metadata (a rule that
 * declares nothing applies to all); a rule keeps the matching tests ({@code active}, {@code
 * ending}, {@code formal}, {@code phase in (...)}) in its conditions. Those four properties are
 * final so that what they answer is always the relationship's own phase and kind.
 */
public abstract class Fact {

  private final FindingSink sink;
  private final String relationshipId;
  private final Phase phase;
  private final boolean formal;
  private Subject subject;

  // Package-private: only this package's fact types exist, built by FactBuilder.
  Fact(FindingSink sink, Phase phase, boolean formal) {
    this.sink = sink;
    this.relationshipId = sink.relationshipId();
    this.phase = phase;
    this.formal = formal;
  }

  public String getRelationshipId() {
    return relationshipId;
  }

  public final Phase getPhase() {
    return phase;
  }

  /** Whether the relationship is formal (agreement, rhythm, set end). */
  public final boolean isFormal() {
    return formal;
  }

  /** Whether the relationship is active: meeting at its rhythm. */
  public final boolean isActive() {
    return phase == Phase.ACTIVE;
  }

  /** Whether the relationship is closing, closed or continuing informally after its end. */
  public final boolean isEnding() {
    return phase.isEnding();
  }

  /** What a finding about this fact is about. */
  public abstract Subject subject();

  /** The subject, made once per fact: its findings share it (reports stay small). */
  final Subject sharedSubject() {
    Subject s = subject;
    if (s == null) {
      subject = s = subject();
    }
    return s;
  }

  /** Where findings about this fact go. */
  FindingSink sink() {
    return sink;
  }
}
