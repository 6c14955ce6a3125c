package io.github.mentoring.core.model;

import io.github.mentoring.core.internal.ModelValidation;
import jakarta.validation.Valid;
import java.util.List;
import org.immutables.value.Value;

/** Topics planned meeting by meeting, drawn from the mentee's goals. */
@Value.Immutable
public abstract class Roadmap {

  public abstract List<@Valid RoadmapEntry> getEntries();

  public static ImmutableRoadmap.Builder builder() {
    return ImmutableRoadmap.builder();
  }

  @Value.Check
  protected void check() {
    ModelValidation.check(this);
  }
}
