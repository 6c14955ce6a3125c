package io.github.mentoring.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.mentoring.core.validation.InvalidModelException;
import io.github.mentoring.core.validation.Violation;
import org.assertj.core.api.ListAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * AssertJ helpers for builds the model must refuse.
 *
 * <pre>{@code
 * assertRefused("Meeting", () -> meeting.withActualMinutes(-5))
 *     .containsExactly(violation("actualMinutes", "must be greater than or equal to 0"));
 * }</pre>
 */
public final class ModelAssertions {

  private ModelAssertions() {}

  /** The refusal of a build; fails the test if the build succeeds or throws something else. */
  public static InvalidModelException refusal(ThrowingCallable build) {
    InvalidModelException refused = catchThrowableOfType(InvalidModelException.class, build);
    assertThat(refused).as("the build should have been refused").isNotNull();
    return refused;
  }

  /**
   * Asserts that a build of {@code type} (e.g. {@code "Relationship"}) is refused, and returns an
   * assertion on its violations (sorted by path, then message).
   */
  public static ListAssert<Violation> assertRefused(String type, ThrowingCallable build) {
    InvalidModelException refused = refusal(build);
    assertThat(refused.type()).as("the type that refused the build").isEqualTo(type);
    return assertThat(refused.violations()).as(refused.getMessage());
  }

  /** A violation, for {@code containsExactly(...)}. */
  public static Violation violation(String path, String message) {
    return new Violation(path, message);
  }
}
