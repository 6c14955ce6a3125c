package io.github.mentoring.core.model;

import io.github.mentoring.core.internal.ModelValidation;
import io.github.mentoring.core.validation.Consistent;
import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.time.LocalTime;
import org.immutables.value.Value;

/** A window of time in which one partner is usually free to meet. */
@Value.Immutable
@Consistent
public abstract sealed class Availability implements WithAvailability
    permits ImmutableAvailability {

  /** Extended only by the generated implementation: every Availability comes from its builder, validated. */
  Availability() {}

  @NotNull
  public abstract PartnerRole getPartner();

  @NotNull
  public abstract DayOfWeek getDay();

  // A value named "from" means the builder has no from(Availability) copy method: intended.
  @SuppressWarnings("immutables:from")
  @NotNull
  public abstract LocalTime getFrom();

  @NotNull
  public abstract LocalTime getUntil();

  /** A new, empty builder of {@link Availability}. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Availability}. It has one method per value, named after it without its {@code
   * get} or {@code is} (lists also have {@code add*} and {@code addAll*}), each returning this
   * builder; {@code from(Availability)} starts from the values of an existing one. {@code build()}
   * returns the {@code Availability} or throws one {@link
   * io.github.mentoring.core.validation.InvalidModelException} listing every violation.
   */
  public static final class Builder extends ImmutableAvailability.Builder {
    Builder() {}
  }

  @Value.Check
  protected void check() {
    ModelValidation.check(this);
  }
}
