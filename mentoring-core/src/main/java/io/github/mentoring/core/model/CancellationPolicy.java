package io.github.mentoring.core.model;

import io.github.mentoring.core.internal.ModelValidation;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import java.util.Optional;
import org.immutables.value.Value;

/** How a partner tells the other that a meeting must move, and how much notice is owed. */
@Value.Immutable
public abstract class CancellationPolicy {

  public abstract Optional<Channel> getChannel();

  /** The least notice a cancellation should give. */
  public abstract Optional<@DurationMin(seconds = 0) Duration> getMinimumNotice();

  public static ImmutableCancellationPolicy.Builder builder() {
    return ImmutableCancellationPolicy.builder();
  }

  @Value.Check
  protected void check() {
    ModelValidation.check(this);
  }
}
