package io.github.mentoring.rules.internal;

import io.github.mentoring.core.model.Phase;
import io.github.mentoring.rules.facts.Fact;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.drools.base.InitialFact;
import org.drools.base.base.ClassObjectType;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.reteoo.AlphaNode;
import org.drools.core.reteoo.ObjectSink;
import org.drools.core.reteoo.ObjectTypeNode;
import org.drools.mvel.MVELConstraint;
import org.kie.api.KieBase;

/**
 * Which facts some loaded rule could match, judged from the rule network: a fact is worth
 * inserting for a relationship only if, for one of the object types it belongs to, some path from
 * that type's node lets it through the tests that read only its relationship's phase and formality.
 *
 * <p>Most rules begin with such tests ({@code active}, {@code ending}, {@code formal}, {@code
 * phase == Phase.X || ...}); they are worked out here for every phase and formality, once per
 * rule base. A fact they stop on every path could reach no rule, so leaving it out changes no
 * finding and spares building and inserting it. A path is followed only while its tests are of
 * that kind: any other test, and a node that is not a test (a join, a rule), counts as reached.
 * Immutable and thread-safe.
 */
public final class FactFilter {

  private static final Phase[] PHASES = Phase.values();

  /** A filter that inserts every fact, for a rule base this class cannot read. */
  static final FactFilter ALL = new FactFilter(List.of(new Reach(Object.class, always())));

  /**
   * What gets through a type's tests to some rule, by phase and formality: {@code
   * [phase.ordinal() * 2 + (formal ? 1 : 0)]}.
   */
  private record Reach(Class<?> type, boolean[] passes) {}

  private final List<Reach> reaches;

  private FactFilter(List<Reach> reaches) {
    this.reaches = reaches;
  }

  /** Reads the tests on phase and formality along every path of the rule base's network. */
  static FactFilter of(KieBase kieBase) {
    if (!(kieBase instanceof InternalRuleBase ruleBase)) {
      return ALL;
    }
    List<Reach> reaches = new ArrayList<>();
    for (ObjectTypeNode node : ruleBase.getRete().getObjectTypeNodes()) {
      if (!(node.getObjectType() instanceof ClassObjectType type)
          || InitialFact.class.isAssignableFrom(type.getClassType())) {
        continue;
      }
      // Only a fact's own phase and formality are read here: a test on another type's property of
      // the same name means something else.
      boolean readable = Fact.class.isAssignableFrom(type.getClassType());
      boolean[] passes = new boolean[PHASES.length * 2];
      // A disabled (removed) rule leaves its type's node behind with nothing after it.
      for (ObjectSink sink : node.getObjectSinkPropagator().getSinks()) {
        follow(sink, always(), readable, passes);
      }
      reaches.add(new Reach(type.getClassType(), passes));
    }
    return new FactFilter(List.copyOf(reaches));
  }

  /**
   * Follows a path of tests from a type's node while they read only the phase and formality: a
   * fact gets past such a test only for the phases and formalities that pass it and every test
   * before it. Where the path reaches any other test or node, those that got there are marked.
   */
  private static void follow(ObjectSink sink, boolean[] reaching, boolean readable,
      boolean[] passes) {
    if (sink instanceof AlphaNode alpha) {
      if (alpha.getObjectSinkPropagator().isEmpty()) {
        return; // left behind by a removed rule
      }
      if (readable && alpha.getConstraint() instanceof MVELConstraint constraint) {
        boolean[] test = table(constraint.getExpression());
        if (test != null) {
          boolean[] past = new boolean[reaching.length];
          for (int i = 0; i < past.length; i++) {
            past[i] = reaching[i] && test[i];
          }
          for (ObjectSink next : alpha.getObjectSinkPropagator().getSinks()) {
            follow(next, past, readable, passes);
          }
          return;
        }
      }
    }
    for (int i = 0; i < passes.length; i++) {
      passes[i] |= reaching[i];
    }
  }

  /**
   * Whether some rule could match a fact of this type from a relationship in this phase and of this
   * formality.
   */
  public boolean mayMatch(Class<?> type, Phase phase, boolean formal) {
    int index = phase.ordinal() * 2 + (formal ? 1 : 0);
    for (Reach reach : reaches) {
      if (reach.passes()[index] && reach.type().isAssignableFrom(type)) {
        return true;
      }
    }
    return false;
  }

