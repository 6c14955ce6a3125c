package io.github.mentoring.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code mentoring check --format html}: the report as one page on standard output. */
class CheckHtmlTest {

  private static long count(String regex, String text) {
    return Pattern.compile(regex).matcher(text).results().count();
  }

  @Test
  void theSampleIsWrittenAsOnePageWithARowPerRelationship() {
    Cli.Run run = Cli.run("check", "--format", "html");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(MentoringCli.FINDINGS);
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).startsWith("<!DOCTYPE html>").endsWith("</html>\n")
        .contains("<time id=\"as-of\" datetime=\"2026-11-27\">");
    assertThat(count("<tbody class=\"relationship\"", run.out())).isEqualTo(17);
  }

  @Test
  void aCheckLimitedToOneCategoryShowsThatCategoryOnly() {
    Cli.Run run = Cli.run("check", "--format", "html", "--only", "pending-closure",
        "--as-of", "2026-11-27");

    assertThat(run.err()).isEmpty();
    assertThat(run.out()).contains("Only these categories: <span id=\"only\">pending-closure");
    assertThat(count("data-category=\"(?!pending-closure)", run.out())).isZero();
    assertThat(count("data-category=\"pending-closure\"", run.out())).isPositive();
  }

  @Test
  void theTrendShowsAsManyWeeksAsAskedForEndingOnTheCheckDate() {
    Cli.Run run = Cli.run("check", "--format", "html", "--history", "4");

    assertThat(run.err()).isEmpty();
    assertThat(count("<g class=\"week\" data-date=", run.out())).isEqualTo(4);
    assertThat(run.out()).contains("<g class=\"week\" data-date=\"2026-11-06\"")
        .contains("<g class=\"week\" data-date=\"2026-11-27\"");
  }

  @Test
  void theHelpNamesTheHtmlFormat() {
    assertThat(Cli.run("check", "--help").out().replaceAll("\\s+", " "))
        .contains("or html (one self-contained page: charts of the program and its last 12 "
            + "weeks");
  }
}
