package io.github.mentoring.core.model;

import io.github.mentoring.core.internal.ModelValidation;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The check at the end of a conversation: what was useful, the next steps, what the mentee will
 * do or learn before next time, and what should change next time. Confidential text.
 */
@Value.Immutable
public abstract sealed class ConversationCheck implements WithConversationCheck
    permits ImmutableConversationCheck {

  /** Extended only by the generated implementation: every ConversationCheck comes from its builder, validated. */
  ConversationCheck() {}

  public abstract Optional<String> getUseful();

  public abstract Optional<String> getNextSteps();

  public abstract Optional<String> getBeforeNextTime();

  public abstract Optional<String> getChangeNextTime();

  /**
   * Whether the conversation ended with next steps written down. Worked out once, when built:
   * checks read it for every held meeting and need not touch the text.
   */
  @Value.Derived
  public boolean hasNextSteps() {
    return Preparation.present(getNextSteps());
  }

  /** A new, empty builder of {@link ConversationCheck}. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link ConversationCheck}. It has one method per value, named after it without its
   * {@code get} or {@code is} (lists also have {@code add*} and {@code addAll*}), each returning
   * this builder; {@code from(ConversationCheck)} starts from the values of an existing one. {@code
   * build()} returns the {@code ConversationCheck} or throws one {@link
   * io.github.mentoring.core.validation.InvalidModelException} listing every violation.
   */
  public static final class Builder extends ImmutableConversationCheck.Builder {
    Builder() {}
  }

  @Value.Check
  protected void check() {
    ModelValidation.check(this);
  }
}
