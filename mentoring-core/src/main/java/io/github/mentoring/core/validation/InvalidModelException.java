package io.github.mentoring.core.validation;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a model object would break its constraints. Lists every violation, sorted by path,
 * so a caller can fix all of them at once. The object was not built.
 */
public class InvalidModelException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String type;
  private final transient List<Violation> violations;

  public InvalidModelException(String type, List<Violation> violations) {
    super(describe(type, violations));
    this.type = type;
    this.violations = violations.stream().sorted().toList();
  }

  /** The simple name of the type that could not be built, e.g. {@code Relationship}. */
  public String type() {
    return type;
  }

  /** Every violation, sorted by path then message; never empty. */
  public List<Violation> violations() {
    return violations;
  }

  private static String describe(String type, List<Violation> violations) {
    return "Invalid " + type + " (" + violations.size()
        + (violations.size() == 1 ? " violation" : " violations") + "):"
        + violations.stream().sorted().map(v -> "\n  - " + v).collect(Collectors.joining());
  }
}
