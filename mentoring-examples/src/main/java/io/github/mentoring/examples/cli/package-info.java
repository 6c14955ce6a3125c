/**
 * The {@code mentoring} command line ({@link io.github.mentoring.examples.cli.MentoringCli}):
 * {@code check}, {@code rules}, {@code scenarios} and {@code serve}.
 */
package io.github.mentoring.examples.cli;
