package io.github.mentoring.rules;

import java.util.Comparator;
import java.util.Map;
import java.util.Objects;

/**
 * One thing a rule found about a relationship.
 *
 * @param ruleId the stable id of the rule that found it
 * @param category the rule's family
 * @param severity how serious it is
 * @param subject what it is about
 * @param message what is wrong, in plain words
 * @param evidence the facts behind it: dates, counts and ids, never the text of notes or feedback;
 *     values are strings, numbers or booleans (a date reads as ISO-8601 text), keys in the order
 *     the rule gave them
 * @param advice what the partners can do next
 */
public record Finding(
    String ruleId,
    Category category,
    Severity severity,
    Subject subject,
    String message,
    Map<String, Object> evidence,
    String advice) {

  /** The order of findings in a report: most severe first, then category, rule and subject. */
  public static final Comparator<Finding> ORDER = Finding::compareInOrder;

  public Finding {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(advice, "advice");
    evidence = EvidenceMap.copyOf(evidence); // ordered, immutable; not copied twice
  }

  // Written out rather than composed from comparing/thenComparing: every report sorts with it.
  private static int compareInOrder(Finding a, Finding b) {
    int c = b.severity.compareTo(a.severity);
    if (c == 0) {
      c = a.category.compareTo(b.category);
    }
    // Findings of one rule share its id string, and findings about one fact share its subject:
    // an identity test saves comparing them character by character.
    if (c == 0 && a.ruleId != b.ruleId) {
      c = a.ruleId.compareTo(b.ruleId);
    }
    if (c == 0 && a.subject != b.subject) {
      c = a.subject.compareTo(b.subject);
    }
    if (c == 0 && a.message != b.message) {
      c = a.message.compareTo(b.message);
    }
    return c;
  }
}
