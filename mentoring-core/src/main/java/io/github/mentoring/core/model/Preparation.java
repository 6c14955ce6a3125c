package io.github.mentoring.core.model;

import io.github.mentoring.core.internal.ModelValidation;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A partner's preparation before the first meeting: what they want from the relationship, what
 * they bring to it (skills, questions, ideas, stories) and what they expect. Confidential text.
 */
@Value.Immutable
public abstract sealed class Preparation implements WithPreparation
    permits ImmutablePreparation {

  /** Extended only by the generated implementation: every Preparation comes from its builder, validated. */
  Preparation() {}

  public abstract Optional<String> getWants();

  public abstract Optional<String> getBrings();

  public abstract Optional<String> getExpects();

  /** Whether all three questions have a non-blank answer. */
  @Value.Derived
  public boolean isComplete() {
    return present(getWants()) && present(getBrings()) && present(getExpects());
  }

  static boolean present(Optional<String> text) {
    return text.filter(t -> !t.isBlank()).isPresent();
  }

  /** A new, empty builder of {@link Preparation}. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Preparation}. It has one method per value, named after it without its {@code
   * get} or {@code is} (lists also have {@code add*} and {@code addAll*}), each returning this
   * builder; {@code from(Preparation)} starts from the values of an existing one. {@code build()}
   * returns the {@code Preparation} or throws one {@link
   * io.github.mentoring.core.validation.InvalidModelException} listing every violation.
   */
  public static final class Builder extends ImmutablePreparation.Builder {
    Builder() {}
  }

  @Value.Check
  protected void check() {
    ModelValidation.check(this);
  }
}
