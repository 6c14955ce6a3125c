package io.github.mentoring.rules.internal.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.mentoring.rules.HealthCheck;
import io.github.mentoring.rules.Policy;
import io.github.mentoring.rules.RuleBuildException;
import io.github.mentoring.rules.facts.AgreementFacts;
import io.github.mentoring.rules.facts.ClosureFacts;
import io.github.mentoring.rules.facts.Fact;
import io.github.mentoring.rules.facts.Findings;
import io.github.mentoring.rules.facts.FollowUpFacts;
import io.github.mentoring.rules.facts.GoalFacts;
import io.github.mentoring.rules.facts.MeetingFacts;
import io.github.mentoring.rules.facts.PartnerFacts;
import io.github.mentoring.rules.facts.RelationshipFacts;
import io.github.mentoring.rules.internal.sandbox.DesignerFileCheck.Problem;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes the designer-file check: for any text, whole files or code put into a rule's
 * constraint and consequence, the check answers a list of well-formed problems (file, line, a
 * message) and never throws or hangs; a text it accepts builds into a health check or fails with
 * the documented {@link RuleBuildException}, nothing else; and a text that names {@code System},
 * {@code getClass} or {@code Runtime} as code is never accepted.
 *
 * <p>In a build Jazzer runs the inputs under {@code src/test/resources/.../DesignerFileFuzzTestInputs/}
 * once each; {@code JAZZER_FUZZ=1} fuzzes (see the README's "Security and trust").
 */
class DesignerFileFuzzTest {

  private static final String FILE = "fuzz.drl";

  // What the health check allows a designer file (the engine's own list is package-private in
  // the API package; a file it accepts here is also built by a health check below).
  private static final Allowlist ALLOWLIST = new Allowlist(
      List.of(Fact.class, RelationshipFacts.class, PartnerFacts.class, MeetingFacts.class,
          GoalFacts.class, FollowUpFacts.class, AgreementFacts.class, ClosureFacts.class),
      Map.of("findings", Findings.class, "policy", Policy.class),
      Set.of("io.github.mentoring.rules.facts", "io.github.mentoring.core.model"));

  @FuzzTest(maxDuration = "20s")
  @Timeout(10)
  @DictionaryEntries({"System", "getClass", "Runtime", ".", "(", ")", "\\u", "/*", "*/", "//",
      "\"", "'", "new ", "drools", "$r", "findings.raise(drools, $r, \"m\", \"a\");",
      "daysWithoutMeeting", "policy.integer(\"fizzling.lookback-days\")", "in (", "->", "::",
      "@id(", "rule \"x\"", "when", "then", "end", "import ", "function ", "declare ", "from ",
      "accumulate(", "eval(", "not ", "exists ", "dialect \"mvel\"", "salience ", "#", "!.",
      "java.lang.", "Phase.ACTIVE", "LocalDate.of(2026, 1, 1)", "\r", "\n", "\t", "\u202e"})
  void checkAnswersProblemsOrBuildsNeverAnythingElse(FuzzedDataProvider data) {
    checkOne(data, true);
  }

  /**
   * The long run: 200,000 inputs at most (or an hour), with {@code JAZZER_FUZZ=1} and
   * {@code -Dtest=DesignerFileFuzzTest#longRun}. It holds the check to the same answers but does
   * not compile what it accepts (the compiler takes a tenth of a second a file, the check
   * microseconds). In a build it runs its (empty) inputs only. No {@code @Timeout} here: JUnit
   * would apply it to the whole run; a slow input shows in the run's rate, and once kept among
   * the inputs of the method above it is held to that method's ten seconds.
   */
  @FuzzTest(maxExecutions = 200_000, maxDuration = "1h")
  void longRun(FuzzedDataProvider data) {
    checkOne(data, false);
  }

  private static void checkOne(FuzzedDataProvider data, boolean compileAccepted) {
    String drl;
    if (data.consumeBoolean()) {
      drl = data.consumeRemainingAsString();
    } else {
      String constraint = data.consumeString(300);
      String consequence = data.consumeRemainingAsString();
      drl = """
          package program.fuzz;
          import io.github.mentoring.rules.facts.*;
          global io.github.mentoring.rules.facts.Findings findings;
          global io.github.mentoring.rules.Policy policy;

          rule "Fuzzed"
              @id("program.fuzzed") @category("program") @severity("info") @description("x")
          when
              $r : RelationshipFacts( %s )
          then
              %s
          end
          """.formatted(constraint, consequence);
    }
    List<Problem> problems = DesignerFileCheck.check(FILE, drl, ALLOWLIST);
    assertThat(problems).allSatisfy(p -> {
      assertThat(p.file()).isEqualTo(FILE);
      assertThat(p.line()).isNotNegative();
      assertThat(p.message()).isNotBlank();
    });
    if (problems.isEmpty()) {
      List<CodeCheck.Token> tokens;
      try {
        tokens = CodeCheck.tokens(drl);
      } catch (IllegalArgumentException notJavaLike) {
        tokens = List.of(); // DRL outside rules' code may hold text no code reader accepts
      }
      assertThat(tokens).as("an accepted file names nothing forbidden as code")
          .noneMatch(t -> t.kind() == CodeCheck.Token.IDENT
              && List.of("System", "getClass", "Runtime", "Class").contains(t.text()));
      if (compileAccepted) {
        try {
          HealthCheck.builder().withoutBuiltInRules().addRules(FILE, drl).build();
        } catch (RuleBuildException expected) {
          // the compiler's own verdict, with file and line: a documented outcome
        }
      }
    }
  }
}
