/**
 * Spring Boot auto-configuration of a mentoring {@link io.github.mentoring.rules.HealthCheck}
 * from {@code mentoring.*} properties ({@link io.github.mentoring.spring.boot.MentoringProperties}).
 */
package io.github.mentoring.spring.boot;
