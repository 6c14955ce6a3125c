package io.github.mentoring.core.model;

import io.github.mentoring.core.internal.ModelValidation;
import java.time.Period;
import java.util.Optional;
import org.immutables.value.Value;

/** New expectations when both partners go on informally: how often, whether with an agenda, what focus. */
@Value.Immutable
public abstract class ContinuationPlan {

  public abstract Optional<Period> getFrequency();

  public abstract Optional<Boolean> getKeepAgenda();

  public abstract Optional<String> getFocus();

  public static ImmutableContinuationPlan.Builder builder() {
    return ImmutableContinuationPlan.builder();
  }

  @Value.Check
  protected void check() {
    ModelValidation.check(this);
  }
}
