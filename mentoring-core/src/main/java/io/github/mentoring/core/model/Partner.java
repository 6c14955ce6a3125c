package io.github.mentoring.core.model;

import io.github.mentoring.core.internal.ModelValidation;
import io.github.mentoring.core.validation.NonBlank;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;

/** One of the two people in a relationship. Their role is given by where the relationship holds them. */
@Value.Immutable
public abstract sealed class Partner implements WithPartner
    permits ImmutablePartner {

  /** Extended only by the generated implementation: every Partner comes from its builder, validated. */
  Partner() {}

  /** A stable id, unique within the program (never a name). */
  @NotBlank
  public abstract String getId();

  /** A display name, if the platform shares one. */
  public abstract Optional<@NonBlank String> getName();

  /** A new, empty builder of {@link Partner}. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Partner}. It has one method per value, named after it without its {@code get}
   * or {@code is} (lists also have {@code add*} and {@code addAll*}), each returning this builder;
   * {@code from(Partner)} starts from the values of an existing one. {@code build()} returns the
   * {@code Partner} or throws one {@link io.github.mentoring.core.validation.InvalidModelException}
   * listing every violation.
   */
  public static final class Builder extends ImmutablePartner.Builder {
    Builder() {}
  }

  /** A partner known only by id. */
  public static Partner of(String id) {
    return builder().id(id).build();
  }

  @Value.Check
  protected void check() {
    ModelValidation.check(this);
  }
}
