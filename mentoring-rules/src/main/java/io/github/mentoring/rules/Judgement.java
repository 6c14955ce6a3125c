package io.github.mentoring.rules;

import io.github.mentoring.rules.facts.FindingSink;
import io.github.mentoring.rules.internal.EnumWords;
import io.github.mentoring.rules.internal.IsoDates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The findings gathered for one relationship during one check: the sink its facts report to.
 * Confined to one thread.
 */
final class Judgement implements FindingSink {

  private final String relationshipId;
  private final LocalDate asOf;
  private List<Finding> findings; // made on the first finding: many relationships have none

  public Judgement(String relationshipId, LocalDate asOf) {
    this.relationshipId = relationshipId;
    this.asOf = asOf;
  }

  @Override
  public String relationshipId() {
    return relationshipId;
  }

  @Override
  public void add(RuleInfo rule, Subject subject, String message, String advice,
      Object[] evidence) {
    add(new Finding(rule.id(), rule.category(), rule.severity(), subject, message,
        evidence(evidence), advice));
  }

  @Override
  public void add(RuleInfo rule, Subject subject, Object[] evidence) {
    // evidence() checks the pairs; the copy is the finding's own (the caller's array may be
    // reused) for wording it when first read.
    add(Finding.worded(rule, subject, evidence(evidence), evidence.clone()));
  }

  public void add(Finding finding) {
    if (findings == null) {
      findings = new ArrayList<>(8);
    }
    findings.add(finding);
  }

  /** The report, findings in their documented order. */
  public HealthReport report() {
    // Sorted here, where the list is private, so the report makes its one copy only.
    if (findings == null) {
      return new HealthReport(relationshipId, asOf, Status.HEALTHY, List.of());
    }
    findings.sort(Finding.ORDER);
    return new HealthReport(relationshipId, asOf, Status.of(findings), findings);
  }

  /**
   * A rule's evidence pairs as the finding keeps them: keys as text, values normalized; keys that
   * begin with an underscore only word the finding and are left out.
   */
  static EvidenceMap evidence(Object[] pairs) {
    if (pairs.length % 2 != 0) {
      throw new IllegalArgumentException(
          "evidence must be given as key, value pairs; got " + pairs.length + " items");
    }
    Object[] own = new Object[pairs.length]; // the caller's array may be reused
    int n = 0;
    for (int i = 0; i < pairs.length; i += 2) {
      String key = String.valueOf(pairs[i]);
      if (key.startsWith("_")) {
        continue;
      }
      own[n++] = key;
      own[n++] = normalize(pairs[i + 1]);
    }
    return EvidenceMap.adoptPairs(n == own.length ? own : Arrays.copyOf(own, n));
  }

  private static Object normalize(Object value) {
    if (value == null) {
      return "none";
    }
    if (value instanceof Number || value instanceof Boolean || value instanceof String) {
      return value;
    }
    if (value instanceof Enum<?> e) {
      return EnumWords.of(e);
    }
    if (value instanceof Collection<?> c) {
      return c.stream()
          .map(v -> v instanceof LocalDate date ? IsoDates.format(date) : normalize(v))
          .toList();
    }
    if (value instanceof LocalDate) {
      return value; // the evidence map shows it as ISO text when read: no text made unless read
    }
    return value.toString();
  }
}
