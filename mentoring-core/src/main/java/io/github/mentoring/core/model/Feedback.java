package io.github.mentoring.core.model;

import io.github.mentoring.core.internal.ModelValidation;
import java.util.Optional;
import org.immutables.value.Value;

/** One partner's feedback at closure. Confidential text: rules only see whether it was given. */
@Value.Immutable
public abstract sealed class Feedback implements WithFeedback
    permits ImmutableFeedback {

  /** Extended only by the generated implementation: every Feedback comes from its builder, validated. */
  Feedback() {}

  public abstract Optional<String> getWorkedBest();

  public abstract Optional<String> getMostChallenging();

  public abstract Optional<String> getDoDifferently();

  /** Whether all three questions were answered; worked out once, when built. */
  @Value.Derived
  public boolean isComplete() {
    return Preparation.present(getWorkedBest())
        && Preparation.present(getMostChallenging())
        && Preparation.present(getDoDifferently());
  }

  /** A new, empty builder of {@link Feedback}. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Feedback}. It has one method per value, named after it without its {@code get}
   * or {@code is} (lists also have {@code add*} and {@code addAll*}), each returning this builder;
   * {@code from(Feedback)} starts from the values of an existing one. {@code build()} returns the
   * {@code Feedback} or throws one {@link
   * io.github.mentoring.core.validation.InvalidModelException} listing every violation.
   */
  public static final class Builder extends ImmutableFeedback.Builder {
    Builder() {}
  }

  @Value.Check
  protected void check() {
    ModelValidation.check(this);
  }
}
