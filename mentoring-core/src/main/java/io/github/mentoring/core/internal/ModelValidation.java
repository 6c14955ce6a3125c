package io.github.mentoring.core.internal;

import io.github.mentoring.core.validation.InvalidModelException;
import io.github.mentoring.core.validation.Violation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Set;

/** Runs Bean Validation on a freshly built model object and refuses it with every violation. */
public final class ModelValidation {

  // One factory for the JVM: building it is expensive, using it is thread-safe.
  private static final Validator VALIDATOR;

  static {
    ValidatorFactory factory = Validation.buildDefaultValidatorFactory();
    VALIDATOR = factory.getValidator();
  }

  private ModelValidation() {}

  /**
   * Validates an object, nested values included.
   *
   * @throws InvalidModelException listing every violation, if there is any
   */
  public static void check(Object value) {
    Set<ConstraintViolation<Object>> found = VALIDATOR.validate(value);
    if (!found.isEmpty()) {
      List<Violation> violations = found.stream()
          .map(v -> new Violation(v.getPropertyPath().toString(), v.getMessage()))
          .distinct()
          .toList();
      throw new InvalidModelException(modelName(value.getClass()), violations);
    }
  }

  private static String modelName(Class<?> type) {
    String name = type.getSimpleName();
    return name.startsWith("Immutable") ? name.substring("Immutable".length()) : name;
  }
}
