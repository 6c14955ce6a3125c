package io.github.mentoring.core.model;

import io.github.mentoring.core.internal.ModelValidation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** A look at a goal's progress during a conversation. */
@Value.Immutable
public abstract class ProgressCheck {

  @NotNull
  public abstract LocalDate getDate();

  /** What was said; confidential. */
  public abstract Optional<String> getNote();

  /** How far along the goal is, 0 to 100. */
  public abstract Optional<@Min(0) @Max(100) Integer> getPercentComplete();

  public abstract Optional<CheckOutcome> getOutcome();

  public static ImmutableProgressCheck.Builder builder() {
    return ImmutableProgressCheck.builder();
  }

  @Value.Check
  protected void check() {
    ModelValidation.check(this);
  }
}
