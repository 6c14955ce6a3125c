/**
 * The health-check API: build a {@link io.github.mentoring.rules.HealthCheck} once, then judge
 * relationships as of a date and read each {@link io.github.mentoring.rules.HealthReport}.
 */
package io.github.mentoring.rules;
