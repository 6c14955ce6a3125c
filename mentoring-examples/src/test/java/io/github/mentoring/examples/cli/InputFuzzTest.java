package io.github.mentoring.examples.cli;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.mentoring.core.model.Relationship;
import io.github.mentoring.examples.input.EmbeddedJson;
import io.github.mentoring.json.Problem;
import io.github.mentoring.json.Program;
import io.github.mentoring.json.ProgramFormatException;
import io.github.mentoring.json.ProgramJson;
import io.github.mentoring.rules.HealthCheck;
import io.github.mentoring.rules.Category;
import io.github.mentoring.rules.RuleCatalogue;
import io.github.mentoring.rules.RuleInfo;
import io.github.mentoring.rules.Severity;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.node.ObjectNode;

/**
 * Fuzzes every reader of input: program files ({@link ProgramJson}), a request body with one
 * relationship and a check date ({@link EmbeddedJson}) and scenario files ({@link Scenario}).
 * Every input must give a valid result or the documented {@link ProgramFormatException} with
 * well-formed problems: never another exception, a hang or a partial result (a program that
 * does not survive being written and read again).
 *
 * <p>In a build, Jazzer runs {@link #readersAcceptOrExplain} in regression mode: once on each
 * input of {@code src/test/resources/io/github/mentoring/examples/cli/InputFuzzTestInputs/}
 * (seeds, and inputs that once failed). With {@code JAZZER_FUZZ=1} it fuzzes instead: see
 * {@code mentoring-examples/README.md} for a short and a long run.
 */
class InputFuzzTest {

  /**
   * Rule ids for scenarios to name: those of the example scenarios. Written out rather than
   * taken from a built health check, so that the fuzzer neither compiles nor instruments the
   * rules engine, which is not under test here.
   */
  private static final RuleCatalogue CATALOGUE = new RuleCatalogue(Stream.of(
      "fizzling.no-recent-meeting", "fizzling.no-recent-meeting.warning",
      "fizzling.no-recent-meeting.critical", "follow-ups.overdue", "follow-ups.long-overdue",
      "program.introduction-not-made", "program.quiet-quarter")
      .map(id -> new RuleInfo(id, Category.PROGRAM, Severity.INFO, "a rule", List.of(),
          "fuzz.drl", id))
      .toList());

  /** A run of 20 seconds: with {@code JAZZER_FUZZ=1}, the short run. */
  @FuzzTest(maxDuration = "20s")
  @DictionaryEntries({"\"formatVersion\"", "\"name\"", "\"asOf\"", "\"relationships\"",
      "\"relationship\"", "\"program\"", "\"id\"", "\"mentor\"", "\"mentee\"", "\"kind\"",
      "\"phase\"", "\"startDate\"", "\"plannedEnd\"", "\"actualEnd\"", "\"endedEarly\"",
      "\"earlyEnd\"", "\"raisedOn\"", "\"phaseSince\"", "\"thankedBy\"", "\"acknowledged\"",
      "\"replaces\"", "\"droppedOn\"", "\"achievedOn\"",
      "\"meetings\"", "\"scheduledAt\"", "\"status\"", "\"actualMinutes\"", "\"plannedMinutes\"",
      "\"followUps\"", "\"owner\"", "\"fromMeeting\"", "\"due\"", "\"doneOn\"", "\"goals\"",
      "\"progressChecks\"", "\"percentComplete\"", "\"agreement\"", "\"meetingMinutes\"",
      "\"meetingFrequency\"", "\"roadmap\"", "\"entries\"", "\"meetingNumber\"", "\"closure\"",
      "\"startedOn\"", "\"expectFire\"", "\"expectNoFire\"", "\"expectEvidence\"",
      "\"relationshipId\"", "\"formal\"", "\"active\"", "\"held\"", "\"cancelled\"", "\"done\"",
      "\"2026-01-05\"", "\"2026-01-12T10:00\"", "\"P2W\"", "\"PT24H\"", "\"09:30\"", "1e19",
      "2.0", "-1", "99999999999999999999", "\"+999999999-12-31\"", "\"0001-01-01\"", "null",
      "true", "[]", "{}", "\"\\u001b\"", "\"ada\"", "\"ben\""})
  void readersAcceptOrExplain(byte[] input) {
    readProgram(input);
    readRequestBody(input);
    readScenario(input);
  }

