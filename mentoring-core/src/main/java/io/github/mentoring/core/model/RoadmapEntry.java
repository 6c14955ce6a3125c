package io.github.mentoring.core.model;

import io.github.mentoring.core.internal.ModelValidation;
import io.github.mentoring.core.validation.Consistent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** A topic planned for a meeting, identified by its number in the series, its date, or both. */
@Value.Immutable
@Consistent
public abstract class RoadmapEntry {

  public abstract Optional<@Positive Integer> getMeetingNumber();

  public abstract Optional<LocalDate> getDate();

  @NotBlank
  public abstract String getTopic();

  public static ImmutableRoadmapEntry.Builder builder() {
    return ImmutableRoadmapEntry.builder();
  }

  @Value.Check
  protected void check() {
    ModelValidation.check(this);
  }
}
