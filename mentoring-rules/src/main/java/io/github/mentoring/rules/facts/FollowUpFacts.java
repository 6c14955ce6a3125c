package io.github.mentoring.rules.facts;

import io.github.mentoring.core.model.FollowUp;
import io.github.mentoring.core.model.FollowUpKind;
import io.github.mentoring.core.model.FollowUpStatus;
import io.github.mentoring.core.model.PartnerRole;
import io.github.mentoring.core.model.Relationship;
import io.github.mentoring.rules.Subject;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * One per follow-up still open on the check date (items done or dropped by then can flag nothing,
 * so they are not inserted): its owner's role, due date and how many days it is overdue.
 */
public final class FollowUpFacts extends Fact {

  private final String followUpId;
  private final FollowUpKind kind;
  private final FollowUpStatus status;
  private final PartnerRole ownerRole;
  private final LocalDate due;
  private final int daysOverdue;
  private final String fromMeeting;

  /** Built by {@link FactBuilder}. */
  FollowUpFacts(FindingSink sink, Relationship relationship, FollowUp followUp,
      LocalDate asOf) {
    super(sink, relationship.getPhase(), relationship.isFormal());
    this.followUpId = followUp.getId();
    this.kind = followUp.getKind();
    this.status = followUp.getStatus();
    this.ownerRole = relationship.roleOf(followUp.getOwner().orElse(null)).orElse(null);
    this.due = followUp.getDue().orElse(null);
    this.daysOverdue = due != null && due.isBefore(asOf)
        ? (int) ChronoUnit.DAYS.between(due, asOf) : 0;
    this.fromMeeting = followUp.getFromMeeting().orElse(null);
  }

  public String getFollowUpId() {
    return followUpId;
  }

  /** Action step, or information, resource or contact the mentor promised. */
  public FollowUpKind getKind() {
    return kind;
  }

  /**
   * A short label of the kind for messages: "action step", "promised information", "promised
   * resource" or "promised contact".
   */
  public String getKindLabel() {
    return switch (kind) {
      case ACTION_STEP -> "action step";
      case INFORMATION -> "promised information";
      case RESOURCE -> "promised resource";
      case CONTACT -> "promised contact";
    };
  }

  public FollowUpStatus getStatus() {
    return status;
  }

  /**
   * Whether the item was still open on the check date (done or dropped later counts as open
   * then): always true, as only such items are built (see {@code Snapshot#isOpen}); rules say
   * {@code open} so that they read as what they judge.
   */
  public boolean isOpen() {
    return true;
  }

  /** The owner's role, or null when nobody owns the item. */
  public PartnerRole getOwnerRole() {
    return ownerRole;
  }

  public boolean isOwned() {
    return ownerRole != null;
  }

  /** The due date, or null. */
  public LocalDate getDue() {
    return due;
  }

  public boolean isDated() {
    return due != null;
  }

  /** Days past due for an item not done by the check date; 0 when not overdue. */
  public int getDaysOverdue() {
    return daysOverdue;
  }

  /** The id of the meeting it came from, or null. */
  public String getFromMeeting() {
    return fromMeeting;
  }

  /** A short label of the owner for messages: "the mentor", "the mentee" or "nobody". */
  public String getOwnerLabel() {
    return ownerRole == null ? "nobody" : "the " + ownerRole.name().toLowerCase(Locale.ROOT);
  }

  @Override
  public Subject subject() {
    return new Subject(Subject.Kind.FOLLOW_UP, followUpId);
  }
}
