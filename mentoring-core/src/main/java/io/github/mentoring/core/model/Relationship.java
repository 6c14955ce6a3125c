package io.github.mentoring.core.model;

import io.github.mentoring.core.internal.ModelValidation;
import io.github.mentoring.core.validation.Consistent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A mentoring relationship between a mentor and a mentee, from preparation to closure.
 *
 * <p>Immutable and validated: {@link #builder()} refuses inconsistent input (a planned end before
 * the start, a follow-up owned by someone who is not a partner, a held meeting after the record
 * date, ...) with one {@link io.github.mentoring.core.validation.InvalidModelException} listing
 * every violation. Derived views such as {@link #heldMeetingsInOrder()} are computed once, on
 * first use, from the stored values. Instances are safe to share between threads.
 *
 * <pre>{@code
 * Relationship r = Relationship.builder()
 *     .id("r-1")
 *     .mentor(Partner.of("ada"))
 *     .mentee(Partner.of("ben"))
 *     .kind(RelationshipKind.FORMAL)
 *     .phase(Phase.ACTIVE)
 *     .startDate(LocalDate.of(2026, 1, 5))
 *     .plannedEnd(LocalDate.of(2026, 6, 30))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@Consistent
public abstract sealed class Relationship implements WithRelationship
    permits ImmutableRelationship {

  /** Extended only by the generated implementation: every Relationship comes from its builder, validated. */
  Relationship() {}

  // Shared answers of roleOf: checks ask it for every follow-up.
  private static final Optional<PartnerRole> AS_MENTOR = Optional.of(PartnerRole.MENTOR);
  private static final Optional<PartnerRole> AS_MENTEE = Optional.of(PartnerRole.MENTEE);

  private static final Comparator<Meeting> CHRONOLOGICAL =
      Comparator.comparing(Meeting::getScheduledAt).thenComparing(Meeting::getId);

  @NotBlank
  public abstract String getId();

  // The parts (partners, agreement, goals, meetings...) are model objects, validated when each
  // was built: no @Valid cascade validates them again (see ModelValidation.check).
  @NotNull
  public abstract Partner getMentor();

  @NotNull
  public abstract Partner getMentee();

  @NotNull
  public abstract RelationshipKind getKind();

  @NotNull
  public abstract Phase getPhase();

  @NotNull
  public abstract LocalDate getStartDate();

  /** The planned last day; when empty, the agreement's planned end applies (see {@link #plannedEndDate()}). */
  public abstract Optional<LocalDate> getPlannedEnd();

  /** The day the formal relationship actually ended. */
  public abstract Optional<LocalDate> getActualEnd();

  /**
   * The day the current phase began, when known: not before the start date nor after the record
   * date. Rules give grace periods from it, e.g. after entering closing.
   */
  public abstract Optional<LocalDate> getPhaseSince();

  /**
   * The early end, if a partner asked to end the formal relationship before its planned end: who
   * raised it, when, how, and why.
   */
  public abstract Optional<EarlyEnd> getEarlyEnd();

  public abstract Optional<Preparation> getMentorPreparation();

  public abstract Optional<Preparation> getMenteePreparation();

  public abstract Optional<Agreement> getAgreement();

  public abstract List<SmartGoal> getGoals();

  public abstract Optional<Roadmap> getRoadmap();

  public abstract List<Meeting> getMeetings();

  public abstract List<FollowUp> getFollowUps();

  public abstract List<ProgressUpdate> getProgressUpdates();

  public abstract Optional<Closure> getClosure();

  /**
   * The day this record was last brought up to date. Nothing in it (a held meeting, a done
   * follow-up, an update) may lie after that day.
   */
  public abstract Optional<LocalDate> getRecordedOn();

  /**
   * Whether it ends, or ended, before the planned end: whether an {@link #getEarlyEnd() early end}
   * is recorded. Until {@link #getActualEnd()} is set the relationship is still winding down.
   */
  public boolean isEndedEarly() {
    return getEarlyEnd().isPresent();
  }

  /** The planned end: the relationship's own, else the agreement's. */
  public Optional<LocalDate> plannedEndDate() {
    return getPlannedEnd().or(() -> getAgreement().flatMap(Agreement::getPlannedEnd));
  }

  /** All meetings by scheduled time (then id), whatever their order in the input. */
  @Value.Lazy
  public List<Meeting> meetingsInOrder() {
    return getMeetings().stream().sorted(CHRONOLOGICAL).toList();
  }

  /** Held meetings, oldest first. */
  @Value.Lazy
  public List<Meeting> heldMeetingsInOrder() {
    return meetingsInOrder().stream().filter(Meeting::isHeld).toList();
  }

  /** The most recent held meeting. */
  public Optional<Meeting> lastHeldMeeting() {
    List<Meeting> held = heldMeetingsInOrder();
    return held.isEmpty() ? Optional.empty() : Optional.of(held.get(held.size() - 1));
  }

  /** Follow-ups still open, in input order. */
  public List<FollowUp> openFollowUps() {
    return getFollowUps().stream().filter(FollowUp::isOpen).toList();
  }

  /** Goals still being worked on. Worked out once: every check asks for them. */
  @Value.Lazy
  public List<SmartGoal> activeGoals() {
    return getGoals().stream().filter(SmartGoal::isActive).toList();
  }

  /** The partner in a role. */
  public Partner partner(PartnerRole role) {
    return role == PartnerRole.MENTOR ? getMentor() : getMentee();
  }

  /** The role of the partner with this id, if either partner has it. */
  public Optional<PartnerRole> roleOf(String partnerId) {
    if (getMentor().getId().equals(partnerId)) {
      return AS_MENTOR;
    }
    if (getMentee().getId().equals(partnerId)) {
      return AS_MENTEE;
    }
    return Optional.empty();
  }

  /** A partner's preparation. */
  public Optional<Preparation> preparationOf(PartnerRole role) {
    return role == PartnerRole.MENTOR ? getMentorPreparation() : getMenteePreparation();
  }

  public boolean isFormal() {
    return getKind() == RelationshipKind.FORMAL;
  }

  /** A new, empty builder of {@link Relationship}. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Relationship}. It has one method per value, named after it without its {@code
   * get} or {@code is} (lists also have {@code add*} and {@code addAll*}), each returning this
   * builder; {@code from(Relationship)} starts from the values of an existing one. {@code build()}
   * returns the {@code Relationship} or throws one {@link
   * io.github.mentoring.core.validation.InvalidModelException} listing every violation.
   */
  public static final class Builder extends ImmutableRelationship.Builder {
    Builder() {}
  }

  @Value.Check
  protected void check() {
    ModelValidation.check(this);
  }
}
