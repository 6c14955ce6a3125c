/**
 * The facts the rules read, and the {@link io.github.mentoring.rules.facts.Findings} global they
 * report through. This is the vocabulary of a DRL file: each fact holds values computed once in
 * Java (days since, counts, flags), so that a rule is a few comparisons with policy thresholds.
 *
 * <p>A DRL file starts with:
 * <pre>
 * import io.github.mentoring.rules.facts.*;
 * global io.github.mentoring.rules.facts.Findings findings;
 * global io.github.mentoring.rules.Policy policy;
 * </pre>
 */
package io.github.mentoring.rules.facts;
