package io.github.mentoring.spring.boot;

import io.github.mentoring.rules.HealthCheck;

/**
 * Changes the builder of the auto-configured {@link HealthCheck} after the {@code mentoring.*}
 * properties are applied and before it is built, for what properties cannot say: an executor
 * for bulk checks, trusted rules written by the application's developers, a batch size.
 * Customizer beans run in their {@link org.springframework.core.annotation.Order order}.
 *
 * <pre>{@code
 * @Bean
 * HealthCheckBuilderCustomizer checksOnOurPool(ExecutorService mentoringPool) {
 *   return builder -> builder.executor(mentoringPool);
 * }
 * }</pre>
 */
@FunctionalInterface
public interface HealthCheckBuilderCustomizer {

  /** Changes the builder; called once, on the thread that starts the application context. */
  void customize(HealthCheck.Builder builder);
}
