/**
 * A small test kit for rule authors: {@link io.github.mentoring.rules.testkit.RuleVerifier} checks
 * that a rule fires, or does not, for a relationship as of a date. Framework-neutral.
 */
package io.github.mentoring.rules.testkit;
