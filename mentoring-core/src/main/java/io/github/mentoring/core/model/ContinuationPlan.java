package io.github.mentoring.core.model;

import io.github.mentoring.core.internal.ModelValidation;
import java.time.Period;
import java.util.Optional;
import org.immutables.value.Value;

/** New expectations when both partners go on informally: how often, whether with an agenda, what focus. */
@Value.Immutable
public abstract sealed class ContinuationPlan implements WithContinuationPlan
    permits ImmutableContinuationPlan {

  /** Extended only by the generated implementation: every ContinuationPlan comes from its builder, validated. */
  ContinuationPlan() {}

  public abstract Optional<Period> getFrequency();

  public abstract Optional<Boolean> getKeepAgenda();

  public abstract Optional<String> getFocus();

  /** A new, empty builder of {@link ContinuationPlan}. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link ContinuationPlan}. It has one method per value, named after it without its
   * {@code get} or {@code is} (lists also have {@code add*} and {@code addAll*}), each returning
   * this builder; {@code from(ContinuationPlan)} starts from the values of an existing one. {@code
   * build()} returns the {@code ContinuationPlan} or throws one {@link
   * io.github.mentoring.core.validation.InvalidModelException} listing every violation.
   */
  public static final class Builder extends ImmutableContinuationPlan.Builder {
    Builder() {}
  }

  @Value.Check
  protected void check() {
    ModelValidation.check(this);
  }
}
