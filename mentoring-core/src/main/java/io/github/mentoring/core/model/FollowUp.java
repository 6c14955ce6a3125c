package io.github.mentoring.core.model;

import io.github.mentoring.core.internal.ModelValidation;
import io.github.mentoring.core.validation.Consistent;
import io.github.mentoring.core.validation.NonBlank;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Something a partner promised to do: the mentee's action step, or the information, resource or
 * contact the mentor offered. The owner is a partner's id.
 */
@Value.Immutable
@Consistent
public abstract class FollowUp {

  @NotBlank
  public abstract String getId();

  /** What is to be done; may be confidential. */
  @NotBlank
  public abstract String getDescription();

  @Value.Default
  public FollowUpKind getKind() {
    return FollowUpKind.ACTION_STEP;
  }

  /** The id of the partner who owns the item; empty when nobody took it. */
  public abstract Optional<@NonBlank String> getOwner();

  public abstract Optional<LocalDate> getDue();

  @Value.Default
  public FollowUpStatus getStatus() {
    return FollowUpStatus.OPEN;
  }

  /** When a done item was done. */
  public abstract Optional<LocalDate> getDoneOn();

  /** The id of the meeting the item came from. */
  public abstract Optional<@NonBlank String> getFromMeeting();

  public boolean isOpen() {
    return getStatus() == FollowUpStatus.OPEN;
  }

  public static ImmutableFollowUp.Builder builder() {
    return ImmutableFollowUp.builder();
  }

  @Value.Check
  protected void check() {
    ModelValidation.check(this);
  }
}
