package io.github.mentoring.core.model;

import io.github.mentoring.core.internal.ModelValidation;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import java.util.Optional;
import org.immutables.value.Value;

/** Whether an agenda goes out before each meeting, how long before, and whether the mentor adds to it. */
@Value.Immutable
public abstract class AgendaPolicy {

  /** Whether the mentee sends an agenda before each meeting. */
  public abstract boolean isSentAhead();

  /** How long before the meeting the agenda should arrive. */
  public abstract Optional<@DurationMin(seconds = 0) Duration> getLeadTime();

  /** Whether the mentor is expected to add to the agenda. */
  public abstract boolean isMentorAddsInput();

  public static ImmutableAgendaPolicy.Builder builder() {
    return ImmutableAgendaPolicy.builder();
  }

  @Value.Check
  protected void check() {
    ModelValidation.check(this);
  }
}
