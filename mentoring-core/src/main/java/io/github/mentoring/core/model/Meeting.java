package io.github.mentoring.core.model;

import io.github.mentoring.core.internal.ModelValidation;
import io.github.mentoring.core.validation.Consistent;
import io.github.mentoring.core.validation.NonBlank;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A meeting, planned or past. Who cancelled and when, or who did not show, is kept only for
 * meetings with that status; notes are confidential and never leave the model through the rules.
 */
@Value.Immutable
@Consistent
public abstract sealed class Meeting implements WithMeeting
    permits ImmutableMeeting {

  /** Extended only by the generated implementation: every Meeting comes from its builder, validated. */
  Meeting() {}

  @NotBlank
  public abstract String getId();

  /** When the meeting was (or is) planned to start. */
  @NotNull
  public abstract LocalDateTime getScheduledAt();

  /** When a held meeting actually started, if different from the plan. */
  public abstract Optional<LocalDateTime> getActualStart();

  public abstract Optional<Channel> getFormat();

  public abstract Optional<@Positive Integer> getPlannedMinutes();

  /** How long a held meeting lasted. */
  public abstract Optional<@PositiveOrZero Integer> getActualMinutes();

  @NotNull
  public abstract MeetingStatus getStatus();

  /** Who cancelled a cancelled meeting. */
  public abstract Optional<PartnerRole> getCancelledBy();

  /** When a cancelled meeting was called off. */
  public abstract Optional<LocalDateTime> getCancelledAt();

  /** Who did not come to a no-show meeting. */
  public abstract Optional<PartnerRole> getNoShowBy();

  public abstract Optional<Agenda> getAgenda();

  /** The end-of-conversation check of a held meeting. */
  public abstract Optional<ConversationCheck> getWrapUp();

  /**
   * The id of the cancelled meeting this one replaces: a cancelled meeting of the same
   * relationship, scheduled before this one.
   */
  public abstract Optional<@NonBlank String> getReplaces();

  /** Confidential notes. */
  public abstract Optional<String> getNotes();

  /** The day the meeting took (or takes) place. Computed once: rules ask for it often. */
  @Value.Lazy
  public LocalDate date() {
    return getActualStart().orElse(getScheduledAt()).toLocalDate();
  }

  /** The notice a cancellation gave: from the moment it was called off to the planned start. */
  public Optional<Duration> cancellationNotice() {
    return getCancelledAt().map(at -> Duration.between(at, getScheduledAt()));
  }

  public boolean isHeld() {
    return getStatus() == MeetingStatus.HELD;
  }

  /** Cancelled or missed: a meeting that was planned and did not happen. */
  public boolean isMissed() {
    return getStatus() == MeetingStatus.CANCELLED || getStatus() == MeetingStatus.NO_SHOW;
  }

  /** A new, empty builder of {@link Meeting}. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Meeting}. It has one method per value, named after it without its {@code get}
   * or {@code is} (lists also have {@code add*} and {@code addAll*}), each returning this builder;
   * {@code from(Meeting)} starts from the values of an existing one. {@code build()} returns the
   * {@code Meeting} or throws one {@link io.github.mentoring.core.validation.InvalidModelException}
   * listing every violation.
   */
  public static final class Builder extends ImmutableMeeting.Builder {
    Builder() {}
  }

  @Value.Check
  protected void check() {
    ModelValidation.check(this);
  }
}
