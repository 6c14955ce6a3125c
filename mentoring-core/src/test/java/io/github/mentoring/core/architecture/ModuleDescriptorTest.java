package io.github.mentoring.core.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mentoring.core.model.Relationship;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Exports;
import java.lang.module.ModuleDescriptor.Opens;
import java.lang.module.ModuleDescriptor.Requires;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The core is a named module that exports its model and validation and nothing else. The tests
 * run on the class path, so the compiled descriptor is read from the main classes and checked
 * against the packages they hold.
 */
class ModuleDescriptorTest {

  private static final String CORE = "io.github.mentoring.core";

  private static Path mainClasses;
  private static ModuleDescriptor descriptor;

  @BeforeAll
  static void readTheCompiledDescriptor() throws IOException, URISyntaxException {
    mainClasses = Path.of(Relationship.class.getProtectionDomain().getCodeSource().getLocation()
        .toURI());
    try (InputStream in = Files.newInputStream(mainClasses.resolve("module-info.class"))) {
      // the packages are the ones the main classes hold, as a module jar would list them
      descriptor = ModuleDescriptor.read(in, ModuleDescriptorTest::packagesOfTheMainClasses);
    }
  }

  @Test
  void theCoreIsANamedModuleThatExportsOnlyTheModelAndItsValidation() {
    assertThat(descriptor.name()).isEqualTo(CORE);
    assertThat(descriptor.isAutomatic()).isFalse();
    assertThat(descriptor.isOpen()).as("a module open as a whole has no boundary").isFalse();
    assertThat(descriptor.exports()).allSatisfy(e -> assertThat(e.isQualified())
        .as("%s is exported to everyone or not at all", e.source()).isFalse());
    assertThat(descriptor.exports().stream().map(Exports::source))
        .containsExactlyInAnyOrder(CORE + ".model", CORE + ".validation");
  }

  @Test
  void theInternalPackageIsInTheModuleButOpenOnlyToTheValidator() {
    assertThat(descriptor.packages()).contains(CORE + ".internal");
    Map<String, Set<String>> opens = descriptor.opens().stream()
        .collect(Collectors.toMap(Opens::source, Opens::targets));
    assertThat(opens).containsOnly(
        Map.entry(CORE + ".model", Set.of("org.hibernate.validator")),
        Map.entry(CORE + ".internal", Set.of("org.hibernate.validator")));
  }

  @Test
  void aUserOfTheModelReadsBeanValidationAndNothingElseThroughIt() {
    Set<String> transitive = descriptor.requires().stream()
        .filter(r -> r.modifiers().contains(Requires.Modifier.TRANSITIVE))
        .map(Requires::name).collect(Collectors.toSet());
    assertThat(transitive).containsExactly("jakarta.validation");
    Set<String> compileOnly = descriptor.requires().stream()
        .filter(r -> r.modifiers().contains(Requires.Modifier.STATIC))
        .map(Requires::name).collect(Collectors.toSet());
    assertThat(compileOnly).as("the annotation processor is not needed at run time")
        .containsExactly("org.immutables.value");
  }

  @Test
  void everyPackageOfTheCoreIsEitherExportedOrInternal() {
    // A new package must be decided on: published in the descriptor, or kept internal.
    Set<String> exported = descriptor.exports().stream().map(Exports::source)
        .collect(Collectors.toSet());
    assertThat(descriptor.packages()).allSatisfy(p -> assertThat(
        exported.contains(p) || p.equals(CORE + ".internal") || p.startsWith(CORE + ".internal."))
        .as("%s is neither exported nor internal", p).isTrue());
  }

  private static Set<String> packagesOfTheMainClasses() {
    try (var files = Files.walk(mainClasses)) {
      return files.filter(f -> f.toString().endsWith(".class"))
          .map(f -> mainClasses.relativize(f.getParent()).toString()
              .replace(f.getFileSystem().getSeparator(), "."))
          .filter(p -> !p.isEmpty())
          .collect(Collectors.toSet());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
