package io.github.mentoring.core.model;

import io.github.mentoring.core.internal.ModelValidation;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/** How the partners stay in touch after the formal end. */
@Value.Immutable
public abstract sealed class ContactPlan implements WithContactPlan
    permits ImmutableContactPlan {

  /** Extended only by the generated implementation: every ContactPlan comes from its builder, validated. */
  ContactPlan() {}

  /** The one more conversation planned after the formal close. */
  public abstract Optional<LocalDate> getFinalConversationOn();

  public abstract Set<Channel> getChannels();

  /** Whether the mentee will share promotions and moves. */
  public abstract boolean isSharesUpdates();

  /** A new, empty builder of {@link ContactPlan}. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link ContactPlan}. It has one method per value, named after it without its {@code
   * get} or {@code is} (lists also have {@code add*} and {@code addAll*}), each returning this
   * builder; {@code from(ContactPlan)} starts from the values of an existing one. {@code build()}
   * returns the {@code ContactPlan} or throws one {@link
   * io.github.mentoring.core.validation.InvalidModelException} listing every violation.
   */
  public static final class Builder extends ImmutableContactPlan.Builder {
    Builder() {}
  }

  @Value.Check
  protected void check() {
    ModelValidation.check(this);
  }
}
