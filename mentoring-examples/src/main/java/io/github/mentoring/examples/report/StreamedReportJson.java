package io.github.mentoring.examples.report;

import io.github.mentoring.json.ProgramJson;
import io.github.mentoring.rules.Category;
import io.github.mentoring.rules.HealthReport;
import io.github.mentoring.rules.ProgramReport;
import io.github.mentoring.rules.ProgramSummary;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the report of a stream of health reports, relationship by relationship, in the bytes that
 * {@link ReportJson#toTree(ProgramReport, String, Collection)} and {@link JsonOutput#pretty} give
 * for the same reports (format version {@value ReportJson#FORMAT_VERSION}), without holding them:
 * for programs too large to hold.
 *
 * <p>The format puts the summary before the reports, and the summary is known only when the last
 * report has been written: so each report goes through a {@link JsonGenerator} into a temporary
 * file as it comes, and the document is put together at the end from the head (with the summary)
 * and that file. Memory holds one report at a time. Thread-safe.
 */
public final class StreamedReportJson {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final ObjectWriter PRETTY = MAPPER.writer().with(ProgramJson.layout());
  private static final int COPY_BLOCK = 1 << 20;
  private static final byte[] HEAD_END = "\n}\n".getBytes(StandardCharsets.UTF_8);

  private StreamedReportJson() {}

  /**
   * Writes the report of some health reports to {@code out}, which is left open.
   *
   * @param reports the health reports, in the order to write them; read once
   * @param asOf the day they were judged as of
   * @param programName the program's name, or null to leave it out
   * @param only the categories to keep findings of (each report's status counted again from the
   *     findings kept, as {@code mentoring check --only} does); empty to keep all
   * @param each is given each report written (after {@code only}), e.g. to see the worst finding
   * @return the summary written
   * @throws IOException if the temporary file or {@code out} cannot be written
   */
  public static ProgramSummary write(Iterator<HealthReport> reports, LocalDate asOf,
      String programName, Collection<Category> only, Consumer<? super HealthReport> each,
      OutputStream out) throws IOException {
    Objects.requireNonNull(reports, "reports");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(out, "out");
    Set<Category> kept = only.isEmpty() ? Set.of() : EnumSet.copyOf(only);
    ProgramSummary.Builder summary = new ProgramSummary.Builder();
    Path body = Files.createTempFile("mentoring-report-", ".json");
    try {
      // Buffered beyond the generator's own few kilobytes, and copied below in large blocks:
      // the reports of a large program are hundreds of megabytes, and the copy is the one part
      // of the run that nothing else overlaps.
      try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(body), COPY_BLOCK);
          JsonGenerator generator = PRETTY.createGenerator(file)) {
        // The reports at the depth they have in the document: {"reports": [...]}.
        generator.writeStartObject();
        generator.writeName("reports");
        generator.writeStartArray();
        while (reports.hasNext()) {
          HealthReport report = limited(reports.next(), kept);
          summary.add(report);
          ReportJson.write(generator, report);
          each.accept(report);
        }
        generator.writeEndArray();
        generator.writeEndObject();
      }
      ObjectNode head = ReportJson.toTree(new ProgramReport(asOf, List.of(), summary.build()),
          programName, only);
      head.remove("reports");
      byte[] headText = (PRETTY.writeValueAsString(head) + "\n").getBytes(StandardCharsets.UTF_8);
      // The head without its closing "\n}\n", then the reports' member after its file's "{".
      out.write(headText, 0, headText.length - HEAD_END.length);
      out.write(',');
      try (InputStream in = Files.newInputStream(body)) {
        if (in.read() != '{') {
          throw new IllegalStateException("the reports' file does not start with an object");
        }
        byte[] block = new byte[COPY_BLOCK];
        for (int n = in.read(block); n >= 0; n = in.read(block)) {
          out.write(block, 0, n);
        }
      }
      out.write('\n');
      out.flush();
      return summary.build();
    } finally {
      Files.deleteIfExists(body);
    }
  }

  /** A report with the findings of the kept categories only; all when none are named. */
  static HealthReport limited(HealthReport report, Set<Category> kept) {
    if (kept.isEmpty()) {
      return report;
    }
    return HealthReport.of(report.relationshipId(), report.asOf(), report.findings().stream()
        .filter(f -> kept.contains(f.category())).toList());
  }
}
