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
public abstract sealed class ProgressCheck implements WithProgressCheck
    permits ImmutableProgressCheck {

  /** Extended only by the generated implementation: every ProgressCheck comes from its builder, validated. */
  ProgressCheck() {}

  @NotNull
  public abstract LocalDate getDate();

  /** What was said; confidential. */
  public abstract Optional<String> getNote();

  /** How far along the goal is, 0 to 100. */
  public abstract Optional<@Min(0) @Max(100) Integer> getPercentComplete();

  public abstract Optional<CheckOutcome> getOutcome();

  /** A new, empty builder of {@link ProgressCheck}. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link ProgressCheck}. It has one method per value, named after it without its {@code
   * get} or {@code is} (lists also have {@code add*} and {@code addAll*}), each returning this
   * builder; {@code from(ProgressCheck)} starts from the values of an existing one. {@code build()}
   * returns the {@code ProgressCheck} or throws one {@link
   * io.github.mentoring.core.validation.InvalidModelException} listing every violation.
   */
  public static final class Builder extends ImmutableProgressCheck.Builder {
    Builder() {}
  }

  @Value.Check
  protected void check() {
    ModelValidation.check(this);
  }
}
