package io.github.mentoring.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The core is a plain, validated model: it knows no rules engine, no JSON library and no logging
 * implementation, and its main code never reaches into the test fixtures. The first rules hold
 * for the main classes and the published test fixtures alike, the last ones for the main classes
 * alone. Its public API is sealed: the classes Immutables generates and the internal package are
 * implementation details that no public signature names.
 */
class ArchitectureTest {

  private static final String CORE = "io.github.mentoring.core";

  /** The prefix of the implementation classes Immutables generates (see the model's style). */
  private static final String GENERATED_PREFIX = "Immutable";

  /** Main and test classes of the core: what ships in the jar and in the test jar. */
  private static JavaClasses everything;

  /** The main classes of the core only. */
  private static JavaClasses mainOnly;

  @BeforeAll
  static void importClasses() {
    // Classes outside the core are judged by name; resolving them from the class path would
    // import half of the JDK and of the test libraries. Scoped to this thread, so that the
    // setting does not leak into other tests.
    ArchConfiguration.withThreadLocalScope(config -> {
      config.setResolveMissingDependenciesFromClassPath(false);
      everything = new ClassFileImporter().importPackages(CORE);
      mainOnly = new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          // the predefined option knows target/test-classes only, not -Dbuild.dir.name=...
          .withImportOption(location -> !location.contains("/test-classes/"))
          .importPackages(CORE);
    });
  }

  @Test
  void theCoreKnowsNoRulesEngine() {
    noClasses().that().resideInAPackage(CORE + "..")
        .should().dependOnClassesThat().resideInAnyPackage("org.drools..", "org.kie..")
        .because("the rules live in mentoring-rules; the model must stay usable without them")
        .check(everything);
  }

  @Test
  void theCoreKnowsNoJsonLibrary() {
    noClasses().that().resideInAPackage(CORE + "..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "com.fasterxml..", "tools.jackson..", "com.google.gson..", "jakarta.json..",
            "javax.json..", "org.json..")
        .because("reading and writing JSON is the business of the modules around the core")
        .check(everything);
  }

  @Test
  void theCoreLeavesTheChoiceOfLoggingImplementationToItsUsers() {
    noClasses().that().resideInAPackage(CORE + "..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "ch.qos.logback..", "org.apache.logging.log4j.core..", "org.slf4j.simple..",
            "org.slf4j.impl..")
        .because("a library does not choose how its users log")
        .check(everything);
  }

  @Test
  void theInternalsServeOnlyTheModelAndItsValidation() {
    classes().that().resideInAPackage(CORE + ".internal..")
        .should().onlyHaveDependentClassesThat().resideInAnyPackage(
            CORE + ".internal..", CORE + ".model..", CORE + ".validation..")
        .because("internal is not part of the API and may change in any release")
        .check(everything);
  }

  @Test
  void theModelNeverReachesIntoTheTestingPackage() {
    noClasses().that().resideInAPackage(CORE + "..")
        .should().dependOnClassesThat().resideInAPackage(CORE + ".testing..")
        .because("the generators ship in the test jar only")
        .check(mainOnly);
  }

  @Test
  void theMainCodeUsesNoTestLibrary() {
    noClasses().that().resideInAPackage(CORE + "..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.junit..", "org.assertj..", "com.tngtech.archunit..", "org.slf4j..")
        .because("test libraries are not on a user's class path")
        .check(mainOnly);
  }

  @Test
  void theMainCodeNeedsNothingButTheJdkAndBeanValidation() {
    classes().that().resideInAPackage(CORE + "..")
        .should().onlyDependOnClassesThat().resideInAnyPackage(
            CORE + "..", "java..", "javax.annotation.processing..", "jakarta.validation..",
            "org.hibernate.validator.constraints..", "org.immutables.value..")
        .because("the core's types should pull in nothing but Bean Validation")
        .check(mainOnly);
  }

  @Test
  void theImportSawBothTheModelAndTheFixtures() {
    assertThat(everything.containPackage(CORE + ".testing")).isTrue();
    assertThat(mainOnly.containPackage(CORE + ".testing")).isFalse();
    assertThat(mainOnly.contain(CORE + ".model.Relationship")).isTrue();
  }

  @Test
  void theGeneratedImplementationsAreNotPublic() {
    noClasses().that().resideInAPackage(CORE + "..").and().arePublic()
        .should().haveSimpleNameStartingWith(GENERATED_PREFIX)
        .because("the model is used through its abstract types, their builders and with* copies;"
            + " Immutables' classes may change with any version of the generator")
        .check(mainOnly);
  }

