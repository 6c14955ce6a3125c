package io.github.mentoring.rules;

import java.util.Comparator;
import java.util.Map;
import java.util.Objects;

/**
 * One thing a rule found about a relationship: which rule, how serious, what it is about, what
 * is wrong in plain words, the evidence behind it and what the partners can do next.
 *
 * <p>Immutable and thread-safe. A finding of a rule worded by its {@code @message} and
 * {@code @advice} templates is worded when its message or advice is first read, from the
 * evidence the rule gave: a caller that only counts or filters findings (by severity, rule or
 * subject) pays nothing for wording them. Equality, hashing and {@link #toString()} cover every
 * component, wording included, as for a record.
 */
public final class Finding {

  /** The order of findings in a report: most severe first, then category, rule and subject. */
  public static final Comparator<Finding> ORDER = Finding::compareInOrder;

  private final String ruleId;
  private final Category category;
  private final Severity severity;
  private final Subject subject;
  private final Map<String, Object> evidence;
  // Worded when first read (a benign race: two threads may both fill in the same text, and a
  // String is safely published through its final fields).
  private String message;
  private String advice;
  private final MessageTemplate messageTemplate;
  private final MessageTemplate adviceTemplate;
  private final Object[] wordingEvidence;

  /**
   * A finding with its wording given.
   *
   * @param ruleId the stable id of the rule that found it
   * @param category the rule's family
   * @param severity how serious it is
   * @param subject what it is about
   * @param message what is wrong, in plain words
   * @param evidence the facts behind it: dates, counts and ids, never the text of notes or
   *     feedback; values are strings, numbers or booleans (a date reads as ISO-8601 text), keys in
   *     the order the rule gave them
   * @param advice what the partners can do next
   */
  public Finding(String ruleId, Category category, Severity severity, Subject subject,
      String message, Map<String, Object> evidence, String advice) {
    this(ruleId, category, severity, subject, EvidenceMap.copyOf(evidence),
        Objects.requireNonNull(message, "message"), Objects.requireNonNull(advice, "advice"),
        null, null, null);
  }

  private Finding(String ruleId, Category category, Severity severity, Subject subject,
      EvidenceMap evidence, String message, String advice, MessageTemplate messageTemplate,
      MessageTemplate adviceTemplate, Object[] wordingEvidence) {
    this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
    this.category = Objects.requireNonNull(category, "category");
    this.severity = Objects.requireNonNull(severity, "severity");
    this.subject = Objects.requireNonNull(subject, "subject");
    this.evidence = evidence; // ordered, immutable
    this.message = message;
    this.advice = advice;
    this.messageTemplate = messageTemplate;
    this.adviceTemplate = adviceTemplate;
    this.wordingEvidence = wordingEvidence;
  }

  /**
   * A finding of a rule worded by its templates when first read.
   *
   * @param pairs the evidence pairs exactly as the rule gave them (hidden keys included), owned by
   *     the finding from now on
   */
  static Finding worded(RuleInfo rule, Subject subject, EvidenceMap evidence, Object[] pairs) {
    return new Finding(rule.id(), rule.category(), rule.severity(), subject, evidence, null,
        null, Objects.requireNonNull(rule.message(), "message"),
        Objects.requireNonNull(rule.advice(), "advice"), pairs);
  }

  /** The stable id of the rule that found it. */
  public String ruleId() {
    return ruleId;
  }

  /** The rule's family. */
  public Category category() {
    return category;
  }

  /** How serious it is. */
  public Severity severity() {
    return severity;
  }

  /** What it is about. */
  public Subject subject() {
    return subject;
  }

  /** What is wrong, in plain words. */
  public String message() {
    String text = message;
    if (text == null) {
      text = messageTemplate.fill(wordingEvidence);
      message = text;
    }
    return text;
  }

  /**
   * The facts behind it: dates, counts and ids, never the text of notes or feedback; values are
   * strings, numbers or booleans (a date reads as ISO-8601 text), keys in the order the rule gave
   * them. Unmodifiable.
   */
  public Map<String, Object> evidence() {
    return evidence;
  }

  /** What the partners can do next. */
  public String advice() {
    String text = advice;
    if (text == null) {
      text = adviceTemplate.fill(wordingEvidence);
      advice = text;
    }
    return text;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Finding f
        && ruleId.equals(f.ruleId) && category == f.category && severity == f.severity
        && subject.equals(f.subject) && evidence.equals(f.evidence)
        && message().equals(f.message()) && advice().equals(f.advice());
  }

  @Override
  public int hashCode() {
    return Objects.hash(ruleId, category, severity, subject, message(), evidence, advice());
  }

  @Override
  public String toString() {
    return "Finding[ruleId=" + ruleId + ", category=" + category + ", severity=" + severity
        + ", subject=" + subject + ", message=" + message() + ", evidence=" + evidence
        + ", advice=" + advice() + "]";
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
    if (c == 0) {
      c = a.message().compareTo(b.message()); // rare: one rule twice about one subject
    }
    return c;
  }
}
