package io.github.mentoring.core.model;

import io.github.mentoring.core.internal.ModelValidation;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/** How the partners stay in touch after the formal end. */
@Value.Immutable
public abstract class ContactPlan {

  /** The one more conversation planned after the formal close. */
  public abstract Optional<LocalDate> getFinalConversationOn();

  public abstract Set<Channel> getChannels();

  /** Whether the mentee will share promotions and moves. */
  public abstract boolean isSharesUpdates();

  public static ImmutableContactPlan.Builder builder() {
    return ImmutableContactPlan.builder();
  }

  @Value.Check
  protected void check() {
    ModelValidation.check(this);
  }
}
