package io.github.mentoring.rules.facts;

import io.github.mentoring.core.model.Agreement;
import io.github.mentoring.core.model.Relationship;
import io.github.mentoring.rules.Subject;

/** One per relationship with an agreement: which of its elements are missing. */
public final class AgreementFacts extends Fact {

  private final boolean objective;
  private final boolean formats;
  private final boolean frequency;
  private final boolean length;
  private final boolean earlyEndingPlan;
  private final boolean availability;
  private final boolean meetingLength;
  private final boolean cancellation;
  private final boolean agendaPolicy;
  private final boolean confidentiality;
  private final boolean boundaries;
  private final boolean activities;

  /** Built by {@link FactBuilder}. */
  AgreementFacts(FindingSink sink, Relationship relationship, Agreement a) {
    super(sink, relationship.getPhase(), relationship.isFormal());
    this.objective = a.getObjective().isPresent();
    this.formats = !a.getMeetingFormats().isEmpty();
    this.frequency = a.getMeetingFrequency().isPresent();
    this.length = a.getPlannedLength().isPresent() || relationship.plannedEndDate().isPresent();
    this.earlyEndingPlan = a.getEarlyEndingPlan().isPresent();
    this.availability = !a.getAvailability().isEmpty();
    this.meetingLength = a.getMeetingMinutes().isPresent();
    // A cancellation policy covers cancellations when it names a channel or a minimum notice.
    this.cancellation = a.getCancellation()
        .filter(c -> c.getChannel().isPresent() || c.getMinimumNotice().isPresent()).isPresent();
    this.agendaPolicy = a.getAgenda().isPresent();
    this.confidentiality = a.getConfidentiality().isPresent();
    // Boundaries say something when they name a role, a contact channel or contact hours.
    this.boundaries = a.getBoundaries()
        .filter(b -> b.getMentorRole().filter(t -> !t.isBlank()).isPresent()
            || b.getMenteeRole().filter(t -> !t.isBlank()).isPresent()
            || !b.getContactChannels().isEmpty()
            || b.getContactHours().filter(t -> !t.isBlank()).isPresent())
        .isPresent();
    this.activities = !a.getActivities().isEmpty() || !a.getTopics().isEmpty();
  }

  /** What the mentee wants to achieve through the relationship. */
  public boolean isObjectiveMissing() {
    return !objective;
  }

  /** How the partners meet: in person, phone, video, email, chat, or a mix. */
  public boolean isFormatsMissing() {
    return !formats;
  }

  /** How often the partners meet. */
  public boolean isFrequencyMissing() {
    return !frequency;
  }

  /** A planned length or a planned end. */
  public boolean isLengthMissing() {
    return !length;
  }

  /** What the partners will do if either wants to end early. */
  public boolean isEarlyEndingPlanMissing() {
    return !earlyEndingPlan;
  }

  /** When each partner is usually free to meet. */
  public boolean isAvailabilityMissing() {
    return !availability;
  }

  /** The length of one meeting in minutes. */
  public boolean isMeetingLengthMissing() {
    return !meetingLength;
  }

  /** How a meeting is called off: a cancellation policy naming a channel or a minimum notice. */
  public boolean isCancellationMissing() {
    return !cancellation;
  }

  /** Whether an agenda is sent ahead and whether the mentor adds to it. */
  public boolean isAgendaPolicyMissing() {
    return !agendaPolicy;
  }

  /** How confidential information is handled. */
  public boolean isConfidentialityMissing() {
    return !confidentiality;
  }

  /** Boundaries naming a role, a contact channel or contact hours. */
  public boolean isBoundariesMissing() {
    return !boundaries;
  }

  /** Agreed activities or topics. */
  public boolean isActivitiesMissing() {
    return !activities;
  }

  @Override
  public Subject subject() {
    return new Subject(Subject.Kind.AGREEMENT, getRelationshipId());
  }
}
