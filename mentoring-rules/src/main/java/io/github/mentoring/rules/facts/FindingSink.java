package io.github.mentoring.rules.facts;

import io.github.mentoring.rules.RuleInfo;
import io.github.mentoring.rules.Subject;

/**
 * Where the findings about one relationship go during one check: every fact {@link FactBuilder}
 * builds for the relationship holds its sink, and {@link Findings#raise} hands it what a rule
 * found about the fact. The health check's engine implements it (one per relationship and check);
 * rule authors never see one.
 *
 * <p>Not API for callers: it exists so that the facts need nothing from the engine, and may change
 * in any release. Confined to the thread that checks the relationship.
 */
public interface FindingSink {

  /** The id of the relationship whose findings this gathers. */
  String relationshipId();

  /**
   * Takes one finding.
   *
   * @param rule the metadata of the rule that found it
   * @param subject what it is about (the fact's subject, shared by the fact's findings)
   * @param message what is wrong, in plain words
   * @param advice what the partners can do next
   * @param evidence key, value, key, value, ... exactly as the rule gave them: the array may be
   *     the caller's and reused, so the sink copies what it keeps
   */
  void add(RuleInfo rule, Subject subject, String message, String advice, Object[] evidence);

  /**
   * Takes one finding worded by the rule's {@code @message} and {@code @advice} templates from its
   * evidence, when the finding's wording is first read.
   *
   * @param rule the metadata of the rule that found it, with both templates
   * @param subject what it is about (the fact's subject, shared by the fact's findings)
   * @param evidence key, value, key, value, ... exactly as the rule gave them (hidden keys
   *     included): the array may be the caller's and reused, so the sink copies what it keeps
   */
  void add(RuleInfo rule, Subject subject, Object[] evidence);
}
