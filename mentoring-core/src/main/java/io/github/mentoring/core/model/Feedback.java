package io.github.mentoring.core.model;

import io.github.mentoring.core.internal.ModelValidation;
import java.util.Optional;
import org.immutables.value.Value;

/** One partner's feedback at closure. Confidential text: rules only see whether it was given. */
@Value.Immutable
public abstract class Feedback {

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

  public static ImmutableFeedback.Builder builder() {
    return ImmutableFeedback.builder();
  }

  @Value.Check
  protected void check() {
    ModelValidation.check(this);
  }
}
