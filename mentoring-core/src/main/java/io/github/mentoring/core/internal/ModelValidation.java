package io.github.mentoring.core.internal;

import io.github.mentoring.core.validation.InvalidModelException;
import io.github.mentoring.core.validation.Violation;
import jakarta.validation.Configuration;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Runs Bean Validation on a freshly built model object and refuses it with every violation. */
public final class ModelValidation {

  // One factory for the JVM: building it is expensive, using it is thread-safe.
  private static final Validator VALIDATOR;

  static {
    Configuration<?> configuration = Validation.byDefaultProvider().configure();
    // The model's own messages are English: keep the provider's built-in messages ("must not be
    // blank") in the same language whatever the JVM's default locale.
    configuration.messageInterpolator(
        new FixedLocaleInterpolator(configuration.getDefaultMessageInterpolator(), Locale.ENGLISH));
    ValidatorFactory factory = configuration.buildValidatorFactory();
    VALIDATOR = factory.getValidator();
  }

  private ModelValidation() {}

  /**
   * Validates an object: its own values and its cross-field rules. The model objects it holds
   * are not validated again: each was validated when it was built, and none can change or exist
   * unvalidated, so the model declares no {@code @Valid} cascade. (With one, a relationship of
   * fifty meetings had each meeting validated twice, and reading a program file spent more time
   * in validation than in anything else.)
   *
   * @throws InvalidModelException listing every violation, if there is any
   */
  public static void check(Object value) {
    Set<ConstraintViolation<Object>> found = VALIDATOR.validate(value);
    if (!found.isEmpty()) {
      List<Violation> violations = found.stream()
          .map(v -> new Violation(pathOf(v.getPropertyPath()), v.getMessage()))
          .distinct()
          .toList();
      throw new InvalidModelException(modelName(value.getClass()), violations);
    }
  }

  /**
   * A property path as the model documents it, e.g. {@code meetings[2].actualMinutes} or
   * {@code topics[0]}: the provider's synthetic names for container elements (such as
   * {@code <list element>}) are left out, their index is kept.
   */
  static String pathOf(Path path) {
    StringBuilder text = new StringBuilder();
    for (Path.Node node : path) {
      if (node.isInIterable()) {
        Object at = node.getIndex() != null ? node.getIndex() : node.getKey();
        text.append('[').append(at == null ? "" : at).append(']');
      }
      String name = node.getName();
      boolean synthetic = node.getKind() == ElementKind.CONTAINER_ELEMENT
          && name != null && name.startsWith("<");
      if (name != null && !synthetic) {
        if (text.length() > 0) {
          text.append('.');
        }
        text.append(name);
      }
    }
    return text.toString();
  }

  private static String modelName(Class<?> type) {
    String name = type.getSimpleName();
    return name.startsWith("Immutable") ? name.substring("Immutable".length()) : name;
  }

  /** Interpolates every message in one locale, so that all messages share a language. */
  private static final class FixedLocaleInterpolator implements MessageInterpolator {
    private final MessageInterpolator delegate;
    private final Locale locale;

    FixedLocaleInterpolator(MessageInterpolator delegate, Locale locale) {
      this.delegate = delegate;
      this.locale = locale;
    }

    @Override
    public String interpolate(String messageTemplate, Context context) {
      return delegate.interpolate(messageTemplate, context, locale);
    }

    @Override
    public String interpolate(String messageTemplate, Context context, Locale ignored) {
      return delegate.interpolate(messageTemplate, context, locale);
    }
  }
}
