package io.github.mentoring.rules.facts;

import io.github.mentoring.rules.Finding;
import io.github.mentoring.rules.RuleInfo;
import io.github.mentoring.rules.internal.EvidenceMap;
import io.github.mentoring.rules.internal.IsoDates;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The DRL global {@code findings}: how a rule's consequence reports what it found. The rule's id,
 * category and severity come from its own metadata, so a consequence only says what is wrong,
 * what to do, and the evidence.
 *
 * <pre>
 * then
 *     findings.raise(drools, $r,
 *         "No meeting for " + $r.getDaysWithoutMeeting() + " days.",
 *         "Agree a date for the next meeting.",
 *         "daysWithoutMeeting", $r.getDaysWithoutMeeting());
 * </pre>
 *
 * <p>Evidence is given as key, value pairs; values should be dates, counts, ids or flags, never the
 * text of notes or feedback. Thread-safe: one instance serves every session of a health check.
 */
public final class Findings {

  // Evidence names enum values in lower-case words; worked out once per enum type.
  private static final ClassValue<String[]> ENUM_NAMES = new ClassValue<>() {
    @Override
    protected String[] computeValue(Class<?> type) {
      Object[] constants = type.getEnumConstants();
      String[] names = new String[constants.length];
      for (int i = 0; i < constants.length; i++) {
        names[i] = ((Enum<?>) constants[i]).name().toLowerCase(Locale.ROOT).replace('_', '-');
      }
      return names;
    }
  };

  private final Function<Rule, RuleInfo> metadata;

  /** Made by the health check, which knows every loaded rule's metadata. */
  public Findings(Function<Rule, RuleInfo> metadata) {
    this.metadata = metadata;
  }

  /**
   * Reports a finding about a fact's subject.
   *
   * @param drools the rule context ({@code drools} in a consequence)
   * @param about the fact the finding is about
   * @param message what is wrong, in plain words
   * @param advice what the partners can do next
   * @param evidence key, value, key, value, ...
   */
  public void raise(RuleContext drools, Fact about, String message, String advice,
      Object... evidence) {
    RuleInfo rule = metadata.apply(drools.getRule());
    about.judgement().add(new Finding(rule.id(), rule.category(), rule.severity(),
        about.sharedSubject(), message, evidence(evidence), advice));
  }

  private static Map<String, Object> evidence(Object[] pairs) {
    if (pairs.length % 2 != 0) {
      throw new IllegalArgumentException(
          "evidence must be given as key, value pairs; got " + pairs.length + " items");
    }
    Object[] own = new Object[pairs.length]; // the caller's array may be reused
    for (int i = 0; i < own.length; i += 2) {
      own[i] = String.valueOf(pairs[i]);
      own[i + 1] = normalize(pairs[i + 1]);
    }
    return EvidenceMap.adoptPairs(own);
  }

  private static Object normalize(Object value) {
    if (value == null) {
      return "none";
    }
    if (value instanceof Number || value instanceof Boolean || value instanceof String) {
      return value;
    }
    if (value instanceof Enum<?> e) {
      return ENUM_NAMES.get(e.getDeclaringClass())[e.ordinal()];
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