  /**
   * The long run: 200,000 inputs at most (or an hour), with {@code JAZZER_FUZZ=1} and
   * {@code -Dtest=InputFuzzTest#longRun}. In a build it runs its (empty) inputs only.
   */
  @MethodSource("seedsWhenFuzzing")
  @FuzzTest(maxExecutions = 200_000, maxDuration = "1h") // Jazzer wants its annotation last
  void longRun(byte[] input) {
    readersAcceptOrExplain(input);
  }

  /**
   * The inputs of {@link #readersAcceptOrExplain} as seeds of the long run, so that it starts
   * from valid documents; none in a build, where those inputs run once already.
   */
  static Stream<byte[]> seedsWhenFuzzing() throws IOException {
    if (System.getenv("JAZZER_FUZZ") == null || System.getenv("JAZZER_FUZZ").isEmpty()) {
      return Stream.of(new byte[0]);
    }
    try (Stream<Path> files = Files.list(SEEDS)) {
      List<byte[]> seeds = new ArrayList<>();
      for (Path file : files.sorted().toList()) {
        seeds.add(Files.readAllBytes(file));
      }
      return seeds.stream();
    }
  }

  private static final Path SEEDS = Path.of("src/test/resources/io/github/mentoring/examples/"
      + "cli/InputFuzzTestInputs/readersAcceptOrExplain");

  private static void readProgram(byte[] input) {
    Program program;
    try {
      program = ProgramJson.read(new ByteArrayInputStream(input));
    } catch (ProgramFormatException e) {
      checkProblems(e);
      return;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // A program read is whole: writing it and reading it back gives the same program.
    Program again = ProgramJson.read(ProgramJson.write(program));
    if (!again.equals(program)) {
      throw new IllegalStateException("the program read does not survive a round trip");
    }
  }

  private static void readRequestBody(byte[] input) {
    try {
      ObjectNode root = EmbeddedJson.parseObject(input, "request body");
      if (root.has("asOf")) {
        EmbeddedJson.readDate(root.get("asOf"), "$.asOf", "request body");
      }
      if (root.has("relationship")) {
        Relationship relationship = EmbeddedJson.readRelationship(root.get("relationship"),
            "$.relationship", "request body");
        if (relationship == null) {
          throw new IllegalStateException("a relationship read as null");
        }
      }
    } catch (ProgramFormatException e) {
      checkProblems(e);
    }
  }

  private static void readScenario(byte[] input) {
    try {
      Scenario scenario = Scenario.read(input, "fuzz.scenario.json", "fuzz", CATALOGUE);
      if (scenario.asOf() == null || scenario.relationships() == null
          || !HealthCheck.isCheckDateInRange(scenario.asOf())) {
        throw new IllegalStateException("a partial scenario");
      }
    } catch (ProgramFormatException e) {
      checkProblems(e);
    }
  }

  /** The documented form of a refusal: 1 to 100 problems, each at a path, and a count. */
  private static void checkProblems(ProgramFormatException e) {
    int kept = e.problems().size();
    if (kept == 0 || kept > ProgramFormatException.MAX_PROBLEMS || e.problemCount() < kept) {
      throw new IllegalStateException("bad problem list: " + kept + " of " + e.problemCount(), e);
    }
    for (Problem p : e.problems()) {
      if (!p.path().startsWith("$") || p.message().isBlank()) {
        throw new IllegalStateException("bad problem: " + p, e);
      }
    }
  }
}
