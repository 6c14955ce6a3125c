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
public abstract class Availability {

  @NotNull
  public abstract PartnerRole getPartner();

  @NotNull
  public abstract DayOfWeek getDay();

  @NotNull
  public abstract LocalTime getFrom();

  @NotNull
  public abstract LocalTime getUntil();

  public static ImmutableAvailability.Builder builder() {
    return ImmutableAvailability.builder();
  }

  @Value.Check
  protected void check() {
    ModelValidation.check(this);
  }
}
