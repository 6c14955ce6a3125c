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
public abstract sealed class FollowUp implements WithFollowUp
    permits ImmutableFollowUp {

  /** Extended only by the generated implementation: every FollowUp comes from its builder, validated. */
  FollowUp() {}

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

  /** When a done item was done; a {@linkplain FollowUpStatus#DONE done} item must have it. */
  public abstract Optional<LocalDate> getDoneOn();

  /**
   * When a {@linkplain FollowUpStatus#DROPPED dropped} item was closed on purpose without doing
   * it, when known. Only a dropped item has one: an item is done or dropped, never both.
   */
  public abstract Optional<LocalDate> getDroppedOn();

  /** The id of the meeting the item came from. */
  public abstract Optional<@NonBlank String> getFromMeeting();

  public boolean isOpen() {
    return getStatus() == FollowUpStatus.OPEN;
  }

  /** The day the item was closed, done or dropped, when known. */
  public Optional<LocalDate> closedOn() {
    return getDoneOn().or(this::getDroppedOn);
  }

  /** A new, empty builder of {@link FollowUp}. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link FollowUp}. It has one method per value, named after it without its {@code get}
   * or {@code is} (lists also have {@code add*} and {@code addAll*}), each returning this builder;
   * {@code from(FollowUp)} starts from the values of an existing one. {@code build()} returns the
   * {@code FollowUp} or throws one {@link
   * io.github.mentoring.core.validation.InvalidModelException} listing every violation.
   */
  public static final class Builder extends ImmutableFollowUp.Builder {
    Builder() {}
  }

  @Value.Check
  protected void check() {
    ModelValidation.check(this);
  }
}
