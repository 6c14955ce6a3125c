package io.github.mentoring.core.model;

import io.github.mentoring.core.internal.ModelValidation;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The closing of a formal relationship, step by step: feedback from each partner, remaining work
 * settled, each partner's continuation decision, expectations if continuing, each partner's
 * acknowledgement and thanks, a contact plan, and the mentee's intent to pay it forward.
 */
@Value.Immutable
public abstract sealed class Closure implements WithClosure
    permits ImmutableClosure {

  /** Extended only by the generated implementation: every Closure comes from its builder, validated. */
  Closure() {}

  /** When the closing conversation started. */
  @NotNull
  public abstract LocalDate getStartedOn();

  public abstract Optional<Feedback> getMentorFeedback();

  public abstract Optional<Feedback> getMenteeFeedback();

  public abstract List<RemainingWork> getRemainingWork();

  public abstract Optional<ContinuationDecision> getMentorDecision();

  public abstract Optional<ContinuationDecision> getMenteeDecision();

  /** Expectations for going on informally; needed only when both partners want to. */
  public abstract Optional<ContinuationPlan> getContinuation();

  /**
   * The partners who acknowledged what both learned and said thank you. Each partner thanks the
   * other, so a finding can name the one who has not.
   */
  public abstract Set<PartnerRole> getThankedBy();

  public abstract Optional<ContactPlan> getContactPlan();

  /** How the mentee means to pass on what they gained, e.g. mentoring someone else. */
  public abstract Optional<String> getPayItForward();

  /** Whether a partner acknowledged what both learned and said thank you. */
  public boolean hasThanked(PartnerRole role) {
    return getThankedBy().contains(role);
  }

  /** Whether both partners acknowledged what both learned and said thank you. */
  public boolean isAcknowledged() {
    return getThankedBy().size() == PartnerRole.values().length;
  }

  /** A partner's feedback. */
  public Optional<Feedback> feedbackFrom(PartnerRole role) {
    return role == PartnerRole.MENTOR ? getMentorFeedback() : getMenteeFeedback();
  }

  /** A partner's continuation decision. */
  public Optional<ContinuationDecision> decisionOf(PartnerRole role) {
    return role == PartnerRole.MENTOR ? getMentorDecision() : getMenteeDecision();
  }

  /** Whether both partners said they want to go on informally. */
  public boolean bothContinue() {
    return getMentorDecision().map(ContinuationDecision::isContinueInformally).orElse(false)
        && getMenteeDecision().map(ContinuationDecision::isContinueInformally).orElse(false);
  }

  /** A new, empty builder of {@link Closure}. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Closure}. It has one method per value, named after it without its {@code get}
   * or {@code is} (lists also have {@code add*} and {@code addAll*}), each returning this builder;
   * {@code from(Closure)} starts from the values of an existing one. {@code build()} returns the
   * {@code Closure} or throws one {@link io.github.mentoring.core.validation.InvalidModelException}
   * listing every violation.
   */
  public static final class Builder extends ImmutableClosure.Builder {
    Builder() {}
  }

  @Value.Check
  protected void check() {
    ModelValidation.check(this);
  }
}
