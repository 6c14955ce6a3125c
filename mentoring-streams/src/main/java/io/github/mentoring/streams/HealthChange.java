package io.github.mentoring.streams;

import io.github.mentoring.rules.Finding;
import io.github.mentoring.rules.HealthReport;
import io.github.mentoring.rules.Status;
import io.github.mentoring.streams.HealthState.Names;
import io.github.mentoring.streams.HealthState.Seen;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One change in a relationship's health, as written to the changes topic (JSON, keyed by
 * relationship id): a finding raised, a finding resolved, or the status changed, each with the
 * date of the check that saw it. A finding is the same finding from one check to the next while
 * its rule and subject are the same, whatever its evidence (a count of days grows every day
 * without being a change); one whose severity changed is raised again at its new severity.
 *
 * @param change {@code finding-raised}, {@code finding-resolved} or {@code status-changed}
 * @param relationshipId the relationship
 * @param checkDate the date of the check that saw the change
 * @param json the whole change as the topic carries it: compact JSON
 */
public record HealthChange(String change, String relationshipId, LocalDate checkDate,
    String json) {

  /** A finding that the last check did not have (or had at another severity). */
  public static final String RAISED = "finding-raised";
  /** A finding of the last check that this check no longer has. */
  public static final String RESOLVED = "finding-resolved";
  /** A status other than the last check's, or the first status of a relationship. */
  public static final String STATUS_CHANGED = "status-changed";

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  public HealthChange {
    Objects.requireNonNull(change, "change");
    Objects.requireNonNull(relationshipId, "relationshipId");
    Objects.requireNonNull(checkDate, "checkDate");
    Objects.requireNonNull(json, "json");
  }

  /** The value written to the changes topic: compact JSON, UTF-8. */
  public byte[] toBytes() {
    return json.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * What changed between the last check (null for a relationship never checked) and this report:
   * resolved findings first, then raised ones (each in the report's order), then the status.
   */
  public static List<HealthChange> between(HealthState before, HealthReport report) {
    List<HealthChange> changes = new ArrayList<>();
    List<Seen> was = before == null ? List.of() : before.findings();
    HealthState now = HealthState.of(report);
    for (Seen old : was) {
      boolean stays = now.findings().stream().anyMatch(n -> n.sameAs(old));
      if (!stays) {
        ObjectNode json = envelope(RESOLVED, report);
        json.put("ruleId", old.ruleId());
        json.put("severity", Names.of(old.severity()));
        subject(json, old);
        changes.add(new HealthChange(RESOLVED, report.relationshipId(), report.asOf(), text(json)));
      }
    }
    for (int i = 0; i < report.findings().size(); i++) {
      Seen seen = now.findings().get(i);
      boolean known = was.stream().anyMatch(o -> o.sameAs(seen)
          && o.severity() == seen.severity());
      if (!known) {
        changes.add(raised(report, report.findings().get(i)));
      }
    }
    Status from = before == null ? null : before.status();
    if (from != report.status()) {
      ObjectNode json = envelope(STATUS_CHANGED, report);
      if (from != null) {
        json.put("from", Names.of(from));
      }
      json.put("to", Names.of(report.status()));
      changes.add(new HealthChange(STATUS_CHANGED, report.relationshipId(), report.asOf(),
          text(json)));
    }
    return changes;
  }

  private static HealthChange raised(HealthReport report, Finding finding) {
    ObjectNode json = envelope(RAISED, report);
    json.put("ruleId", finding.ruleId());
    json.put("severity", Names.of(finding.severity()));
    json.put("category", Names.of(finding.category()));
    subject(json, new Seen(finding.ruleId(), finding.subject(), finding.severity()));
    // The message, advice and evidence hold dates, counts, ids and labels, never notes or
    // feedback (the facts the rules read do not hand those out).
    json.put("message", finding.message());
    json.put("advice", finding.advice());
    ObjectNode evidence = json.putObject("evidence");
    for (Map.Entry<String, Object> entry : finding.evidence().entrySet()) {
      Object value = entry.getValue();
      if (value instanceof Boolean b) {
        evidence.put(entry.getKey(), b);
      } else if (value instanceof Integer n) {
        evidence.put(entry.getKey(), n);
      } else if (value instanceof Long n) {
        evidence.put(entry.getKey(), n);
      } else if (value instanceof Number n) {
        evidence.put(entry.getKey(), n.doubleValue());
      } else {
        evidence.put(entry.getKey(), String.valueOf(value));
      }
    }
    return new HealthChange(RAISED, report.relationshipId(), report.asOf(), text(json));
  }

  private static String text(ObjectNode json) {
    return MAPPER.writeValueAsString(json);
  }

  private static ObjectNode envelope(String change, HealthReport report) {
    ObjectNode json = MAPPER.createObjectNode();
    json.put("change", change);
    json.put("relationshipId", report.relationshipId());
    json.put("checkDate", report.asOf().toString());
    return json;
  }

  private static void subject(ObjectNode json, Seen seen) {
    ObjectNode subject = json.putObject("subject");
    subject.put("kind", Names.of(seen.subject().kind()));
    subject.put("id", seen.subject().id());
  }
}
