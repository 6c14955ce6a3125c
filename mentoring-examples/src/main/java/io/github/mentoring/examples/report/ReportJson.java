package io.github.mentoring.examples.report;

import io.github.mentoring.rules.Category;
import io.github.mentoring.rules.Finding;
import io.github.mentoring.rules.HealthReport;
import io.github.mentoring.rules.ProgramHistory;
import io.github.mentoring.rules.ProgramReport;
import io.github.mentoring.rules.ProgramSummary;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes health reports as JSON documents in the report format described by
 * {@code schemas/report.schema.json} and {@code FORMAT.md}: the format version, the check date,
 * optionally the program's name and the categories the report was limited to, a summary of
 * counts, and one report per relationship with its status and findings.
 *
 * <p>Enumeration values are spelled as in program files ({@code "needs-attention"},
 * {@code "vague-goal"}, {@code "follow-up"}), dates are ISO 8601. A single
 * {@link HealthReport} is written as a program report of one relationship, so that a reader
 * handles one shape only.
 *
 * <pre>{@code
 * ProgramReport report = healthCheck.checkAll(program.relationships(), asOf);
 * String json = ReportJson.write(report);
 * }</pre>
 *
 * <p>A report with the program's history and its people ({@link #toTree(ProgramReport, String,
 * Collection, ProgramHistory)}, {@code mentoring check --format json --history WEEKS}) is of
 * format version {@value #HISTORY_FORMAT_VERSION}: a version 1 report with {@code people} and
 * {@code history} added ({@link HistoryJson}). A report of one day stays version 1.
 *
 * <p>All methods are thread-safe.
 */
public final class ReportJson {

  /** The version of the report format written; readers should refuse versions they do not know. */
  public static final int FORMAT_VERSION = 1;

  /** The version of a report written with the program's history and people. */
  public static final int HISTORY_FORMAT_VERSION = 2;

  /** The name of the report schema, for {@code Schemas.validate}. */
  public static final String SCHEMA = "report";

  private ReportJson() {}

  /** A program report as pretty-printed JSON text ending with a line break. */
  public static String write(ProgramReport report) {
    return JsonOutput.pretty(toTree(report));
  }

  /** One relationship's report, as a program report of one, as pretty-printed JSON text. */
  public static String write(HealthReport report) {
    return JsonOutput.pretty(toTree(report));
  }

  /** A program report as a JSON tree. */
  public static ObjectNode toTree(ProgramReport report) {
    return toTree(report, null, Set.of());
  }

  /** One relationship's report, as a program report of one, as a JSON tree. */
  public static ObjectNode toTree(HealthReport report) {
    Objects.requireNonNull(report, "report");
    return toTree(ProgramReport.of(report.asOf(), List.of(report)));
  }

  /**
   * A program report as a JSON tree, with the program's name and the categories it was limited to.
   *
   * @param report the report
   * @param programName the program's name, or null to leave it out
   * @param only the categories the findings were limited to; empty when all were kept
   */
  public static ObjectNode toTree(ProgramReport report, String programName,
      Collection<Category> only) {
    Objects.requireNonNull(report, "report");
    return (ObjectNode) JsonOutput.written(g -> write(g, report, programName, only));
  }

  /**
   * Writes a program report to a stream as the pretty-printed text of
   * {@link #toTree(ProgramReport, String, Collection)} (UTF-8, with a final line break), printed
   * as it is written, without a tree: a report of a thousand relationships is megabytes of text.
   * The stream is flushed, not closed.
   *
   * @param report the report
   * @param programName the program's name, or null to leave it out
   * @param only the categories the findings were limited to; empty when all were kept
   * @param out where to write
   * @throws IOException if {@code out} cannot be written
   */
  public static void write(ProgramReport report, String programName, Collection<Category> only,
      OutputStream out) throws IOException {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(only, "only");
    JsonOutput.writePretty(g -> write(g, report, programName, only), out);
  }

  /** The whole report document: the one definition its tree and its streamed text come from. */
  private static void write(JsonGenerator g, ProgramReport report, String programName,
      Collection<Category> only) {
    g.writeStartObject();
    g.writeNumberProperty("formatVersion", FORMAT_VERSION);
    g.writeStringProperty("asOf", report.asOf().toString());
    if (programName != null) {
      g.writeStringProperty("program", programName);
    }
    if (!only.isEmpty()) {
      g.writeArrayPropertyStart("only");
      for (Category category : EnumSet.copyOf(only)) {
        g.writeString(JsonOutput.name(category));
      }
      g.writeEndArray();
    }
    g.writeName("summary");
    write(g, report.summary());
    g.writeArrayPropertyStart("reports");
    for (HealthReport each : report.reports()) {
      write(g, each);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /**
   * A report of format version {@value #HISTORY_FORMAT_VERSION}: as {@link #toTree(ProgramReport,
   * String, Collection)}, with every mentor and mentee across their relationships ({@code people},
   * from {@link ProgramReport#people()}) and the program's history ({@code history}).
   *
   * @param report the report as of the history's last day
   * @param programName the program's name, or null to leave it out
   * @param only the categories the findings were limited to; empty when all were kept
   * @param history the program's history, every category included (limited here as the report)
   */
  public static ObjectNode toTree(ProgramReport report, String programName,
      Collection<Category> only, ProgramHistory history) {
    Objects.requireNonNull(history, "history");
    ObjectNode root = toTree(report, programName, only);
    root.put("formatVersion", HISTORY_FORMAT_VERSION);
    root.set("people", HistoryJson.people(report, only));
    root.set("history", HistoryJson.history(history, only));
    return root;
  }

  private static void write(JsonGenerator g, ProgramSummary summary) {
    g.writeStartObject();
    g.writeNumberProperty("relationships", summary.relationships());
    g.writeNumberProperty("findings", summary.findings());
    counts(g, "byStatus", summary.byStatus());
    counts(g, "bySeverity", summary.bySeverity());
    counts(g, "byCategory", summary.byCategory());
    g.writeObjectPropertyStart("byRule");
    summary.byRule().forEach(g::writeNumberProperty);
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void counts(JsonGenerator g, String name, Map<? extends Enum<?>, Long> counts) {
    g.writeObjectPropertyStart(name);
    counts.forEach((key, count) -> g.writeNumberProperty(JsonOutput.name(key), count));
    g.writeEndObject();
  }

  /** One finding as a JSON object, as it appears in a report. */
  public static ObjectNode finding(Finding finding) {
    return (ObjectNode) JsonOutput.written(g -> write(g, finding));
  }

  /**
   * Writes one relationship's report, as it appears in a report's {@code reports}, straight to a
   * generator: the one definition of its shape, which the trees above are read back from, and
   * which a large report is written with, without a tree per finding.
   */
  static void write(JsonGenerator g, HealthReport report) {
    g.writeStartObject();
    g.writeStringProperty("relationshipId", report.relationshipId());
    g.writeStringProperty("status", JsonOutput.name(report.status()));
    g.writeArrayPropertyStart("findings");
    for (Finding finding : report.findings()) {
      write(g, finding);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void write(JsonGenerator g, Finding finding) {
    g.writeStartObject();
    g.writeStringProperty("ruleId", finding.ruleId());
    g.writeStringProperty("category", JsonOutput.name(finding.category()));
    g.writeStringProperty("severity", JsonOutput.name(finding.severity()));
    g.writeObjectPropertyStart("subject");
    g.writeStringProperty("kind", JsonOutput.name(finding.subject().kind()));
    g.writeStringProperty("id", finding.subject().id());
    g.writeEndObject();
    g.writeStringProperty("message", finding.message());
    g.writeObjectPropertyStart("evidence");
    for (Map.Entry<String, Object> entry : finding.evidence().entrySet()) {
      g.writeName(entry.getKey());
      writeValue(g, entry.getValue());
    }
    g.writeEndObject();
    g.writeStringProperty("advice", finding.advice());
    g.writeEndObject();
  }

  /**
   * An evidence value: rules give strings, numbers, booleans and lists of them (the
   * {@code Findings} global turns dates and enumeration values into strings); anything else is
   * written as its text so that a designer rule can never break the report.
   */
  private static void writeValue(JsonGenerator g, Object value) {
    if (value == null) {
      g.writeString("none");
    } else if (value instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (value instanceof Integer || value instanceof Long || value instanceof Short
        || value instanceof Byte) {
      g.writeNumber(((Number) value).longValue());
    } else if (value instanceof BigInteger big) {
      g.writeNumber(big);
    } else if (value instanceof BigDecimal big) {
      g.writeNumber(big);
    } else if (value instanceof Number n && Double.isFinite(n.doubleValue())) {
      g.writeNumber(n.doubleValue());
    } else if (value instanceof Collection<?> items) {
      g.writeStartArray();
      for (Object item : items) {
        writeValue(g, item);
      }
      g.writeEndArray();
    } else if (value instanceof Enum<?> e) {
      g.writeString(JsonOutput.name(e));
    } else {
      g.writeString(value.toString());
    }
  }
}
