package io.github.mentoring.core.model;

import io.github.mentoring.core.internal.ModelValidation;
import jakarta.validation.constraints.NotBlank;
import org.immutables.value.Value;

/** Work still under way when the relationship closes, and how it was settled. */
@Value.Immutable
public abstract class RemainingWork {

  @NotBlank
  public abstract String getDescription();

  @Value.Default
  public Resolution getResolution() {
    return Resolution.UNRESOLVED;
  }

  public static ImmutableRemainingWork.Builder builder() {
    return ImmutableRemainingWork.builder();
  }

  @Value.Check
  protected void check() {
    ModelValidation.check(this);
  }
}
