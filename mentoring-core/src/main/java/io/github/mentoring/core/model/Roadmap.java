package io.github.mentoring.core.model;

import io.github.mentoring.core.internal.ModelValidation;
import java.util.List;
import org.immutables.value.Value;

/** Topics planned meeting by meeting, drawn from the mentee's goals. */
@Value.Immutable
public abstract sealed class Roadmap implements WithRoadmap
    permits ImmutableRoadmap {

  /** Extended only by the generated implementation: every Roadmap comes from its builder, validated. */
  Roadmap() {}

  public abstract List<RoadmapEntry> getEntries();

  /** A new, empty builder of {@link Roadmap}. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Roadmap}. It has one method per value, named after it without its {@code get}
   * or {@code is} (lists also have {@code add*} and {@code addAll*}), each returning this builder;
   * {@code from(Roadmap)} starts from the values of an existing one. {@code build()} returns the
   * {@code Roadmap} or throws one {@link io.github.mentoring.core.validation.InvalidModelException}
   * listing every violation.
   */
  public static final class Builder extends ImmutableRoadmap.Builder {
    Builder() {}
  }

  @Value.Check
  protected void check() {
    ModelValidation.check(this);
  }
}
