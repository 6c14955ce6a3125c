package io.github.mentoring.rules.facts;

import io.github.mentoring.core.model.GoalStatus;
import io.github.mentoring.core.model.ProgressCheck;
import io.github.mentoring.core.model.Relationship;
import io.github.mentoring.core.model.SmartGoal;
import io.github.mentoring.core.model.Snapshot;
import io.github.mentoring.rules.Subject;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * One per goal still pursued on the check date (goals set later, and goals achieved or dropped by
 * then, are not inserted): how it reads against
 * the SMART letters, as measured in Java with the policy's phrase lists, and how its progress was
 * followed.
 */
public final class GoalFacts extends Fact {

  private final String goalId;
  private final GoalStatus status;
  private final boolean measure;
  private final LocalDate targetDate;
  private final LocalDate plannedEnd;
  private final int daysPastTarget;
  private final boolean servesObjective;
  private final int relationshipDays;
  private final int daysSinceSet;
  private final SmartGoal goal;
  private final LocalDate asOf;
  private final Snapshot known;
  private final GoalText reader;
  // Read or counted when a rule first asks: goal rules judge two phases only. A fact lives in one
  // session on one thread, so plain fields do.
  private GoalText.Reading reading;
  private int progressChecks = -1;
  private int daysSinceLastCheck;

  /** Built by {@link FactBuilder}. */
  GoalFacts(FindingSink sink, Snapshot known, SmartGoal goal, LocalDate plannedEnd,
      GoalText reader) {
    super(sink, known.relationship().getPhase(), known.relationship().isFormal());
    Relationship relationship = known.relationship();
    LocalDate asOf = known.day();
    this.known = known;
    this.goalId = goal.getId();
    this.status = goal.getStatus();
    this.reader = reader;
    this.measure = goal.getMeasure().isPresent();
    this.targetDate = goal.getTargetDate().orElse(null);
    this.plannedEnd = plannedEnd;
    this.daysPastTarget = targetDate != null && targetDate.isBefore(asOf)
        ? (int) ChronoUnit.DAYS.between(targetDate, asOf) : 0;
    this.servesObjective = goal.getServesObjective().isPresent();
    this.goal = goal;
    this.asOf = asOf;
    this.relationshipDays = (int) ChronoUnit.DAYS.between(relationship.getStartDate(), asOf);
    this.daysSinceSet = (int) ChronoUnit.DAYS.between(
        goal.getSetOn().orElse(relationship.getStartDate()), asOf);
  }

  public String getGoalId() {
    return goalId;
  }

  public GoalStatus getStatus() {
    return status;
  }

  /**
   * Whether the goal was still being pursued on the check date (neither achieved nor dropped by
   * then). Only such goals are inserted, so this is true of every goal fact.
   */
  public boolean isPursued() {
    return known.isPursued(goal);
  }

  /** Words in the statement. */
  public int getWords() {
    return reading().words();
  }

  /** The first vague phrase of the policy found in the statement, or "" if none. */
  public String getVaguePhrase() {
    return reading().vaguePhrase();
  }

  public boolean isVague() {
    return !reading().vaguePhrase().isEmpty();
  }

  /** Whether a separate measure was written down. */
  public boolean isMeasure() {
    return measure;
  }

  /** Whether the statement itself holds a number or an observable outcome. */
  public boolean isMeasurableStatement() {
    return reading().measurable();
  }

  /** The target date, or null. */
  public LocalDate getTargetDate() {
    return targetDate;
  }

  public boolean isTimeBound() {
    return targetDate != null;
  }

  /** The relationship's planned end, or null. */
  public LocalDate getPlannedEnd() {
    return plannedEnd;
  }

  /** Whether the target date falls after the relationship's planned end. */
  public boolean isTargetAfterPlannedEnd() {
    return targetDate != null && plannedEnd != null && targetDate.isAfter(plannedEnd);
  }

  /** Days since the target date passed; 0 if it has not. */
  public int getDaysPastTarget() {
    return daysPastTarget;
  }

  /** Whether the goal says how it serves the relationship's objective. */
  public boolean isServesObjective() {
    return servesObjective;
  }

  /** Progress checks made on or before the check date. */
  public int getProgressChecks() {
    countChecks();
    return progressChecks;
  }

  /** Days since the last progress check, or -1 if never checked. */
  public int getDaysSinceLastCheck() {
    countChecks();
    return daysSinceLastCheck;
  }

  private void countChecks() {
    if (progressChecks >= 0) {
      return;
    }
    int checks = 0;
    LocalDate lastCheck = null;
    for (ProgressCheck check : known.checksOf(goal)) {
      LocalDate day = check.getDate();
      checks++;
      if (lastCheck == null || day.isAfter(lastCheck)) {
        lastCheck = day;
      }
    }
    daysSinceLastCheck = lastCheck == null ? -1 : (int) ChronoUnit.DAYS.between(lastCheck, asOf);
    progressChecks = checks;
  }

  /** Days the relationship has run as of the check date. */
  public int getRelationshipDays() {
    return relationshipDays;
  }

  /**
   * Days since the goal was set, as of the check date: from its set date, or from the start of the
   * relationship when that is not known.
   */
  public int getDaysSinceSet() {
    return daysSinceSet;
  }

  /** The day the goal was set, or null if not known. */
  public LocalDate getSetOn() {
    return goal.getSetOn().orElse(null);
  }

  private GoalText.Reading reading() {
    if (reading == null) {
      reading = reader.read(goal.getStatement());
    }
    return reading;
  }

  @Override
  public Subject subject() {
    return new Subject(Subject.Kind.GOAL, goalId);
  }
}
