package io.github.mentoring.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Exports;
import java.lang.module.ModuleDescriptor.Opens;
import java.lang.module.ModuleDescriptor.Requires;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rules module is a named module that exports its API, the facts rule authors match and the
 * test kit, and nothing of its engine. The tests run on the class path, so the compiled
 * descriptor is read from the main classes and checked against the packages they hold (reading
 * fails if it exports or opens a package the module does not have).
 */
class ModuleDescriptorTest {

  private static final String RULES = "io.github.mentoring.rules";

  private static Path mainClasses;
  private static ModuleDescriptor descriptor;

  @BeforeAll
  static void readTheCompiledDescriptor() throws IOException, URISyntaxException {
    mainClasses = Path.of(HealthCheck.class.getProtectionDomain().getCodeSource().getLocation()
        .toURI());
    try (InputStream in = Files.newInputStream(mainClasses.resolve("module-info.class"))) {
      descriptor = ModuleDescriptor.read(in, ModuleDescriptorTest::packagesOfTheMainClasses);
    }
  }

  @Test
  void theRulesModuleExportsTheApiTheFactsAndTheTestKitOnly() {
    assertThat(descriptor.name()).isEqualTo(RULES);
    assertThat(descriptor.isAutomatic()).isFalse();
    assertThat(descriptor.isOpen()).as("a module open as a whole has no boundary").isFalse();
    assertThat(descriptor.exports()).allSatisfy(e -> assertThat(e.isQualified())
        .as("%s is exported to everyone or not at all", e.source()).isFalse());
    assertThat(descriptor.exports().stream().map(Exports::source)).containsExactlyInAnyOrder(
        RULES, RULES + ".facts", RULES + ".testkit");
  }

  @Test
  void theInternalPackagesAreInTheModuleButNeitherExportedNorOpened() {
    Set<String> internal = descriptor.packages().stream()
        .filter(p -> p.startsWith(RULES + ".internal")).collect(Collectors.toSet());
    assertThat(internal).contains(RULES + ".internal", RULES + ".internal.sandbox");
    assertThat(descriptor.opens().stream().map(Opens::source)).doesNotContainAnyElementsOf(internal);
  }

  @Test
  void onlyTheBuiltInRulesFolderIsOpenedSoThatItsFilesCanBeReadAsResources() {
    assertThat(descriptor.opens()).allSatisfy(o -> assertThat(o.source())
        .as("opened packages hold rule files and the rules' generated classes, no API")
        .startsWith(RULES + ".drl"));
  }

  @Test
  void aUserOfTheApiReadsTheModelAndKiesApiThroughIt() {
    // HealthCheck.check takes a Relationship; Findings.report takes Drools' RuleContext
    Set<String> transitive = descriptor.requires().stream()
        .filter(r -> r.modifiers().contains(Requires.Modifier.TRANSITIVE))
        .map(Requires::name).collect(Collectors.toSet());
    assertThat(transitive).containsExactlyInAnyOrder("io.github.mentoring.core", "org.kie.api");
  }

  @Test
  void everyPackageOfTheModuleIsExportedInternalOrAFolderOfRules() {
    Set<String> exported = descriptor.exports().stream().map(Exports::source)
        .collect(Collectors.toSet());
    assertThat(descriptor.packages()).allSatisfy(p -> assertThat(exported.contains(p)
        || p.startsWith(RULES + ".internal") || isRulesPackage(p))
        .as("%s is neither exported nor internal nor rules", p).isTrue());
  }

  /**
   * The folder of the built-in DRL files, and the packages of the executable model the build
   * generates from them (the files' own packages and their sub-packages, as the index names them):
   * Drools' code, which the module neither exports nor opens.
   */
  private static boolean isRulesPackage(String p) {
    if (p.equals(RULES + ".drl")) {
      return true;
    }
    Properties index = new Properties();
    try (InputStream in = Files.newInputStream(
        mainClasses.resolve("io/github/mentoring/rules/drl/built-in-model.properties"))) {
      index.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return index.stringPropertyNames().stream().filter(k -> k.endsWith(".model"))
        .map(index::getProperty).map(m -> m.substring(0, m.lastIndexOf('.')))
        .anyMatch(model -> p.equals(model) || p.startsWith(model + "."));
  }

  private static Set<String> packagesOfTheMainClasses() {
    try (var files = Files.walk(mainClasses)) {
      return files.filter(Files::isRegularFile)
          .map(f -> mainClasses.relativize(f).getParent())
          .filter(p -> p != null && !p.startsWith("META-INF"))
          .map(p -> p.toString().replace(p.getFileSystem().getSeparator(), "."))
          .collect(Collectors.toSet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
