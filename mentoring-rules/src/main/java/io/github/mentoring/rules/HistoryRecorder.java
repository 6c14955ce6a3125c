package io.github.mentoring.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Folds one relationship's reports, step after step, into its {@link RelationshipHistory}: keeps
 * the spans still open and closes those whose finding is gone. Keeps no report but the last, so
 * that a program's history costs memory by its spans, not by its checks. Confined to one thread.
 */
final class HistoryRecorder {

  /** A finding's identity across steps: the rule's own id (not its critical level's) and subject. */
  private record Key(String ruleId, Subject subject) {}

  /** A span that ended: its finding was gone on {@code resolved}. */
  private record Closed(Key key, Open span, LocalDate resolved) {}

  /** A span being recorded. */
  private static final class Open {
    final LocalDate raised;
    final List<FindingSpan.Level> levels = new ArrayList<>(2);
    Finding last;

    Open(LocalDate raised) {
      this.raised = raised;
    }
  }

  private final String relationshipId;
  private final UnaryOperator<String> ownId;
  private final List<LocalDate> dates = new ArrayList<>();
  private final List<Status> statuses = new ArrayList<>();
  private final Map<Key, Open> open = new LinkedHashMap<>();
  private final List<Closed> closed = new ArrayList<>();
  private HealthReport latest;

  /**
   * @param ownId the id of a rule's own level for the id of any of its levels (a critical
   *     level's id gives the rule's warning id; any other id gives itself)
   */
  HistoryRecorder(String relationshipId, UnaryOperator<String> ownId) {
    this.relationshipId = relationshipId;
    this.ownId = ownId;
  }

  /** Records the report of the next step; steps come oldest first. */
  void add(HealthReport report) {
    LocalDate day = report.asOf();
    dates.add(day);
    statuses.add(report.status());
    Map<Key, Finding> now = new HashMap<>();
    for (Finding f : report.findings()) {
      // Findings come most severe first: one rule twice about one subject keeps the worse.
      now.putIfAbsent(new Key(ownId.apply(f.ruleId()), f.subject()), f);
    }
    for (Iterator<Map.Entry<Key, Open>> it = open.entrySet().iterator(); it.hasNext(); ) {
      Map.Entry<Key, Open> e = it.next();
      if (!now.containsKey(e.getKey())) {
        closed.add(new Closed(e.getKey(), e.getValue(), day));
        it.remove();
      }
    }
    for (Finding f : report.findings()) {
      Key key = new Key(ownId.apply(f.ruleId()), f.subject());
      if (now.get(key) != f) {
        continue;
      }
      Open span = open.computeIfAbsent(key, k -> new Open(day));
      FindingSpan.Level last = span.levels.isEmpty() ? null
          : span.levels.get(span.levels.size() - 1);
      if (last == null || !last.ruleId().equals(f.ruleId()) || last.severity() != f.severity()) {
        span.levels.add(new FindingSpan.Level(day, f.ruleId(), f.severity()));
      }
      span.last = f;
    }
    latest = report;
  }

  /** The history recorded so far. */
  RelationshipHistory history() {
    List<Closed> all = new ArrayList<>(closed);
    open.forEach((key, span) -> all.add(new Closed(key, span, null)));
    List<FindingSpan> spans = new ArrayList<>(all.size());
    for (Closed entry : all) {
      Open span = entry.span();
      spans.add(new FindingSpan(entry.key().ruleId(), entry.key().subject(),
          span.last.category(), span.raised, Optional.ofNullable(entry.resolved()), span.levels,
          span.last));
    }
    spans.sort((a, b) -> {
      int c = a.raised().compareTo(b.raised());
      if (c == 0) {
        c = a.ruleId().compareTo(b.ruleId());
      }
      return c != 0 ? c : a.subject().compareTo(b.subject());
    });
    return new RelationshipHistory(relationshipId, dates, statuses, spans,
        Optional.ofNullable(latest));
  }
}
