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
public abstract sealed class RoadmapEntry implements WithRoadmapEntry
    permits ImmutableRoadmapEntry {

  /** Extended only by the generated implementation: every RoadmapEntry comes from its builder, validated. */
  RoadmapEntry() {}

  public abstract Optional<@Positive Integer> getMeetingNumber();

  public abstract Optional<LocalDate> getDate();

  @NotBlank
  public abstract String getTopic();

  /** A new, empty builder of {@link RoadmapEntry}. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link RoadmapEntry}. It has one method per value, named after it without its {@code
   * get} or {@code is} (lists also have {@code add*} and {@code addAll*}), each returning this
   * builder; {@code from(RoadmapEntry)} starts from the values of an existing one. {@code build()}
   * returns the {@code RoadmapEntry} or throws one {@link
   * io.github.mentoring.core.validation.InvalidModelException} listing every violation.
   */
  public static final class Builder extends ImmutableRoadmapEntry.Builder {
    Builder() {}
  }

  @Value.Check
  protected void check() {
    ModelValidation.check(this);
  }
}