  private static boolean[] always() {
    boolean[] all = new boolean[PHASES.length * 2];
    Arrays.fill(all, true);
    return all;
  }

  /** The test's outcome for every phase and formality, or null if it reads anything else. */
  static boolean[] table(String expression) {
    boolean[] passes = new boolean[PHASES.length * 2];
    try {
      for (Phase phase : PHASES) {
        for (boolean formal : new boolean[] {false, true}) {
          passes[phase.ordinal() * 2 + (formal ? 1 : 0)] =
              new Test(expression, phase, formal).evaluate();
        }
      }
      return passes;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * Evaluates a test written only in terms of a fact's phase and formality: {@code active}, {@code
   * ending}, {@code formal}, {@code phase == Phase.X}, {@code phase != Phase.X}, {@code phase [not]
   * in (Phase.X, ...)}, {@code true}, {@code false}, joined with {@code !}, {@code &&}, {@code ||}
   * and parentheses. Anything else is refused with an {@link IllegalArgumentException}.
   */
  private static final class Test {
    private final List<String> tokens;
    private final Phase phase;
    private final boolean formal;
    private int next;

    Test(String expression, Phase phase, boolean formal) {
      this.tokens = tokenize(expression);
      this.phase = phase;
      this.formal = formal;
    }

    boolean evaluate() {
      boolean value = or();
      if (next != tokens.size()) {
        throw new IllegalArgumentException("unread: " + tokens.get(next));
      }
      return value;
    }

    private boolean or() {
      boolean value = and();
      while (accept("||")) {
        value |= and();
      }
      return value;
    }

    private boolean and() {
      boolean value = unary();
      while (accept("&&")) {
        value &= unary();
      }
      return value;
    }

    private boolean unary() {
      if (accept("!")) {
        return !unary();
      }
      if (accept("(")) {
        boolean value = or();
        expect(")");
        return value;
      }
      String word = take();
      switch (word) {
        case "active":
          return phase == Phase.ACTIVE;
        case "ending":
          return phase.isEnding();
        case "formal":
          return formal;
        case "true":
          return true;
        case "false":
          return false;
        case "phase":
          return phaseTest();
        default:
          throw new IllegalArgumentException("not a phase or formality test: " + word);
      }
    }

    private boolean phaseTest() {
      if (accept("==")) {
        return phase == constant(take());
      }
      if (accept("!=")) {
        return phase != constant(take());
      }
      boolean negated = accept("not");
      expect("in");
      expect("(");
      boolean in = phase == constant(take());
      while (accept(",")) {
        in |= phase == constant(take());
      }
      expect(")");
      return in != negated;
    }

    private static Phase constant(String word) {
      String name = word.startsWith("Phase.") ? word.substring("Phase.".length()) : "";
      for (Phase p : PHASES) {
        if (p.name().equals(name)) {
          return p;
        }
      }
      throw new IllegalArgumentException("not a phase: " + word);
    }

    private boolean accept(String token) {
      if (next < tokens.size() && tokens.get(next).equals(token)) {
        next++;
        return true;
      }
      return false;
    }

    private void expect(String token) {
      if (!accept(token)) {
        throw new IllegalArgumentException("expected " + token);
      }
    }

    private String take() {
      if (next >= tokens.size()) {
        throw new IllegalArgumentException("unexpected end");
      }
      return tokens.get(next++);
    }

    private static List<String> tokenize(String expression) {
      List<String> tokens = new ArrayList<>();
      String text = expression.strip();
      int i = 0;
      while (i < text.length()) {
        char c = text.charAt(i);
        if (Character.isWhitespace(c)) {
          i++;
        } else if (Character.isJavaIdentifierStart(c)) {
          int start = i;
          while (i < text.length()
              && (Character.isJavaIdentifierPart(text.charAt(i)) || text.charAt(i) == '.')) {
            i++;
          }
          tokens.add(text.substring(start, i));
        } else if (text.startsWith("==", i) || text.startsWith("!=", i)
            || text.startsWith("&&", i) || text.startsWith("||", i)) {
          tokens.add(text.substring(i, i + 2));
          i += 2;
        } else if ("!(),".indexOf(c) >= 0) {
          tokens.add(String.valueOf(c));
          i++;
        } else {
          throw new IllegalArgumentException("unexpected " + c);
        }
      }
      return tokens;
    }
  }
}
