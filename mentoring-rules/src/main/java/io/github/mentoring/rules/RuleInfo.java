package io.github.mentoring.rules;

import io.github.mentoring.core.model.Phase;
import io.github.mentoring.core.model.RelationshipKind;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A loaded rule as its metadata describes it.
 *
 * @param id the stable id (the {@code @id} metadata)
 * @param category its family ({@code @category})
 * @param severity the severity of its findings ({@code @severity})
 * @param description one line on what it catches ({@code @description})
 * @param thresholds the policy keys it reads ({@code @thresholds}, comma separated)
 * @param source the DRL file it came from
 * @param ruleName the Drools rule name
 * @param phases the phases of the relationships whose facts it can match ({@code @phases}, comma
 *     separated; every phase when the rule does not say): facts of a relationship in another
 *     phase are not built for it
 * @param kinds the kinds of relationship whose facts it can match ({@code @kinds}: {@code formal},
 *     {@code informal}; both when the rule does not say)
 * @param message the rule's {@code @message} template, filled from each finding's evidence; null
 *     for a rule that words its findings in its consequence ({@code findings.raise})
 * @param advice the rule's {@code @advice} template; null likewise
 */
public record RuleInfo(
    String id,
    Category category,
    Severity severity,
    String description,
    List<String> thresholds,
    String source,
    String ruleName,
    Set<Phase> phases,
    Set<RelationshipKind> kinds,
    MessageTemplate message,
    MessageTemplate advice) {

  public RuleInfo {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(description, "description");
    thresholds = List.copyOf(thresholds);
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(ruleName, "ruleName");
    phases = ordered(Phase.class, phases);
    kinds = ordered(RelationshipKind.class, kinds);
  }

  /** A rule that words its findings in its consequence. */
  public RuleInfo(String id, Category category, Severity severity, String description,
      List<String> thresholds, String source, String ruleName, Set<Phase> phases,
      Set<RelationshipKind> kinds) {
    this(id, category, severity, description, thresholds, source, ruleName, phases, kinds, null,
        null);
  }

  /** A rule that applies to relationships of every phase and kind. */
  public RuleInfo(String id, Category category, Severity severity, String description,
      List<String> thresholds, String source, String ruleName) {
    this(id, category, severity, description, thresholds, source, ruleName,
        EnumSet.allOf(Phase.class), EnumSet.allOf(RelationshipKind.class));
  }

  /** Whether the rule can match facts of a relationship in this phase and of this kind. */
  public boolean appliesTo(Phase phase, RelationshipKind kind) {
    return phases.contains(phase) && kinds.contains(kind);
  }

  /** An unmodifiable copy that iterates in the enumeration's order. */
  private static <E extends Enum<E>> Set<E> ordered(Class<E> type, Set<E> values) {
    EnumSet<E> copy = EnumSet.noneOf(type);
    for (E value : values) {
      copy.add(Objects.requireNonNull(value));
    }
    return Collections.unmodifiableSet(copy);
  }
}
