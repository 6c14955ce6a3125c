package io.github.mentoring.core.model;

import io.github.mentoring.core.internal.ModelValidation;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import java.util.Optional;
import org.immutables.value.Value;

/** Whether an agenda goes out before each meeting, how long before, and whether the mentor adds to it. */
@Value.Immutable
public abstract sealed class AgendaPolicy implements WithAgendaPolicy
    permits ImmutableAgendaPolicy {

  /** Extended only by the generated implementation: every AgendaPolicy comes from its builder, validated. */
  AgendaPolicy() {}

  /** Whether the mentee sends an agenda before each meeting. */
  public abstract boolean isSentAhead();

  /** How long before the meeting the agenda should arrive. */
  public abstract Optional<@DurationMin(seconds = 0) Duration> getLeadTime();

  /** Whether the mentor is expected to add to the agenda. */
  public abstract boolean isMentorAddsInput();

  /** A new, empty builder of {@link AgendaPolicy}. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link AgendaPolicy}. It has one method per value, named after it without its {@code
   * get} or {@code is} (lists also have {@code add*} and {@code addAll*}), each returning this
   * builder; {@code from(AgendaPolicy)} starts from the values of an existing one. {@code build()}
   * returns the {@code AgendaPolicy} or throws one {@link
   * io.github.mentoring.core.validation.InvalidModelException} listing every violation.
   */
  public static final class Builder extends ImmutableAgendaPolicy.Builder {
    Builder() {}
  }

  @Value.Check
  protected void check() {
    ModelValidation.check(this);
  }
}
