package io.github.mentoring.core.model;

import io.github.mentoring.core.internal.ModelValidation;
import io.github.mentoring.core.validation.NonBlank;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;

/** One of the two people in a relationship. Their role is given by where the relationship holds them. */
@Value.Immutable
public abstract class Partner {

  /** A stable id, unique within the program (never a name). */
  @NotBlank
  public abstract String getId();

  /** A display name, if the platform shares one. */
  public abstract Optional<@NonBlank String> getName();

  public static ImmutablePartner.Builder builder() {
    return ImmutablePartner.builder();
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
