package io.github.mentoring.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mentoring.core.model.Relationship;
import io.github.mentoring.core.testing.RelationshipGenerator;
import io.github.mentoring.rules.facts.Fact;
import io.github.mentoring.rules.facts.FactBuilder;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Confidential text is out of a designer rule's reach: every free text of the model (meeting
 * notes, feedback, preparation, conversation checks, progress notes, follow-up descriptions, the
 * agreement's words, partner names, ...) is collected from generated relationships, and no value a
 * designer rule may read from any fact, through any allowed member, contains one of them.
 */
class ConfidentialReachTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 27);
  // Ids and references to ids are not confidential: rules need them to say what a finding is about.
  private static final Set<String> ID_GETTERS = Set.of("getId", "getOwner", "getFromMeeting");

  static LongStream seeds() {
    return LongStream.range(0, 60);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void noValueADesignerRuleCanReadHoldsConfidentialText(long seed) throws Exception {
    Relationship relationship = new RelationshipGenerator(seed, AS_OF).next();
    Set<String> secrets = new HashSet<>();
    collectTexts(relationship, secrets, 0);
    assertThat(secrets).as("the generated relationship has confidential texts").isNotEmpty();

    List<Object> facts = new ArrayList<>();
    new FactBuilder(Policy.defaults(), FactFilter.ALL).addFacts(relationship, AS_OF,
        new Judgement(relationship.getId(), AS_OF), facts);
    int read = 0;
    for (Object fact : facts) {
      for (Method m : fact.getClass().getMethods()) {
        if (m.getParameterCount() > 0 || Modifier.isStatic(m.getModifiers())
            || !RuleEngine.DESIGNER_ALLOWLIST.isCallable(m.getName())
            || m.getDeclaringClass() == Object.class) {
          continue;
        }
        Object value = m.invoke(fact);
        read++;
        for (String text : texts(value)) {
          for (String secret : secrets) {
            assertThat(text).as("%s.%s", fact.getClass().getSimpleName(), m.getName())
                .doesNotContain(secret);
          }
        }
      }
    }
    assertThat(read).isPositive();
    assertThat(facts).allMatch(f -> f instanceof Fact);
  }

  private static List<String> texts(Object value) {
    if (value instanceof String s) {
      return List.of(s);
    }
    if (value instanceof Collection<?> c) {
      return c.stream().flatMap(v -> texts(v).stream()).toList();
    }
    return value == null ? List.of() : List.of(value.toString());
  }

  /** Every free text in the model object graph (longer than a short word, to avoid chance hits). */
  private static void collectTexts(Object o, Set<String> into, int depth) throws Exception {
    if (o == null || depth > 8) {
      return;
    }
    if (o instanceof String s) {
      if (s.length() >= 8) {
        into.add(s);
      }
      return;
    }
    if (o instanceof Optional<?> opt) {
      collectTexts(opt.orElse(null), into, depth);
      return;
    }
    if (o instanceof Collection<?> c) {
      for (Object e : c) {
        collectTexts(e, into, depth + 1);
      }
      return;
    }
    if (!o.getClass().getPackageName().startsWith("io.github.mentoring.core.model")
        || o.getClass().isEnum()) {
      return;
    }
    // The generated implementations are package-private: read through the public model type.
    Class<?> type = o.getClass();
    while (!Modifier.isPublic(type.getModifiers())) {
      type = type.getSuperclass();
    }
    for (Method m : type.getMethods()) {
      if (m.getParameterCount() == 0 && m.getName().startsWith("get")
          && !ID_GETTERS.contains(m.getName()) && !Modifier.isStatic(m.getModifiers())
          && m.getDeclaringClass() != Object.class) {
        collectTexts(m.invoke(o), into, depth + 1);
      }
    }
  }
}
