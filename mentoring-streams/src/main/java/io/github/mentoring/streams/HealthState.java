package io.github.mentoring.streams;

import io.github.mentoring.rules.Finding;
import io.github.mentoring.rules.HealthReport;
import io.github.mentoring.rules.Severity;
import io.github.mentoring.rules.Status;
import io.github.mentoring.rules.Subject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the last check of a relationship found, kept per relationship to tell what changed: the
 * check date, the status and each finding by rule and subject (with its severity). Its store
 * value is a small JSON object ({@link #serde()}).
 *
 * @param checkedOn the date of the last check; later checks of the relationship are never
 *     earlier
 * @param status the status it gave
 * @param findings what it found, in {@link Finding#ORDER}
 */
public record HealthState(LocalDate checkedOn, Status status, List<Seen> findings) {

  /**
   * A finding as remembered: which rule, about what, how serious.
   *
   * @param ruleId the rule's id
   * @param subject what the finding is about
   * @param severity how serious it was
   */
  public record Seen(String ruleId, Subject subject, Severity severity) {
    public Seen {
      Objects.requireNonNull(ruleId, "ruleId");
      Objects.requireNonNull(subject, "subject");
      Objects.requireNonNull(severity, "severity");
    }

    /** Whether this is the same finding (rule and subject) as {@code other}. */
    boolean sameAs(Seen other) {
      return ruleId.equals(other.ruleId) && subject.equals(other.subject);
    }
  }

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  public HealthState {
    Objects.requireNonNull(checkedOn, "checkedOn");
    Objects.requireNonNull(status, "status");
    findings = List.copyOf(findings);
  }

  /** What a report found. */
  public static HealthState of(HealthReport report) {
    List<Seen> seen = new ArrayList<>(report.findings().size());
    for (Finding finding : report.findings()) {
      seen.add(new Seen(finding.ruleId(), finding.subject(), finding.severity()));
    }
    return new HealthState(report.asOf(), report.status(), seen);
  }

  /** The serde of the store: compact JSON. */
  public static Serde<HealthState> serde() {
    Serializer<HealthState> serializer = (topic, state) -> state == null ? null : state.toJson();
    Deserializer<HealthState> deserializer =
        (topic, bytes) -> bytes == null ? null : fromJson(bytes);
    return Serdes.serdeFrom(serializer, deserializer);
  }

  byte[] toJson() {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("checkedOn", checkedOn.toString());
    node.put("status", Names.of(status));
    ArrayNode list = node.putArray("findings");
    for (Seen seen : findings) {
      ObjectNode finding = list.addObject();
      finding.put("ruleId", seen.ruleId());
      finding.put("subjectKind", Names.of(seen.subject().kind()));
      finding.put("subjectId", seen.subject().id());
      finding.put("severity", Names.of(seen.severity()));
    }
    return MAPPER.writeValueAsBytes(node);
  }

  static HealthState fromJson(byte[] bytes) {
    JsonNode node = MAPPER.readTree(new String(bytes, StandardCharsets.UTF_8));
    List<Seen> seen = new ArrayList<>();
    for (JsonNode finding : node.get("findings")) {
      seen.add(new Seen(finding.get("ruleId").stringValue(),
          new Subject(Names.parse(Subject.Kind.class, finding.get("subjectKind").stringValue()),
              finding.get("subjectId").stringValue()),
          Names.parse(Severity.class, finding.get("severity").stringValue())));
    }
    return new HealthState(LocalDate.parse(node.get("checkedOn").stringValue()),
        Names.parse(Status.class, node.get("status").stringValue()), seen);
  }

  /** Enumeration constants as the project's JSON writes them: lower case, words joined by '-'. */
  static final class Names {
    private Names() {}

    static String of(Enum<?> value) {
      return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static <E extends Enum<E>> E parse(Class<E> type, String name) {
      return Enum.valueOf(type, name.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
  }
}
