package io.github.mentoring.rules;

import io.github.mentoring.rules.facts.Fact;
import java.util.HashMap;
import java.util.Map;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.runtime.rule.Match;

/**
 * Watches one session call: counts the firings per relationship and the time spent, stops the
 * session when either budget is spent, and remembers which rule was firing on which relationship,
 * so that any failure can be put on the rule and relationship that caused it. Confined to the
 * thread that runs the session.
 */
final class RunawayGuard extends DefaultAgendaEventListener {

  /** Thrown out of the session when a budget is spent. */
  static final class BudgetExceeded extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BudgetExceeded(String message) {
      super(message, null, false, false);
    }
  }

  private final int firingBudget;
  private final long deadline;
  private final long budgetMillis;
  private int firings;
  // Counting per relationship starts only once the batch as a whole has fired the budget, so a
  // healthy batch pays one counter per firing; a runaway relationship is then stopped at most a
  // budget's worth of firings later.
  private Map<String, int[]> perRelationship;
  private Match firing;

  RunawayGuard(int firingBudget, long budgetMillis) {
    this.firingBudget = firingBudget;
    this.budgetMillis = budgetMillis;
    this.deadline = System.nanoTime() + budgetMillis * 1_000_000L;
  }

  @Override
  public void beforeMatchFired(BeforeMatchFiredEvent event) {
    firing = event.getMatch();
    if (++firings > firingBudget) {
      if (perRelationship == null) {
        perRelationship = new HashMap<>();
      }
      int[] count = perRelationship.computeIfAbsent(relationshipOf(firing), k -> new int[1]);
      if (++count[0] > firingBudget) {
        throw new BudgetExceeded("more than " + firingBudget + " rule firings for one"
            + " relationship (policy key engine.firing-budget)");
      }
    }
    if (System.nanoTime() - deadline > 0) {
      throw new BudgetExceeded("the rules took longer than " + budgetMillis
          + " ms (policy key engine.time-budget-millis)");
    }
  }

  @Override
  public void afterMatchFired(AfterMatchFiredEvent event) {
    firing = null;
  }

  /** The rule whose consequence was running when the session failed, or null. */
  Rule firingRule() {
    return firing == null ? null : firing.getRule();
  }

  /** The relationship that rule was firing on, or null. */
  String firingRelationship() {
    return firing == null ? null : relationshipOf(firing);
  }

  private static String relationshipOf(Match match) {
    for (Object o : match.getObjects()) {
      if (o instanceof Fact f) {
        return f.getRelationshipId();
      }
    }
    return null;
  }
}
