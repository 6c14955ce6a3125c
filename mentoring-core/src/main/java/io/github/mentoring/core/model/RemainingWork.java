package io.github.mentoring.core.model;

import io.github.mentoring.core.internal.ModelValidation;
import jakarta.validation.constraints.NotBlank;
import org.immutables.value.Value;

/** Work still under way when the relationship closes, and how it was settled. */
@Value.Immutable
public abstract sealed class RemainingWork implements WithRemainingWork
    permits ImmutableRemainingWork {

  /** Extended only by the generated implementation: every RemainingWork comes from its builder, validated. */
  RemainingWork() {}

  @NotBlank
  public abstract String getDescription();

  @Value.Default
  public Resolution getResolution() {
    return Resolution.UNRESOLVED;
  }

  /** A new, empty builder of {@link RemainingWork}. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link RemainingWork}. It has one method per value, named after it without its {@code
   * get} or {@code is} (lists also have {@code add*} and {@code addAll*}), each returning this
   * builder; {@code from(RemainingWork)} starts from the values of an existing one. {@code build()}
   * returns the {@code RemainingWork} or throws one {@link
   * io.github.mentoring.core.validation.InvalidModelException} listing every violation.
   */
  public static final class Builder extends ImmutableRemainingWork.Builder {
    Builder() {}
  }

  @Value.Check
  protected void check() {
    ModelValidation.check(this);
  }
}
