package io.github.mentoring.core.model;

import io.github.mentoring.core.internal.ModelValidation;
import io.github.mentoring.core.validation.Consistent;
import io.github.mentoring.core.validation.NonBlank;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The written agreement of a formal relationship. Every element is optional in the type so that
 * the rules can name each one that is missing.
 */
@Value.Immutable
@Consistent
public abstract sealed class Agreement implements WithAgreement
    permits ImmutableAgreement {

  /** Extended only by the generated implementation: every Agreement comes from its builder, validated. */
  Agreement() {}

  /** What the mentee wants to achieve through the relationship. */
  public abstract Optional<@NonBlank String> getObjective();

  /** How the partners meet: in person, phone, video, email, chat, or a mix. */
  public abstract Set<Channel> getMeetingFormats();

  /** How often the partners meet, e.g. {@code P1W}, {@code P2W} or {@code P1M}. */
  public abstract Optional<Period> getMeetingFrequency();

  /** How long the relationship is meant to last, e.g. {@code P6M}. */
  public abstract Optional<Period> getPlannedLength();

  /** The agreed last day of the formal relationship. */
  public abstract Optional<LocalDate> getPlannedEnd();

  /** What the partners will do if either wants to end early. */
  public abstract Optional<@NonBlank String> getEarlyEndingPlan();

  /** When each partner is usually free to meet. */
  public abstract List<Availability> getAvailability();

  /** The agreed length of one meeting, in minutes. */
  public abstract Optional<@Positive Integer> getMeetingMinutes();

  public abstract Optional<CancellationPolicy> getCancellation();

  public abstract Optional<AgendaPolicy> getAgenda();

  /** How confidential information is handled, in the partners' words. */
  public abstract Optional<@NonBlank String> getConfidentiality();

  public abstract Optional<Boundaries> getBoundaries();

  /** Agreed activities, e.g. role-playing an interview or attending a networking event. */
  public abstract List<@NotBlank String> getActivities();

  /** Agreed topics to work through. */
  public abstract List<@NotBlank String> getTopics();

  /**
   * The agreed meeting rhythm in days (a month counts as 30 days, a year as 365), if a frequency
   * was agreed.
   */
  public Optional<Integer> meetingIntervalDays() {
    return getMeetingFrequency().map(Agreement::approximateDays);
  }

  /** A period's length in days, counting a month as 30 days and a year as 365. */
  public static int approximateDays(Period period) {
    return period.getYears() * 365 + period.getMonths() * 30 + period.getDays();
  }

  /** A new, empty builder of {@link Agreement}. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Agreement}. It has one method per value, named after it without its {@code get}
   * or {@code is} (lists also have {@code add*} and {@code addAll*}), each returning this builder;
   * {@code from(Agreement)} starts from the values of an existing one. {@code build()} returns the
   * {@code Agreement} or throws one {@link
   * io.github.mentoring.core.validation.InvalidModelException} listing every violation.
   */
  public static final class Builder extends ImmutableAgreement.Builder {
    Builder() {}
  }

  @Value.Check
  protected void check() {
    ModelValidation.check(this);
  }
}
