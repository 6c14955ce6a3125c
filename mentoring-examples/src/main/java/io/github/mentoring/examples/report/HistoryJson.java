package io.github.mentoring.examples.report;

import io.github.mentoring.rules.Category;
import io.github.mentoring.rules.Finding;
import io.github.mentoring.rules.FindingSpan;
import io.github.mentoring.rules.PersonReport;
import io.github.mentoring.rules.ProgramHistory;
import io.github.mentoring.rules.ProgramReport;
import io.github.mentoring.rules.RelationshipHistory;
import io.github.mentoring.rules.Status;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The parts of a version 2 report that go beyond one day: the program's history (a summary at
 * each step, this step against the one before, and each relationship's statuses and findings
 * over time) and the people (each mentor and mentee across their relationships, with what the
 * rules about people found). See {@code schemas/report.schema.json} and {@code FORMAT.md}.
 *
 * <p>A report limited to some categories keeps only their findings in the history too, and its
 * statuses are worked out from those findings, as the report's own are. Thread-safe.
 */
public final class HistoryJson {

  private HistoryJson() {}

  /**
   * A program's history as a JSON object.
   *
   * @param history the history, every category included
   * @param only the categories kept; empty for all
   */
  public static ObjectNode history(ProgramHistory history, Collection<Category> only) {
    Set<Category> kept = only.isEmpty() ? EnumSet.allOf(Category.class) : EnumSet.copyOf(only);
    List<LocalDate> dates = history.dates();
    ObjectNode node = JsonOutput.object();
    node.put("from", dates.get(0).toString());
    node.put("to", dates.get(dates.size() - 1).toString());
    ArrayNode days = node.putArray("dates");
    dates.forEach(d -> days.add(d.toString()));

    ArrayNode summaries = node.putArray("summaries");
    for (LocalDate day : dates) {
      Map<Status, Long> byStatus = new EnumMap<>(Status.class);
      for (Status s : Status.values()) {
        byStatus.put(s, 0L);
      }
      long findings = 0;
      long judged = 0;
      for (RelationshipHistory h : history.histories()) {
        Optional<Status> status = status(h, day, kept);
        if (status.isPresent()) {
          judged++;
          byStatus.merge(status.get(), 1L, Long::sum);
          findings += h.spans().stream()
              .filter(s -> kept.contains(s.category()) && s.levelOn(day).isPresent()).count();
        }
      }
      ObjectNode summary = summaries.addObject();
      summary.put("date", day.toString());
      summary.put("relationships", judged);
      summary.put("findings", findings);
      ObjectNode statuses = summary.putObject("byStatus");
      byStatus.forEach((s, c) -> statuses.put(JsonOutput.name(s), c));
    }

    node.set("change", change(history, kept));

    ArrayNode relationships = node.putArray("relationships");
    for (RelationshipHistory h : history.histories()) {
      ObjectNode relationship = relationships.addObject();
      relationship.put("relationshipId", h.relationshipId());
      ArrayNode statuses = relationship.putArray("statuses");
      for (LocalDate day : h.dates()) {
        ObjectNode step = statuses.addObject();
        step.put("date", day.toString());
        step.put("status", JsonOutput.name(status(h, day, kept).orElseThrow()));
      }
      ArrayNode spans = relationship.putArray("findings");
      h.spans().stream().filter(s -> kept.contains(s.category()))
          .forEach(s -> spans.add(span(s)));
    }
    return node;
  }

  private static ObjectNode span(FindingSpan span) {
    ObjectNode node = JsonOutput.object();
    node.put("ruleId", span.ruleId());
    node.put("category", JsonOutput.name(span.category()));
    ObjectNode subject = node.putObject("subject");
    subject.put("kind", JsonOutput.name(span.subject().kind()));
    subject.put("id", span.subject().id());
    node.put("raised", span.raised().toString());
    span.resolved().ifPresent(d -> node.put("resolved", d.toString()));
    ArrayNode levels = node.putArray("levels");
    for (FindingSpan.Level level : span.levels()) {
      ObjectNode l = levels.addObject();
      l.put("since", level.since().toString());
      l.put("ruleId", level.ruleId());
      l.put("severity", JsonOutput.name(level.severity()));
    }
    return node;
  }

  /** The status a relationship had on a day, from the findings of the kept categories. */
  private static Optional<Status> status(RelationshipHistory history, LocalDate day,
      Set<Category> kept) {
    return history.statusOn(day, kept);
  }

