package io.github.mentoring.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code mentoring check -} reads the program from standard input, as a pipe would give it. */
class CheckFromStandardInputTest {

  @Test
  void aProgramPipedInIsCheckedLikeTheSameFile() throws Exception {
    byte[] minimal = Files.readAllBytes(Path.of(CheckCommandTest.MINIMAL));

    Cli.Run piped = Cli.runWithInput(minimal, "check", "-");
    Cli.Run fromFile = Cli.run("check", CheckCommandTest.MINIMAL);

    assertThat(piped.exitCode()).as(piped.toString()).isEqualTo(MentoringCli.FINDINGS);
    assertThat(piped.out()).contains("as of 2026-04-15").isEqualTo(fromFile.out());
    assertThat(piped.err()).isEmpty();
  }

  @Test
  void aVersion1ProgramPipedInStillReads() throws Exception {
    byte[] healthy = Files.readAllBytes(Cli.HEALTHY);

    Cli.Run run = Cli.runWithInput(healthy, "check", "-", "--format", "json");

    assertThat(new String(healthy, StandardCharsets.UTF_8)).contains("\"formatVersion\": 1");
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(MentoringCli.OK);
    assertThat(run.out()).contains("\"formatVersion\"");
  }

  @Test
  void aBrokenProgramOnStandardInputIsNamedAsSuchAndNothingIsChecked() {
    byte[] broken = """
        {"formatVersion": 2, "name": "p", "relationships": [{"id": "r1"}]}"""
        .getBytes(StandardCharsets.UTF_8);

    Cli.Run run = Cli.runWithInput(broken, "check", "-");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(MentoringCli.BAD_INPUT);
    assertThat(run.err()).contains("standard input: $.relationships[0].mentor")
        .contains("nothing was checked");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void emptyStandardInputIsReportedNotCheckedAsTheSample() {
    Cli.Run run = Cli.runWithInput(new byte[0], "check", "-");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(MentoringCli.BAD_INPUT);
    assertThat(run.err()).contains("standard input: $");
    assertThat(run.out()).doesNotContain("engineering and product");
  }
}
