package io.github.mentoring.examples.cli;

import io.github.mentoring.examples.report.JsonOutput;
import io.github.mentoring.rules.Category;
import io.github.mentoring.rules.Finding;
import io.github.mentoring.rules.HealthReport;
import io.github.mentoring.rules.ProgramReport;
import io.github.mentoring.rules.ProgramSummary;
import io.github.mentoring.rules.Severity;
import io.github.mentoring.rules.Status;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A report for people at a terminal: a table of relationships (status and findings per category),
 * then each relationship's findings, then the summary. Plain text without colours, so that it
 * reads the same in a log file.
 */
final class TextReport {

  private static final int TOP_RULES = 5;

  private final PrintWriter out;

  TextReport(PrintWriter out) {
    this.out = out;
  }

  void print(ProgramReport report, String programName, int rules, Collection<Category> only) {
    List<Category> columns = only.isEmpty() ? Arrays.asList(Category.values())
        : Arrays.stream(Category.values()).filter(only::contains).toList();
    out.println("Health check of " + programName + " as of " + report.asOf() + ": "
        + plural(report.reports().size(), "relationship") + ", " + plural(rules, "rule")
        + (only.isEmpty() ? "" : ", only " + columns.stream().map(JsonOutput::name)
            .collect(Collectors.joining(", "))));
    out.println();
    table(report, columns);
    for (HealthReport relationship : report.reports()) {
      findings(relationship);
    }
    out.println();
    summary(report.summary(), columns);
  }

  private void table(ProgramReport report, List<Category> columns) {
    List<String[]> rows = new ArrayList<>();
    String[] header = new String[columns.size() + 2];
    header[0] = "RELATIONSHIP";
    header[1] = "STATUS";
    for (int i = 0; i < columns.size(); i++) {
      header[i + 2] = JsonOutput.name(columns.get(i)).toUpperCase(java.util.Locale.ROOT);
    }
    rows.add(header);
    for (HealthReport r : report.reports()) {
      String[] row = new String[header.length];
      row[0] = r.relationshipId();
      row[1] = JsonOutput.name(r.status());
      for (int i = 0; i < columns.size(); i++) {
        Category category = columns.get(i);
        row[i + 2] = String.valueOf(r.findings().stream()
            .filter(f -> f.category() == category).count());
      }
      rows.add(row);
    }
    int[] widths = new int[header.length];
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.length; i++) {
        // Names left, counts right, as people read tables.
        String cell = i < 2 ? pad(row[i], widths[i]) : padLeft(row[i], widths[i]);
        line.append(i == 0 ? "" : "  ").append(cell);
      }
      out.println(line.toString().stripTrailing());
    }
  }

  private void findings(HealthReport report) {
    if (report.findings().isEmpty()) {
      return;
    }
    out.println();
    out.println(report.relationshipId() + " (" + JsonOutput.name(report.status()) + ", "
        + plural(report.findings().size(), "finding") + ")");
    int ruleWidth = report.findings().stream().mapToInt(f -> f.ruleId().length()).max().orElse(0);
    for (Finding f : report.findings()) {
      out.println("  " + pad(f.severity().name(), 8) + "  " + pad(f.ruleId(), ruleWidth) + "  "
          + f.subject());
      out.println("      " + f.message());
      out.println("      Advice: " + f.advice());
    }
  }

  private void summary(ProgramSummary summary, List<Category> columns) {
    out.println("Summary");
    out.println("  Relationships: " + summary.relationships() + " ("
        + counts(summary.byStatus(), Arrays.asList(Status.values())) + ")");
    List<Severity> severities = new ArrayList<>(Arrays.asList(Severity.values()));
    severities.sort(Comparator.reverseOrder());
    out.println("  Findings: " + summary.findings() + " (" + counts(summary.bySeverity(), severities)
        + ")");
    out.println("  By category: " + counts(summary.byCategory(), columns));
    if (!summary.byRule().isEmpty()) {
      String top = summary.byRule().entrySet().stream()
          .sorted(Map.Entry.<String, Long>comparingByValue().reversed()
              .thenComparing(Map.Entry.comparingByKey()))
          .limit(TOP_RULES)
          .map(e -> e.getKey() + " " + e.getValue())
          .collect(Collectors.joining(", "));
      out.println("  Top rules: " + top);
    }
  }

  private static <E extends Enum<E>> String counts(Map<E, Long> counts, List<E> keys) {
    return keys.stream().map(k -> JsonOutput.name(k) + " " + counts.getOrDefault(k, 0L))
        .collect(Collectors.joining(", "));
  }

  private static String plural(long count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }

  private static String pad(String text, int width) {
    return text.length() >= width ? text : text + " ".repeat(width - text.length());
  }

  private static String padLeft(String text, int width) {
    return text.length() >= width ? text : " ".repeat(width - text.length()) + text;
  }
}
