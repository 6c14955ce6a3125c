package io.github.mentoring.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Control and other non-printing characters from input never reach the terminal raw: ids,
 * names, descriptions, file names and error messages are printed with them escaped.
 */
class TerminalTextTest {

  private static final String ESC = "\u001b";
  private static final String RLO = "\u202e";

  @Test
  void escapesControlFormatAndSeparatorCharacters() {
    assertThat(TerminalText.escape("a" + ESC + "[31mred")).isEqualTo("a\\u001b[31mred");
    assertThat(TerminalText.escape("x" + RLO + "y")).isEqualTo("x\\u202ey");
    assertThat(TerminalText.escape("line\nbreak\r\tend\u0007\u007f\u009b"))
        .isEqualTo("line\\u000abreak\\u000d\\u0009end\\u0007\\u007f\\u009b");
    assertThat(TerminalText.escape("\u2028\u2029\u200b\ufeff"))
        .isEqualTo("\\u2028\\u2029\\u200b\\ufeff");
    assertThat(TerminalText.escape("lone \ud800 surrogate")).isEqualTo("lone \\ud800 surrogate");
    assertThat(TerminalText.escapeKeepingLineBreaks("a\nb" + ESC)).isEqualTo("a\nb\\u001b");
  }

  @Test
  void leavesPrintableTextAlone() {
    String text = "Zoë Ünal – 日本語 😀 \"quoted\" \\ back";
    assertThat(TerminalText.escape(text)).isSameAs(text);
  }

  @Test
  void anEscapingWriterKeepsItsOwnLineBreaks() {
    StringWriter target = new StringWriter();
    PrintWriter out = TerminalText.escaping(new PrintWriter(target));
    out.println("one" + ESC + "\ntwo");
    out.print('\u0007');
    out.flush();

    assertThat(target.toString()).isEqualTo("one\\u001b\\u000atwo" + System.lineSeparator()
        + "\\u0007");
  }

  @Test
  void theTextReportEscapesNamesAndIds(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("program.json");
    Files.writeString(file, Files.readString(Cli.HEALTHY)
        .replaceFirst("\"name\": \"[^\"]*\"", "\"name\": \"Evil\\\\u001b[2J\\\\u202ename\"")
        .replaceFirst("\"id\": \"([^\"]*)\"", "\"id\": \"$1\\\\u001b]0;pwned\\\\u0007\""));

    Cli.Run run = Cli.run("check", file.toString());

    assertThat(run.exitCode()).as(run.toString()).isIn(MentoringCli.OK, MentoringCli.FINDINGS);
    assertThat(run.out()).contains("Evil\\u001b[2J\\u202ename", "\\u001b]0;pwned\\u0007");
    assertNoRawControl(run);
  }

  @Test
  void theJsonReportEscapesWhatTheJsonWriterLeaves(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("program.json");
    Files.writeString(file, Files.readString(Cli.HEALTHY)
        .replaceFirst("\"name\": \"[^\"]*\"", "\"name\": \"a\\\\u009b31m\\\\u202eb\\\\u001b\""));

    Cli.Run run = Cli.run("check", file.toString(), "--format", "json");

    assertNoRawControl(run);
    assertThat(CheckCommandTest.MAPPER.readTree(run.out()).get("program").stringValue())
        .isEqualTo("a\u009b31m\u202eb\u001b");
  }

  @Test
  void errorMessagesEscapeFileNamesFieldNamesAndOptionValues(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("bad" + ESC + "[1m.json");
    Files.writeString(file, "{\"formatVersion\": 1, \"name\": \"p\", \"relationships\": [], "
        + "\"evil\\u001b[2Jfield\": 1}");

    Cli.Run bad = Cli.run("check", file.toString());
    assertThat(bad.exitCode()).isEqualTo(MentoringCli.BAD_INPUT);
    assertThat(bad.err()).contains("bad\\u001b[1m.json", "evil\\u001b[2Jfield");
    assertNoRawControl(bad);

    Cli.Run option = Cli.run("check", "--as-of", "2026" + ESC + "[2J");
    assertThat(option.exitCode()).isEqualTo(MentoringCli.BAD_INPUT);
    assertThat(option.err()).contains("\\u001b[2J");
    assertNoRawControl(option);

    Cli.Run unknown = Cli.run("check", "--evil" + RLO);
    assertThat(unknown.exitCode()).isEqualTo(MentoringCli.BAD_INPUT);
    assertNoRawControl(unknown);
  }

  @Test
  void scenarioOutputEscapesDescriptions(@TempDir Path dir) throws Exception {
    Path scenario = dir.resolve("evil.scenario.json");
    Files.writeString(scenario, """
        {
          "description": "looks fine\\u001b[2K\\rPASS  all good",
          "asOf": "2026-04-15",
          "relationship": {
            "id": "r1", "mentor": {"id": "ada"}, "mentee": {"id": "ben"},
            "kind": "formal", "phase": "active", "startDate": "2026-01-05"
          },
          "expectNoFire": ["program.quiet-quarter"]
        }
        """);
    Files.copy(Cli.DESIGNER_RULES.resolve("program-rules.drl"), dir.resolve("program-rules.drl"));

    Cli.Run run = Cli.run("scenarios", dir.toString());

    assertThat(run.out()).contains("looks fine\\u001b[2K\\u000dPASS  all good");
    assertNoRawControl(run);
  }

  @Test
  void anAsOfOutsideTheRangeIsBadInput() {
    for (String day : new String[] {"+999999999-12-31", "0001-01-01", "3000-01-01"}) {
      Cli.Run run = Cli.run("check", Cli.HEALTHY.toString(), "--as-of", day);

      assertThat(run.exitCode()).as(run.toString()).isEqualTo(MentoringCli.BAD_INPUT);
      assertThat(run.err()).contains("--as-of: must lie between 1900-01-01 and 2999-12-31");
    }
  }

  /** No character that does not print, except the line breaks between lines. */
  private static void assertNoRawControl(Cli.Run run) {
    String all = (run.out() + run.err()).replace(System.lineSeparator(), "").replace("\n", "");
    assertThat(all.codePoints().filter(TerminalText::isNonPrinting).toArray())
        .as(run.toString()).isEmpty();
  }
}
