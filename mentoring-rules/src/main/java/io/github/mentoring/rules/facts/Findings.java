package io.github.mentoring.rules.facts;

import io.github.mentoring.rules.RuleInfo;
import java.util.function.Function;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The DRL global {@code findings}: how a rule's consequence reports what it found. The rule's id,
 * category, severity and wording come from its own metadata, so a consequence only names the
 * evidence:
 *
 * <pre>
 * rule "Quiet"
 *     &#64;id("program.quiet") ...
 *     &#64;message("No meeting for {daysWithoutMeeting} days.")
 *     &#64;advice("Agree a date for the next meeting.")
 * when ...
 * then
 *     findings.report(drools, $r, "daysWithoutMeeting", $r.getDaysWithoutMeeting());
 * end
 * </pre>
 *
 * <p>Evidence is given as key, value pairs with the keys written as quoted strings; values should
 * be dates, counts, ids or flags, never the text of notes or feedback. A key that begins with an
 * underscore ({@code "_ownerLabel"}) fills the wording but is left out of the finding's evidence.
 * A rule that declares a critical level ({@code @critical}, with {@code @criticalDescription},
 * {@code @criticalMessage} and {@code @criticalAdvice}) gives {@code "_critical", true} for a
 * finding at that level, which then takes the critical id, severity and wording: a
 * warning/critical pair is written as one rule.
 * The older {@link #raise} takes the message and advice as text made in the consequence. See
 * {@link io.github.mentoring.rules.MessageTemplate} for the placeholders. Thread-safe: one
 * instance serves every session of a health check.
 */
public final class Findings {

  private final Function<Rule, RuleInfo> metadata;
  private final Function<Rule, RuleInfo> critical;

  /** Made by the health check, which knows every loaded rule's metadata. */
  public Findings(Function<Rule, RuleInfo> metadata) {
    this(metadata, rule -> null);
  }

  /**
   * Made by the health check, which knows every loaded rule's metadata.
   *
   * @param metadata a rule's own level; null when that level is disabled
   * @param critical the critical level a rule escalates to ({@code @critical}); null when it has
   *     none or it is disabled
   */
  public Findings(Function<Rule, RuleInfo> metadata, Function<Rule, RuleInfo> critical) {
    this.metadata = metadata;
    this.critical = critical;
  }

  /**
   * Reports a finding about a fact's subject, worded by the rule's {@code @message} and
   * {@code @advice} templates filled from the evidence.
   *
   * @param drools the rule context ({@code drools} in a consequence)
   * @param about the fact the finding is about
   * @param evidence key, value, key, value, ...; keys that begin with an underscore only fill
   *     the wording
   * @throws IllegalArgumentException if the evidence is not key, value pairs
   * @throws IllegalStateException if the rule has no {@code @message} (the health check's build
   *     refuses such a rule)
   */
  public void report(RuleContext drools, Fact about, Object... evidence) {
    RuleInfo rule = level(drools.getRule(), evidence);
    if (rule == null) {
      return; // this level of the rule is disabled
    }
    // Worded when the finding's message or advice is first read: many callers only count.
    about.sink().add(rule, about.sharedSubject(), evidence);
  }

  /**
   * Reports a finding about a person ({@link PersonFacts}), worded by the rule's {@code @message}
   * and {@code @advice} templates as {@link #report(RuleContext, Fact, Object...)} words one
   * about a relationship.
   *
   * @throws IllegalArgumentException if the evidence is not key, value pairs
   * @throws IllegalStateException if the rule has no {@code @message}
   */
  public void report(RuleContext drools, PersonFacts about, Object... evidence) {
    RuleInfo rule = level(drools.getRule(), evidence);
    if (rule != null) {
      about.sink().add(rule, about.subject(), evidence);
    }
  }

  /** The level a finding is reported at; null when that level is disabled. */
  private RuleInfo level(Rule fired, Object[] evidence) {
    RuleInfo rule = metadata.apply(fired);
    if (escalates(evidence)) {
      RuleInfo level = critical.apply(fired);
      rule = level != null ? level : rule;
    }
    if (rule != null && (rule.message() == null || rule.advice() == null)) {
      throw new IllegalStateException("rule " + rule.id() + " reports with findings.report but"
          + " has no @message and @advice");
    }
    return rule;
  }

  /** Whether the evidence holds {@code "_critical", true}: the finding is at the critical level. */
  private static boolean escalates(Object[] evidence) {
    for (int i = 0; i + 1 < evidence.length; i += 2) {
      if ("_critical".equals(evidence[i])) {
        return Boolean.TRUE.equals(evidence[i + 1]);
      }
    }
    return false;
  }

  /**
   * Reports a finding about a fact's subject, with its wording made in the consequence: the older
   * form, kept for designer files that use it ({@link #report} with {@code @message} and
   * {@code @advice} templates is the current one).
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
    RuleInfo rule = metadata.apply(drools.getRule());
    if (rule != null) {
      about.sink().add(rule, about.sharedSubject(), message, advice, evidence);
    }
  }
}
