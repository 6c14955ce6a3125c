package io.github.mentoring.core.model;

import io.github.mentoring.core.internal.ModelValidation;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/** Each partner's role, and how and when each may be contacted. */
@Value.Immutable
public abstract sealed class Boundaries implements WithBoundaries
    permits ImmutableBoundaries {

  /** Extended only by the generated implementation: every Boundaries comes from its builder, validated. */
  Boundaries() {}

  public abstract Optional<String> getMentorRole();

  public abstract Optional<String> getMenteeRole();

  public abstract Set<Channel> getContactChannels();

  /** When contact is welcome, in the partners' own words (e.g. "weekdays 9-17"). */
  public abstract Optional<String> getContactHours();

  /** A new, empty builder of {@link Boundaries}. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Boundaries}. It has one method per value, named after it without its {@code
   * get} or {@code is} (lists also have {@code add*} and {@code addAll*}), each returning this
   * builder; {@code from(Boundaries)} starts from the values of an existing one. {@code build()}
   * returns the {@code Boundaries} or throws one {@link
   * io.github.mentoring.core.validation.InvalidModelException} listing every violation.
   */
  public static final class Builder extends ImmutableBoundaries.Builder {
    Builder() {}
  }

  @Value.Check
  protected void check() {
    ModelValidation.check(this);
  }
}
