package io.github.mentoring.rules;

import io.github.mentoring.core.model.Phase;
import io.github.mentoring.core.model.RelationshipKind;
import io.github.mentoring.rules.facts.FactBuilder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.drools.base.base.ObjectType;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.Accumulate;
import org.drools.base.rule.Collect;
import org.drools.base.rule.EntryPointId;
import org.drools.base.rule.EvalCondition;
import org.drools.base.rule.Forall;
import org.drools.base.rule.From;
import org.drools.base.rule.GroupElement;
import org.drools.base.rule.NamedConsequence;
import org.drools.base.rule.Pattern;
import org.drools.base.rule.RuleConditionElement;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * Which facts some loaded rule could match: a fact is worth building and inserting for a
 * relationship only if some rule whose patterns read its type declares that it applies to the
 * relationship's phase and kind ({@code @phases}, {@code @kinds}; a rule that declares nothing
 * applies to all). A fact that no such rule reads could reach no rule, so leaving it out changes
 * no finding and spares building and inserting it. Immutable and thread-safe.
 *
 * <p>The declarations are a promise: a rule declared for some phases must not match a fact of
 * another (the built-in rules keep the matching test, {@code active} or {@code phase in (...)},
 * in their conditions too; a property test checks that leaving facts out changes no report).
 *
 * <p><b>Which types a rule reads</b> is taken from the compiled rule's own description of its
 * conditions, {@link RuleImpl#getLhs()}: the tree of {@code org.drools.base.rule} elements (and,
 * or, not, exists, forall, accumulate, collect, from, eval, patterns) that both of Drools' engines
 * build a rule from, walked through the generic {@link RuleConditionElement#getNestedElements()}
 * down to every {@link Pattern}, whose {@link ObjectType#getTypeKey()} is the class it matches. It does not depend on how
 * the network is laid out or how constraints are compiled, it sees patterns under {@code not} and
 * {@code exists} and in accumulate sources (which {@code RuleImpl.getDeclarations()}, holding only
 * bound variables, would miss), and it reads rules loaded precompiled as well as compiled ones,
 * which parsing the DRL text again would not without resolving its imports. Should a later Drools
 * hand back a rule that is not a {@code RuleImpl}, or a condition element this walk does not
 * know, that rule counts as reading every type: the check gets slower, never wrong.
 */
final class FactFilter implements FactBuilder.Filter {

  private static final Phase[] PHASES = Phase.values();
  private static final RelationshipKind[] KINDS = RelationshipKind.values();

  /**
   * The condition elements whose patterns are all reached through {@code getNestedElements()}.
   */
  private static final List<Class<?>> KNOWN = List.of(GroupElement.class, Pattern.class,
      Accumulate.class, Collect.class, Forall.class, From.class, EvalCondition.class,
      EntryPointId.class, NamedConsequence.class);

  /** A filter that inserts every fact. */
  static final FactFilter ALL = new FactFilter(List.of(new Reach(Object.class, always())));

  /**
   * A type some rule reads, and the phases and kinds it is read in: {@code
   * [phase.ordinal() * 2 + (formal ? 1 : 0)]}.
   */
  private record Reach(Class<?> type, boolean[] passes) {}

  private final List<Reach> reaches;

  private FactFilter(List<Reach> reaches) {
    this.reaches = reaches;
  }

  /**
   * The types each rule of the rule base reads, in the phases and kinds its metadata ({@code
   * info}: null for a rule without it) declares.
   */
  static FactFilter of(KieBase kieBase, Function<Rule, RuleInfo> info) {
    List<Reach> reaches = new ArrayList<>();
    for (KiePackage p : kieBase.getKiePackages()) {
      for (Rule rule : p.getRules()) {
        boolean[] passes = applicability(info.apply(rule));
        for (Class<?> type : readTypes(rule)) {
          reaches.add(new Reach(type, passes));
        }
      }
    }
    return new FactFilter(List.copyOf(reaches));
  }

  /** Where a rule applies, by phase and formality; everywhere when it has no metadata. */
  private static boolean[] applicability(RuleInfo info) {
    if (info == null) {
      return always();
    }
    boolean[] passes = new boolean[PHASES.length * 2];
    for (Phase phase : PHASES) {
      for (RelationshipKind kind : KINDS) {
        passes[index(phase, kind == RelationshipKind.FORMAL)] = info.appliesTo(phase, kind);
      }
    }
    return passes;
  }

  /**
   * The classes of every pattern in the rule's conditions, however deeply nested; {@code Object}
   * (every type) when a condition cannot be read.
   */
  static List<Class<?>> readTypes(Rule rule) {
    if (!(rule instanceof RuleImpl impl) || impl.getLhs() == null) {
      return List.of(Object.class);
    }
    List<Class<?>> types = new ArrayList<>();
    if (!collect(impl.getLhs(), types)) {
      return List.of(Object.class);
    }
    return List.copyOf(types);
  }

  /** Adds the classes of the patterns at and under {@code element}; false if one is unreadable. */
  private static boolean collect(RuleConditionElement element, List<Class<?>> types) {
    if (KNOWN.stream().noneMatch(known -> known.isInstance(element))) {
      return false; // a query call, a window, or something newer: its patterns may lie elsewhere
    }
    if (element instanceof Pattern pattern) {
      ObjectType type = pattern.getObjectType();
      Class<?> matched = classOf(type);
      if (matched == null) {
        return false;
      }
      if (!types.contains(matched)) {
        types.add(matched);
      }
    }
    List<? extends RuleConditionElement> nested = element.getNestedElements();
    if (nested != null) {
      for (RuleConditionElement child : nested) {
        if (child != null && !collect(child, types)) {
          return false;
        }
      }
    }
    return true;
  }

  /** The class a pattern matches, or null for a type that is not a plain class. */
  private static Class<?> classOf(ObjectType type) {
    if (type == null || type.isPrototype()) {
      return null;
    }
    // Read through the supported accessor rather than a cast to ClassObjectType.
    if (type.getTypeKey() instanceof Class<?> c) {
      return c;
    }
    return null;
  }

  /**
   * Whether some rule could match a fact of this type from a relationship in this phase and of this
   * formality.
   */
  @Override
  public boolean mayMatch(Class<?> type, Phase phase, boolean formal) {
    int index = index(phase, formal);
    for (Reach reach : reaches) {
      if (reach.passes()[index] && reach.type().isAssignableFrom(type)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether every rule of the rule base matches one fact at a time: its conditions are one
   * pattern on a fact inserted into the session (under the rule's implicit "and"), with no join,
   * {@code not}, {@code exists}, {@code forall}, {@code accumulate}, {@code collect}, {@code from}
   * or {@code eval}. False when a rule's conditions cannot be read.
   */
  static boolean matchesOneFactAtATime(KieBase kieBase) {
    for (KiePackage p : kieBase.getKiePackages()) {
      for (Rule rule : p.getRules()) {
        if (!(rule instanceof RuleImpl impl) || impl.getLhs() == null) {
          return false;
        }
        GroupElement lhs = impl.getLhs();
        if (!lhs.isAnd() || lhs.getChildren().size() != 1
            || !(lhs.getChildren().get(0) instanceof Pattern pattern)
            || pattern.getSource() != null || classOf(pattern.getObjectType()) == null) {
          return false;
        }
      }
    }
    return true;
  }

  /** Whether some rule reads facts of this type (or a supertype), in any phase or kind. */
  boolean readsAnywhere(Class<?> type) {
    for (Reach reach : reaches) {
      if (reach.type().isAssignableFrom(type)) {
        for (boolean passes : reach.passes()) {
          if (passes) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static int index(Phase phase, boolean formal) {
    return phase.ordinal() * 2 + (formal ? 1 : 0);
  }

  private static boolean[] always() {
    boolean[] all = new boolean[PHASES.length * 2];
    Arrays.fill(all, true);
    return all;
  }
}