  @Test
  void noPublicSignatureNamesAGeneratedOrInternalClass() {
    classes().that(areVisibleOutsideTheirPackage()).and().resideOutsideOfPackage("..internal..")
        .and().resideInAPackage("io.github.mentoring..")
        .should(exposeNoGeneratedOrInternalClass())
        .because("a user who can only name the published types must be able to call, extend and"
            + " document every public method and field")
        .check(mainOnly);
  }

  @Test
  void theGeneratedImplementationsAndTheirBuildersAreThereToBeHidden() {
    // Guards the rules above against passing because nothing was generated or imported.
    JavaClass meeting = mainOnly.get(CORE + ".model.ImmutableMeeting");
    assertThat(meeting.getModifiers()).doesNotContain(JavaModifier.PUBLIC);
    assertThat(mainOnly.get(CORE + ".model.Meeting$Builder").getRawSuperclass())
        .map(JavaClass::getName).contains(CORE + ".model.ImmutableMeeting$Builder");
  }

  /** Public classes whose enclosing classes, if any, are public as well. */
  private static DescribedPredicate<JavaClass> areVisibleOutsideTheirPackage() {
    return DescribedPredicate.describe("are visible outside their package",
        ArchitectureTest::isVisibleOutsideItsPackage);
  }

  private static boolean isVisibleOutsideItsPackage(JavaClass type) {
    if (!type.getModifiers().contains(JavaModifier.PUBLIC)) {
      return false;
    }
    Optional<JavaClass> enclosing = type.getEnclosingClass();
    return enclosing.isEmpty() || isVisibleOutsideItsPackage(enclosing.get());
  }

  /**
   * The public supertypes of a public class (type arguments included), and every public or
   * protected method, constructor and field it offers, its inherited ones included (a public builder inherits its methods from the
   * generated one): none may name a generated or an internal class in its return type, field
   * type, parameters or throws clause, type arguments included.
   */
  private static ArchCondition<JavaClass> exposeNoGeneratedOrInternalClass() {
    return new ArchCondition<>("expose no generated or internal class in a public signature") {
      @Override
      public void check(JavaClass type, ConditionEvents events) {
        List<JavaType> supertypes = new ArrayList<>(type.getInterfaces());
        type.getSuperclass().ifPresent(supertypes::add);
        // A package-private supertype is no part of the signature: Java and Javadoc fold its
        // public members into the public class (those are checked below), and no user can name
        // it. That is how each public X.Builder extends the generated ImmutableX.Builder.
        Set<String> hiddenSupertypes = supertypes.stream()
            .flatMap(t -> t.getAllInvolvedRawTypes().stream())
            .filter(t -> isHidden(t) && t.getBaseComponentType().getModifiers()
                .contains(JavaModifier.PUBLIC))
            .map(JavaClass::getName)
            .collect(Collectors.toCollection(TreeSet::new));
        if (!hiddenSupertypes.isEmpty()) {
          events.add(SimpleConditionEvent.violated(type, type.getName() + " extends or implements "
              + hiddenSupertypes));
        }
        List<JavaMember> members = new ArrayList<>();
        members.addAll(type.getAllMethods());
        members.addAll(type.getConstructors());
        members.addAll(type.getAllFields());
        for (JavaMember member : members) {
          if (!isOffered(member)) {
            continue;
          }
          Set<String> hidden = signatureOf(member).stream()
              .filter(ArchitectureTest::isHidden)
              .map(JavaClass::getName)
              .collect(Collectors.toCollection(TreeSet::new));
          if (!hidden.isEmpty()) {
            events.add(SimpleConditionEvent.violated(member, type.getName() + " offers "
                + member.getFullName() + ", which names " + hidden));
          }
        }
      }
    };
  }

  private static boolean isOffered(JavaMember member) {
    Set<JavaModifier> modifiers = member.getModifiers();
    return !member.getOwner().isEquivalentTo(Object.class)
        && (modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED));
  }

  private static List<JavaClass> signatureOf(JavaMember member) {
    List<JavaType> types = new ArrayList<>();
    if (member instanceof JavaCodeUnit code) {
      types.add(code.getReturnType());
      types.addAll(code.getParameterTypes());
      types.addAll(code.getThrowsClause().getTypes());
    } else if (member instanceof JavaField field) {
      types.add(field.getType());
    }
    return types.stream().flatMap(t -> t.getAllInvolvedRawTypes().stream()).toList();
  }

  /** A generated class, one nested in it (such as its builder), or an internal class. */
  private static boolean isHidden(JavaClass type) {
    JavaClass named = type.getBaseComponentType();
    // the binary name in its package: ImmutableMeeting$Builder for the generated builder
    String inPackage = named.getName().substring(named.getName().lastIndexOf('.') + 1);
    return named.getSimpleName().startsWith(GENERATED_PREFIX)
        || inPackage.startsWith(GENERATED_PREFIX)
        || named.getPackageName().contains(".internal");
  }
}
