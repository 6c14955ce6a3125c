package io.github.mentoring.core.model;

import io.github.mentoring.core.internal.ModelValidation;
import java.util.Optional;
import org.immutables.value.Value;

/** A partner's answer to "shall we go on informally?". Declining is a legitimate answer. */
@Value.Immutable
public abstract class ContinuationDecision {

  public abstract boolean isContinueInformally();

  /** Why, if the partner chose to say (e.g. the mentor's time, the mentee's independence). */
  public abstract Optional<String> getReason();

  public static ContinuationDecision of(boolean continueInformally) {
    return ImmutableContinuationDecision.builder().continueInformally(continueInformally).build();
  }

  public static ImmutableContinuationDecision.Builder builder() {
    return ImmutableContinuationDecision.builder();
  }

  @Value.Check
  protected void check() {
    ModelValidation.check(this);
  }
}
