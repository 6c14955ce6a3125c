package io.github.mentoring.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.junit.jupiter.api.Test;

/**
 * Every value of the model comes from its builder, validated: each value type is sealed and
 * permits only the final class Immutables generates for it, so no one can hand the model a part
 * written by hand that skipped its checks. That is why the model validates each object once, when
 * it is built, and a relationship does not validate its meetings, goals and other parts again.
 */
class SealedModelTest {

  @Test
  void everyValueTypeIsSealedAndPermitsOnlyItsGeneratedImplementation() {
    List<Class<?>> valueTypes = valueTypes();
    assertThat(valueTypes).as("value types found").hasSizeGreaterThan(20)
        .contains(Relationship.class, Meeting.class, Partner.class, SmartGoal.class,
            FollowUp.class, Closure.class, Agreement.class);
    for (Class<?> type : valueTypes) {
      assertThat(type.isSealed()).as(type.getSimpleName() + " is sealed").isTrue();
      Set<String> permitted = Set.of(type.getPermittedSubclasses()).stream()
          .map(Class::getName).collect(Collectors.toSet());
      String generated = type.getPackageName() + ".Immutable" + type.getSimpleName();
      assertThat(permitted).as("the subclasses " + type.getSimpleName() + " permits")
          .containsExactly(generated);
      for (Class<?> implementation : type.getPermittedSubclasses()) {
        assertThat(Modifier.isFinal(implementation.getModifiers()))
            .as(implementation.getSimpleName() + " is final").isTrue();
      }
    }
  }

  @Test
  void aPartBuiltWrongNeverReachesARelationship() {
    // The only way to a meeting is its builder, and the builder refuses a broken one: there is
    // no invalid meeting for a relationship to hold.
    assertThat(Meeting.class.getPermittedSubclasses()).hasSize(1);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Meeting.builder().id("m1")
            .scheduledAt(Fixtures.at(1, 10)).status(MeetingStatus.SCHEDULED).actualMinutes(-5)
            .build())
        .isInstanceOf(io.github.mentoring.core.validation.InvalidModelException.class)
        .hasMessageContaining("actualMinutes");
  }

  /** The abstract classes of the model package that Immutables implements. */
  private static List<Class<?>> valueTypes() {
    return new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .withImportOption(location -> !location.contains("/test-classes/"))
        .importPackages(Meeting.class.getPackageName()).stream()
        .filter(c -> c.getPackageName().equals(Meeting.class.getPackageName()))
        .filter(c -> c.isAnnotatedWith(Value.Immutable.class))
        .map(JavaClass::reflect)
        .collect(Collectors.toList());
  }
}
