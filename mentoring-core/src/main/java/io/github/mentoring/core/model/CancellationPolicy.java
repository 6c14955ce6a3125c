package io.github.mentoring.core.model;

import io.github.mentoring.core.internal.ModelValidation;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import java.util.Optional;
import org.immutables.value.Value;

/** How a partner tells the other that a meeting must move, and how much notice is owed. */
@Value.Immutable
public abstract sealed class CancellationPolicy implements WithCancellationPolicy
    permits ImmutableCancellationPolicy {

  /** Extended only by the generated implementation: every CancellationPolicy comes from its builder, validated. */
  CancellationPolicy() {}

  public abstract Optional<Channel> getChannel();

  /** The least notice a cancellation should give. */
  public abstract Optional<@DurationMin(seconds = 0) Duration> getMinimumNotice();

  /** A new, empty builder of {@link CancellationPolicy}. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link CancellationPolicy}. It has one method per value, named after it without its
   * {@code get} or {@code is} (lists also have {@code add*} and {@code addAll*}), each returning
   * this builder; {@code from(CancellationPolicy)} starts from the values of an existing one.
   * {@code build()} returns the {@code CancellationPolicy} or throws one {@link
   * io.github.mentoring.core.validation.InvalidModelException} listing every violation.
   */
  public static final class Builder extends ImmutableCancellationPolicy.Builder {
    Builder() {}
  }

  @Value.Check
  protected void check() {
    ModelValidation.check(this);
  }
}
