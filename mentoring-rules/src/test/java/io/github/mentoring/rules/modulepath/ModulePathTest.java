package io.github.mentoring.rules.modulepath;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The library works as named modules, not only on the class path the other tests use: a JVM of
 * its own runs {@link ModulePathMain} with the main classes of core and rules and their
 * dependencies on the module path, so that a missing {@code requires}, an export the API needs or
 * a resource the module hides fails here.
 */
class ModulePathTest {

  // Test-only jars stay on the class path: they are no part of what a user's program resolves.
  private static final Pattern TEST_ONLY = Pattern.compile(
      "junit|opentest4j|apiguardian|assertj|byte-buddy|archunit|jazzer|surefire|test-classes"
          + "|-tests\\.jar|slf4j-simple");

  @Test
  void aHealthCheckRunsWithTheLibraryOnTheModulePath() throws IOException, InterruptedException {
    String classPath = System.getProperty("surefire.test.class.path",
        System.getProperty("java.class.path"));
    List<String> entries = Stream.of(classPath.split(Pattern.quote(File.pathSeparator)))
        .filter(e -> !e.isBlank()).toList();
    String modulePath = entries.stream().filter(e -> !TEST_ONLY.matcher(e).find())
        .collect(Collectors.joining(File.pathSeparator));
    String testPath = entries.stream().filter(e -> TEST_ONLY.matcher(e).find())
        .collect(Collectors.joining(File.pathSeparator));
    assertThat(modulePath).as("the main classes are on the module path").contains("classes");

    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "--module-path", modulePath,
        "--add-modules", "io.github.mentoring.rules",
        "-cp", testPath,
        "-Dslf4j.internal.verbosity=ERROR",
        ModulePathMain.class.getName()));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();

    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output).contains("module io.github.mentoring.rules")
        .contains("finding program.quiet")
        .contains("status AT_RISK");
  }
}
