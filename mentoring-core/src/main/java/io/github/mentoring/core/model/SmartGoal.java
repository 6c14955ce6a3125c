package io.github.mentoring.core.model;

import io.github.mentoring.core.internal.ModelValidation;
import io.github.mentoring.core.validation.Consistent;
import io.github.mentoring.core.validation.NonBlank;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A goal the mentee works towards, meant to be Specific, Measurable, Achievable, Relevant and
 * Time-bound. The model holds what was written; the rules judge how SMART it is.
 */
@Value.Immutable
@Consistent
public abstract sealed class SmartGoal implements WithSmartGoal
    permits ImmutableSmartGoal {

  /** Extended only by the generated implementation: every SmartGoal comes from its builder, validated. */
  SmartGoal() {}

  @NotBlank
  public abstract String getId();

  /** The goal in the mentee's words, e.g. "lead two team retrospectives by 30 June". */
  @NotBlank
  public abstract String getStatement();

  /** How progress is measured or what observable outcome shows it is met. */
  public abstract Optional<@NonBlank String> getMeasure();

  public abstract Optional<LocalDate> getTargetDate();

  /**
   * The day the partners agreed on the goal, when known. Not before the relationship's start;
   * rules count how long a goal has gone unchecked from this day rather than from the start.
   */
  public abstract Optional<LocalDate> getSetOn();

  /**
   * The day an {@linkplain GoalStatus#ACHIEVED achieved} goal was achieved, when known. Only an
   * achieved goal has one; it is not before {@link #getSetOn()} nor the relationship's start.
   */
  public abstract Optional<LocalDate> getAchievedOn();

  /** How the goal serves the relationship's objective; empty when it is not tied to it. */
  public abstract Optional<@NonBlank String> getServesObjective();

  @Value.Default
  public GoalStatus getStatus() {
    return GoalStatus.ACTIVE;
  }

  public abstract List<ProgressCheck> getProgressChecks();

  /** The most recent progress check, if any. */
  public Optional<ProgressCheck> lastProgressCheck() {
    return getProgressChecks().stream().max(Comparator.comparing(ProgressCheck::getDate));
  }

  /** Whether the goal was achieved. */
  public boolean isAchieved() {
    return getStatus() == GoalStatus.ACHIEVED;
  }

  /** Whether the goal still asks for work. */
  public boolean isActive() {
    return getStatus() == GoalStatus.ACTIVE;
  }

  /** A new, empty builder of {@link SmartGoal}. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link SmartGoal}. It has one method per value, named after it without its {@code get}
   * or {@code is} (lists also have {@code add*} and {@code addAll*}), each returning this builder;
   * {@code from(SmartGoal)} starts from the values of an existing one. {@code build()} returns the
   * {@code SmartGoal} or throws one {@link
   * io.github.mentoring.core.validation.InvalidModelException} listing every violation.
   */
  public static final class Builder extends ImmutableSmartGoal.Builder {
    Builder() {}
  }

  @Value.Check
  protected void check() {
    ModelValidation.check(this);
  }
}
