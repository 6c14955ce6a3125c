package io.github.mentoring.core.model;

import io.github.mentoring.core.internal.ModelValidation;
import java.util.Optional;
import org.immutables.value.Value;

/** A partner's answer to "shall we go on informally?". Declining is a legitimate answer. */
@Value.Immutable
public abstract sealed class ContinuationDecision implements WithContinuationDecision
    permits ImmutableContinuationDecision {

  /** Extended only by the generated implementation: every ContinuationDecision comes from its builder, validated. */
  ContinuationDecision() {}

  public abstract boolean isContinueInformally();

  /** Why, if the partner chose to say (e.g. the mentor's time, the mentee's independence). */
  public abstract Optional<String> getReason();

  public static ContinuationDecision of(boolean continueInformally) {
    return builder().continueInformally(continueInformally).build();
  }

  /** A new, empty builder of {@link ContinuationDecision}. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link ContinuationDecision}. It has one method per value, named after it without its
   * {@code get} or {@code is} (lists also have {@code add*} and {@code addAll*}), each returning
   * this builder; {@code from(ContinuationDecision)} starts from the values of an existing one.
   * {@code build()} returns the {@code ContinuationDecision} or throws one {@link
   * io.github.mentoring.core.validation.InvalidModelException} listing every violation.
   */
  public static final class Builder extends ImmutableContinuationDecision.Builder {
    Builder() {}
  }

  @Value.Check
  protected void check() {
    ModelValidation.check(this);
  }
}
