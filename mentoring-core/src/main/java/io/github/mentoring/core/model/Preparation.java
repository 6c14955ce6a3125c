package io.github.mentoring.core.model;

import io.github.mentoring.core.internal.ModelValidation;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A partner's preparation before the first meeting: what they want from the relationship, what
 * they bring to it (skills, questions, ideas, stories) and what they expect. Confidential text.
 */
@Value.Immutable
public abstract class Preparation {

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

  public static ImmutablePreparation.Builder builder() {
    return ImmutablePreparation.builder();
  }

  @Value.Check
  protected void check() {
    ModelValidation.check(this);
  }
}
