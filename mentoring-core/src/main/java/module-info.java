/**
 * The domain model of a mentoring relationship and its validation.
 *
 * <p>Only {@code model} and {@code validation} are exported; {@code internal} (the validators
 * and the validation bootstrap) is not. Hibernate Validator is the one library that reaches in
 * reflectively: it reads the package-private implementations Immutables generates and creates
 * the constraint validators of {@code internal}, so both packages are opened to it alone.
 */
module io.github.mentoring.core {
  // @Consistent names jakarta.validation.Payload; every model type carries constraints
  requires transitive jakarta.validation;
  // @DurationMin, and the provider that ModelValidation bootstraps
  requires org.hibernate.validator;
  // the provider's messages are interpolated with Jakarta EL: reading the API here puts it in
  // the module graph, and with it the implementation (Expressly) that provides its factory
  requires jakarta.el;
  // Immutables' annotations are read at compile time only (its processor runs from the
  // compiler's processor path)
  requires static org.immutables.value;

  exports io.github.mentoring.core.model;
  exports io.github.mentoring.core.validation;

  opens io.github.mentoring.core.model to org.hibernate.validator;
  opens io.github.mentoring.core.internal to org.hibernate.validator;
}
