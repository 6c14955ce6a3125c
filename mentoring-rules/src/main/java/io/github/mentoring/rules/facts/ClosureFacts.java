package io.github.mentoring.rules.facts;

import io.github.mentoring.core.model.Closure;
import io.github.mentoring.core.model.Relationship;
import io.github.mentoring.core.model.Resolution;
import io.github.mentoring.rules.Subject;
import java.time.LocalDate;

/** One per relationship whose closure has started: which of the joint closure steps are done. */
public final class ClosureFacts extends Fact {

  private final LocalDate startedOn;
  private final int remainingWork;
  private final int unresolvedWork;
  private final boolean bothContinue;
  private final boolean continuationPlanned;
  private final boolean acknowledged;
  private final boolean contactPlanned;
  private final boolean payItForwardPlanned;

  /** Built by {@link FactBuilder}. */
  ClosureFacts(FindingSink sink, Relationship relationship, Closure closure) {
    super(sink, relationship.getPhase(), relationship.isFormal());
    this.startedOn = closure.getStartedOn();
    this.remainingWork = closure.getRemainingWork().size();
    this.unresolvedWork = (int) closure.getRemainingWork().stream()
        .filter(w -> w.getResolution() == Resolution.UNRESOLVED).count();
    this.bothContinue = closure.bothContinue();
    this.continuationPlanned = closure.getContinuation().isPresent();
    this.acknowledged = closure.isAcknowledged();
    // A contact plan that names no final conversation, no channel and no updates says nothing.
    this.contactPlanned = closure.getContactPlan()
        .filter(p -> p.getFinalConversationOn().isPresent() || !p.getChannels().isEmpty()
            || p.isSharesUpdates())
        .isPresent();
    this.payItForwardPlanned = closure.getPayItForward().filter(t -> !t.isBlank()).isPresent();
  }

  /**
   * When the closing conversation started; never after the check date, since a closure started
   * later is not known yet then.
   */
  public LocalDate getStartedOn() {
    return startedOn;
  }

  /** Items of remaining work listed at closure. */
  public int getRemainingWork() {
    return remainingWork;
  }

  /** Of those, how many are neither completed nor closed on purpose. */
  public int getUnresolvedWork() {
    return unresolvedWork;
  }

  /** Whether both partners want to go on informally. */
  public boolean isBothContinue() {
    return bothContinue;
  }

  /** Whether expectations for going on (frequency, agenda, focus) were set. */
  public boolean isContinuationPlanned() {
    return continuationPlanned;
  }

  /** Whether the partners acknowledged what they learned and said thank you. */
  public boolean isAcknowledged() {
    return acknowledged;
  }

  /**
   * Whether the partners agreed how to stay in touch: a final conversation, contact channels or
   * the mentee's updates on promotions and moves.
   */
  public boolean isContactPlanned() {
    return contactPlanned;
  }

  /** Whether the mentee said how they mean to pass on what they gained. */
  public boolean isPayItForwardPlanned() {
    return payItForwardPlanned;
  }

  @Override
  public Subject subject() {
    return new Subject(Subject.Kind.CLOSURE, getRelationshipId());
  }
}
