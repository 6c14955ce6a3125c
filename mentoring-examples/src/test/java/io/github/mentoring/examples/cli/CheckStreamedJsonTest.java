package io.github.mentoring.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mentoring check FILE --format json} reads, judges and writes a program file relationship
 * by relationship; a coordinator must get exactly the report the whole-file path gives (standard
 * input still takes that path), and nothing at all when any part of the file is wrong.
 */
class CheckStreamedJsonTest {

  static final Path SAMPLE = Path.of("src/main/resources/samples/sample-program.json");

  @Test
  void aFileStreamedGivesTheReportAndExitCodeOfTheWholeFilePath() throws Exception {
    byte[] sample = Files.readAllBytes(SAMPLE);

    Cli.Run streamed = Cli.run("check", SAMPLE.toString(), "--format", "json");
    Cli.Run whole = Cli.runWithInput(sample, "check", "-", "--format", "json");

    assertThat(streamed.exitCode()).as(streamed.toString()).isEqualTo(MentoringCli.FINDINGS)
        .isEqualTo(whole.exitCode());
    assertThat(streamed.out()).contains("\"rel-gita-hugo\"").isEqualTo(whole.out());
    assertThat(streamed.err()).isEmpty();
  }

  @Test
  void onlyAndFailOnApplyToTheStreamedReportAsToTheWholeOne() throws Exception {
    byte[] sample = Files.readAllBytes(SAMPLE);
    String[] options = {"--format", "json", "--only", "agreement-gap", "--fail-on", "critical"};

    Cli.Run streamed = Cli.run(concat(new String[] {"check", SAMPLE.toString()}, options));
    Cli.Run whole = Cli.runWithInput(sample, concat(new String[] {"check", "-"}, options));

    assertThat(streamed.exitCode()).as(streamed.toString()).isEqualTo(whole.exitCode());
    assertThat(streamed.out()).isEqualTo(whole.out()).contains("\"category\": \"agreement-gap\"")
        .doesNotContain("\"category\": \"fizzling\"");
  }

  @Test
  void aBrokenRelationshipLateInTheFileLeavesNoReportButEveryProblemWithItsPath(
      @TempDir Path dir) throws Exception {
    String sample = Files.readString(SAMPLE, StandardCharsets.UTF_8);
    // The last relationship's mentor loses its id: found only after 16 have been judged.
    int last = sample.lastIndexOf("\"mentor\": { \"id\": \"");
    String broken = sample.substring(0, last) + "\"mentor\": { \"nid\": \""
        + sample.substring(last + "\"mentor\": { \"id\": \"".length());
    Path file = dir.resolve("broken.json");
    Files.writeString(file, broken, StandardCharsets.UTF_8);

    Cli.Run run = Cli.run("check", file.toString(), "--format", "json");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(MentoringCli.BAD_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("nothing was checked")
        .contains(file + ": $.relationships[16].mentor");
  }

  @Test
  void aFileThatGivesItsDateAfterItsRelationshipsIsJudgedAsOfThatDate(@TempDir Path dir)
      throws Exception {
    String sample = Files.readString(SAMPLE, StandardCharsets.UTF_8);
    String moved = sample.replaceFirst("\\s*\"asOf\": \"2026-11-27\",", "")
        .replaceFirst("\\}\\s*$", ",\n  \"asOf\": \"2026-11-27\"\n}\n");
    assertThat(moved.indexOf("\"asOf\"")).isGreaterThan(moved.indexOf("\"relationships\""));
    Path file = dir.resolve("date-last.json");
    Files.writeString(file, moved, StandardCharsets.UTF_8);

    Cli.Run run = Cli.run("check", file.toString(), "--format", "json");
    Cli.Run expected = Cli.run("check", SAMPLE.toString(), "--format", "json");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(expected.exitCode());
    assertThat(run.out()).contains("\"asOf\": \"2026-11-27\"").isEqualTo(expected.out());
  }

  @Test
  void aMissingFileAndBrokenRulesAreReportedTogether(@TempDir Path dir) throws Exception {
    Path rules = dir.resolve("broken.drl");
    Files.writeString(rules, "rule \"half\" when then", StandardCharsets.UTF_8);

    Cli.Run run = Cli.run("check", dir.resolve("missing.json").toString(), "--format", "json",
        "--rules", rules.toString());

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(MentoringCli.BAD_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("missing.json: no such file").contains("broken.drl");
  }

  private static String[] concat(String[] first, String[] second) {
    String[] all = new String[first.length + second.length];
    System.arraycopy(first, 0, all, 0, first.length);
    System.arraycopy(second, 0, all, first.length, second.length);
    return all;
  }
}
