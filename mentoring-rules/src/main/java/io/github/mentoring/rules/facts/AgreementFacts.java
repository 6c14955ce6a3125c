package io.github.mentoring.rules.facts;

import io.github.mentoring.core.model.Agreement;
import io.github.mentoring.core.model.Relationship;
import io.github.mentoring.rules.Subject;
import io.github.mentoring.rules.internal.Judgement;

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

  /** Built by the health check. */
  public AgreementFacts(Judgement judgement, Relationship relationship, Agreement a) {
    super(judgement, relationship.getPhase(), relationship.isFormal());
    this.objective = a.getObjective().isPresent();
    this.formats = !a.getMeetingFormats().isEmpty();
    this.frequency = a.getMeetingFrequency().isPresent();
    this.length = a.getPlannedLength().isPresent() || relationship.plannedEndDate().isPresent();
    this.earlyEndingPlan = a.getEarlyEndingPlan().isPresent();
    this.availability = !a.getAvailability().isEmpty();
    this.meetingLength = a.getMeetingMinutes().isPresent();
    this.cancellation = a.getCancellation().isPresent();
    this.agendaPolicy = a.getAgenda().isPresent();
    this.confidentiality = a.getConfidentiality().isPresent();
    this.boundaries = a.getBoundaries().isPresent();
    this.activities = !a.getActivities().isEmpty() || !a.getTopics().isEmpty();
  }

  public boolean isObjectiveMissing() {
    return !objective;
  }

  public boolean isFormatsMissing() {
    return !formats;
  }

  public boolean isFrequencyMissing() {
    return !frequency;
  }

  /** A planned length or a planned end. */
  public boolean isLengthMissing() {
    return !length;
  }

  public boolean isEarlyEndingPlanMissing() {
    return !earlyEndingPlan;
  }

  public boolean isAvailabilityMissing() {
    return !availability;
  }

  public boolean isMeetingLengthMissing() {
    return !meetingLength;
  }

  public boolean isCancellationMissing() {
    return !cancellation;
  }

  public boolean isAgendaPolicyMissing() {
    return !agendaPolicy;
  }

  public boolean isConfidentialityMissing() {
    return !confidentiality;
  }

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