  /** The last step against the one before (the last against itself when there is one step). */
  private static ObjectNode change(ProgramHistory history, Set<Category> kept) {
    List<LocalDate> dates = history.dates();
    LocalDate after = dates.get(dates.size() - 1);
    LocalDate before = dates.size() > 1 ? dates.get(dates.size() - 2) : after;
    List<String> newly = new ArrayList<>();
    List<String> recovered = new ArrayList<>();
    List<String> still = new ArrayList<>();
    List<String> worsened = new ArrayList<>();
    List<String> improved = new ArrayList<>();
    Map<String, long[]> rules = new TreeMap<>();
    for (RelationshipHistory h : history.histories()) {
      Optional<Status> then = status(h, before, kept);
      Optional<Status> now = status(h, after, kept);
      boolean wasAtRisk = then.orElse(null) == Status.AT_RISK;
      boolean isAtRisk = now.orElse(null) == Status.AT_RISK;
      if (isAtRisk && wasAtRisk) {
        still.add(h.relationshipId());
      } else if (isAtRisk) {
        newly.add(h.relationshipId());
      } else if (wasAtRisk) {
        recovered.add(h.relationshipId());
      }
      if (then.isPresent() && now.isPresent()) {
        if (now.get().compareTo(then.get()) > 0) {
          worsened.add(h.relationshipId());
        } else if (now.get().compareTo(then.get()) < 0) {
          improved.add(h.relationshipId());
        }
      }
      for (FindingSpan span : h.spans()) {
        if (kept.contains(span.category())) {
          span.levelOn(before).ifPresent(l -> rules.computeIfAbsent(l.ruleId(),
              id -> new long[2])[0]++);
          span.levelOn(after).ifPresent(l -> rules.computeIfAbsent(l.ruleId(),
              id -> new long[2])[1]++);
        }
      }
    }
    ObjectNode node = JsonOutput.object();
    node.put("before", before.toString());
    node.put("after", after.toString());
    ids(node.putArray("newlyAtRisk"), newly);
    ids(node.putArray("recovered"), recovered);
    ids(node.putArray("stillAtRisk"), still);
    ids(node.putArray("worsened"), worsened);
    ids(node.putArray("improved"), improved);
    ArrayNode byRule = node.putArray("rules");
    Map<String, long[]> ordered = new LinkedHashMap<>();
    rules.entrySet().stream()
        .sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> e.getValue()[1])
            .reversed().thenComparing(Map.Entry::getKey))
        .forEach(e -> ordered.put(e.getKey(), e.getValue()));
    ordered.forEach((id, counts) -> {
      ObjectNode rule = byRule.addObject();
      rule.put("ruleId", id);
      rule.put("before", counts[0]);
      rule.put("after", counts[1]);
    });
    return node;
  }

  private static void ids(ArrayNode array, List<String> ids) {
    ids.forEach(array::add);
  }

  /**
   * Every mentor and mentee across their relationships, as a JSON array.
   *
   * @param report a program report, whose {@link ProgramReport#people()} are written; their
   *     relationships are counted by the statuses of its reports
   * @param only the categories the report was limited to; empty for all (findings about people
   *     of other categories are left out)
   */
  public static ArrayNode people(ProgramReport report, Collection<Category> only) {
    Set<Category> kept = only.isEmpty() ? EnumSet.allOf(Category.class) : EnumSet.copyOf(only);
    Map<String, Status> statuses = new LinkedHashMap<>();
    report.reports().forEach(r -> statuses.put(r.relationshipId(), r.status()));
    ArrayNode array = JsonOutput.array();
    for (PersonReport person : report.people()) {
      ObjectNode node = array.addObject();
      node.put("personId", person.personId());
      ArrayNode mentor = node.putArray("asMentor");
      person.asMentor().forEach(mentor::add);
      ArrayNode mentee = node.putArray("asMentee");
      person.asMentee().forEach(mentee::add);
      Map<Status, Long> byStatus = new EnumMap<>(Status.class);
      for (Status s : Status.values()) {
        byStatus.put(s, 0L);
      }
      for (String id : person.asMentor()) {
        Optional.ofNullable(statuses.get(id)).ifPresent(s -> byStatus.merge(s, 1L, Long::sum));
      }
      for (String id : person.asMentee()) {
        Optional.ofNullable(statuses.get(id)).ifPresent(s -> byStatus.merge(s, 1L, Long::sum));
      }
      ObjectNode counts = node.putObject("byStatus");
      byStatus.forEach((s, c) -> counts.put(JsonOutput.name(s), c));
      List<Finding> findings = person.findings().stream()
          .filter(f -> kept.contains(f.category())).toList();
      node.put("status", JsonOutput.name(Status.of(findings)));
      ArrayNode found = node.putArray("findings");
      findings.forEach(f -> found.add(ReportJson.finding(f)));
    }
    return array;
  }
}
