package io.github.mentoring.examples.report.html;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import gg.jte.output.WriterOutput;
import io.github.mentoring.core.model.Relationship;
import io.github.mentoring.rules.Category;
import io.github.mentoring.rules.HealthCheck;
import io.github.mentoring.rules.ProgramReport;
import java.io.Writer;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * A program's health as one self-contained HTML page: the summary and its trend as charts, a row
 * per relationship (worst first) with its status, a timeline of its meetings against the agreed
 * rhythm and the planned end, and its findings with evidence, advice and when each began;
 * filters by status, category and person; the check date and the rule set. Styles, script and
 * charts (inline SVG) are inside the page, so it opens without a network and can be mailed or
 * archived as one file.
 *
 * <p>The page is laid out by a jte template ({@code src/main/jte/report.jte}), compiled to Java
 * at build time (no template is compiled at run time); every text reaches it through jte's HTML
 * escaping, so that a name such as {@code <script>} shows as text. It shows ids, names, dates,
 * statuses and the rules' own words only, never notes, feedback, reasons or other confidential
 * text of the model.
 *
 * <p>The trend and the day each finding began come from the check replayed weekly up to the
 * check date ({@link #DEFAULT_WEEKS} weeks), each week knowing only what was dated by then.
 *
 * <pre>{@code
 * ProgramReport report = healthCheck.checkAll(relationships, asOf);
 * String html = HtmlReport.write(healthCheck, relationships, report, "Spring cohort", List.of());
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class HtmlReport {

  /** The weeks of history the page shows, the check date's included. */
  public static final int DEFAULT_WEEKS = 12;

  /** The media type of the page. */
  public static final String MEDIA_TYPE = "text/html; charset=utf-8";

  private static final String TEMPLATE = "report.jte";

  /** The package of the template classes (jte-maven-plugin's packageName in the pom). */
  private static final String TEMPLATES = "io.github.mentoring.examples.report.html.templates";

  // Loads the classes the build generated from the templates; it never compiles one.
  private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(null,
      ContentType.Html, HtmlReport.class.getClassLoader(), TEMPLATES);

  private HtmlReport() {}

  /**
   * The page of a program's check, with a trend of {@link #DEFAULT_WEEKS} weeks.
   *
   * @param healthCheck the rules the report was made with, replayed for the history
   * @param relationships the relationships checked
   * @param report their report, possibly limited to some categories
   * @param programName the program's name, or null
   * @param only the categories the report was limited to; empty for all
   * @return the page, a complete HTML document
   */
  public static String write(HealthCheck healthCheck, Collection<Relationship> relationships,
      ProgramReport report, String programName, Collection<Category> only) {
    return write(healthCheck, relationships, report, programName, only, DEFAULT_WEEKS);
  }

  /**
   * The page of a program's check, with a trend of {@code weeks} weekly checks up to the check
   * date (the check date's included).
   */
  public static String write(HealthCheck healthCheck, Collection<Relationship> relationships,
      ProgramReport report, String programName, Collection<Category> only, int weeks) {
    StringOutput output = new StringOutput();
    ENGINE.render(TEMPLATE, page(healthCheck, relationships, report, programName, only, weeks),
        output);
    return output.toString();
  }

  /** As {@link #write(HealthCheck, Collection, ProgramReport, String, Collection)}, to a writer. */
  public static void write(Writer out, HealthCheck healthCheck,
      Collection<Relationship> relationships, ProgramReport report, String programName,
      Collection<Category> only) {
    ENGINE.render(TEMPLATE, page(healthCheck, relationships, report, programName, only,
        DEFAULT_WEEKS), new WriterOutput(out));
  }

  /**
   * The page as the template sees it.
   *
   * @param weeks the weekly checks the trend shows, the check date's included; at least 1
   */
  public static ReportPage page(HealthCheck healthCheck, Collection<Relationship> relationships,
      ProgramReport report, String programName, Collection<Category> only, int weeks) {
    Objects.requireNonNull(healthCheck, "healthCheck");
    Objects.requireNonNull(relationships, "relationships");
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(only, "only");
    if (weeks < 1) {
      throw new IllegalArgumentException("a trend has at least one week, was " + weeks);
    }
    WeeklyHistory history = WeeklyHistory.replay(healthCheck, relationships, report.asOf(),
        weeks, only);
    return PageBuilder.build(report, List.copyOf(relationships), programName, only,
        healthCheck.catalogue(), history);
  }

  /** Lays out a page that was worked out already. */
  public static String render(ReportPage page) {
    StringOutput output = new StringOutput();
    ENGINE.render(TEMPLATE, Objects.requireNonNull(page, "page"), output);
    return output.toString();
  }
}
