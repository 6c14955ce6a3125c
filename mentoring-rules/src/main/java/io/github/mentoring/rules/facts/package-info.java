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
 *
 * <p>The facts are built here, by {@link io.github.mentoring.rules.facts.FactBuilder} (their
 * constructors are package-private), and report through a
 * {@link io.github.mentoring.rules.facts.FindingSink} the engine implements: this package depends
 * on the API and the model only, never on the engine. Those two types are for the engine, not for
 * rule authors or callers, and may change in any release.
 */
package io.github.mentoring.rules.facts;
