package io.github.mentoring.core.model;

import io.github.mentoring.core.internal.ModelValidation;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/** Each partner's role, and how and when each may be contacted. */
@Value.Immutable
public abstract class Boundaries {

  public abstract Optional<String> getMentorRole();

  public abstract Optional<String> getMenteeRole();

  public abstract Set<Channel> getContactChannels();

  /** When contact is welcome, in the partners' own words (e.g. "weekdays 9-17"). */
  public abstract Optional<String> getContactHours();

  public static ImmutableBoundaries.Builder builder() {
    return ImmutableBoundaries.builder();
  }

  @Value.Check
  protected void check() {
    ModelValidation.check(this);
  }
}
