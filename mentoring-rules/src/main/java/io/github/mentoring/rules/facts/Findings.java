package io.github.mentoring.rules.facts;

import io.github.mentoring.rules.RuleInfo;
import java.util.function.Function;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The DRL global {@code findings}: how a rule's consequence reports what it found. The rule's id,
 * category and severity come from its own metadata, so a consequence only says what is wrong,
 * what to do, and the evidence.
 *
 * <pre>
 * then
 *     findings.raise(drools, $r,
 *         "No meeting for " + $r.getDaysWithoutMeeting() + " days.",
 *         "Agree a date for the next meeting.",
 *         "daysWithoutMeeting", $r.getDaysWithoutMeeting());
 * </pre>
 *
 * <p>Evidence is given as key, value pairs; values should be dates, counts, ids or flags, never the
 * text of notes or feedback. Thread-safe: one instance serves every session of a health check.
 */
public final class Findings {

  private final Function<Rule, RuleInfo> metadata;

  /** Made by the health check, which knows every loaded rule's metadata. */
  public Findings(Function<Rule, RuleInfo> metadata) {
    this.metadata = metadata;
  }

  /**
   * Reports a finding about a fact's subject.
   *
   * @param drools the rule context ({@code drools} in a consequence)
   * @param about the fact the finding is about
   * @param message what is wrong, in plain words
   * @param advice what the partners can do next
   * @param evidence key, value, key, value, ...
   * @throws IllegalArgumentException if the evidence is not key, value pairs
   */
  public void raise(RuleContext drools, Fact about, String message, String advice,
      Object... evidence) {
    // The fact's sink makes the finding: evidence is normalized and kept where the map behind
    // Finding.evidence() lives, with no copy beyond the one array it keeps.
    about.sink().add(metadata.apply(drools.getRule()), about.sharedSubject(), message, advice,
        evidence);
  }
}
