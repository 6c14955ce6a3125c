package io.github.mentoring.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class ProgramJsonProblemsTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  /**
   * A program with one relationship per argument: a valid relationship ({@code r1}, {@code r2},
   * ...) whose members are replaced or extended by the argument, JSON members without braces.
   */
  private static String program(String... overrides) {
    ObjectNode program = MAPPER.createObjectNode();
    program.put("formatVersion", Program.CURRENT_FORMAT_VERSION);
    program.put("name", "p");
    ArrayNode relationships = program.putArray("relationships");
    for (int i = 0; i < overrides.length; i++) {
      ObjectNode r = (ObjectNode) MAPPER.readTree("""
          {"id": "r%d", "mentor": {"id": "ada"}, "mentee": {"id": "ben"},
           "kind": "formal", "phase": "active", "startDate": "2026-01-05"}""".formatted(i + 1));
      r.setAll((ObjectNode) MAPPER.readTree("{" + overrides[i] + "}"));
      relationships.add(r);
    }
    return program.toString();
  }

  private static List<Problem> problemsOf(String json) {
    ProgramFormatException e = catchThrowableOfType(ProgramFormatException.class,
        () -> ProgramJson.read(json));
    assertThat(e).as("reading should fail: %s", json).isNotNull();
    assertThat(e.problems()).doesNotHaveDuplicates();
    return e.problems();
  }

  private static List<String> pathsOf(String json) {
    return problemsOf(json).stream().map(Problem::path).toList();
  }

  @Test
  void theBaseProgramIsValid() {
    assertThat(ProgramJson.read(program("", "")).relationships()).hasSize(2);
  }

  @Test
  void listsEveryProblemOfAFileWithSeveralErrorsInDocumentOrder() {
    String json = """
        {
          "formatVersion": 1,
          "name": "Cohort",
          "colour": "blue",
          "relationships": [
            {
              "id": "r1",
              "mentor": { "id": "ada", "nmae": "Ada" },
              "mentee": { "id": "ben" },
              "kind": "FORMAL",
              "phase": "active",
              "startDate": "2026-01-05",
              "plannedEnd": null,
              "meetings": [
                { "id": "m1", "scheduledAt": "2026-01-12T10:00", "status": "held" },
                { "id": "m2", "scheduledAt": "2026-01-19T10:00", "status": "held", "actualMinutes": "forty" },
                { "id": "m3", "scheduledAt": "2026-01-26T10:00", "status": "cancelled", "actualMinutes": 30 },
                { "id": "m4", "status": "scheduled" }
              ],
              "followUps": [
                { "id": "f1", "description": "Send the guide", "owner": "carl" }
              ]
            },
            {
              "id": "r2",
              "mentor": { "id": "chen" },
              "mentee": { "id": "chen" },
              "kind": "informal",
              "phase": "preparing",
              "startDate": "2026-02-01",
              "plannedEnd": "2026-02-30"
            }
          ]
        }
        """;

    List<Problem> problems = problemsOf(json);

    assertThat(problems).extracting(Problem::path).containsExactly(
        "$.colour",
        "$.relationships[0].mentor.nmae",
        "$.relationships[0].kind",
        "$.relationships[0].plannedEnd",
        "$.relationships[0].meetings[1].actualMinutes",
        "$.relationships[0].meetings[2].actualMinutes",
        "$.relationships[0].meetings[3].scheduledAt",
        "$.relationships[0].followUps[0].owner",
        "$.relationships[1].mentee.id",
        "$.relationships[1].plannedEnd");
    assertThat(problems).extracting(Problem::message).satisfiesExactly(
        m -> assertThat(m).startsWith("unknown field"),
        m -> assertThat(m).contains("did you mean \"name\""),
        m -> assertThat(m).contains("\"formal\", \"informal\"", "did you mean \"formal\"")
            .doesNotContain("FORMAL"),
        m -> assertThat(m).contains("null"),
        m -> assertThat(m).contains("integer", "a string").doesNotContain("forty"),
        m -> assertThat(m).contains("held"),
        m -> assertThat(m).contains("required"),
        m -> assertThat(m).contains("'carl'", "not a partner"),
        m -> assertThat(m).contains("differ"),
        m -> assertThat(m).contains("FEBRUARY 30"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"3", "0", "-1", "3.0", "99999999999999999999"})
  void refusesAnUnknownFormatVersionAloneAndAtOnce(String version) {
    String json = "{\"formatVersion\": " + version
        + ", \"nmae\": 1, \"relationships\": [{\"kind\": \"whatever\"}]}";

    List<Problem> problems = problemsOf(json);

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("$.formatVersion");
      assertThat(p.message()).contains("unsupported format version", "versions 1 and 2");
    });
  }

  @Test
  void saysWhenTheFileNeedsANewerLibrary() {
    assertThat(problemsOf("{\"formatVersion\": 3}").get(0).message()).contains("newer version");
  }

  @Test
  void aMissingOrMistypedVersionIsReportedWithTheRest() {
    assertThat(pathsOf("{\"name\": \"p\", \"relationships\": [], \"x\": 1}"))
        .containsExactly("$.formatVersion", "$.x");
    assertThat(problemsOf("{\"formatVersion\": \"1\", \"name\": \"p\", \"relationships\": []}"))
        .singleElement().satisfies(p -> {
          assertThat(p.path()).isEqualTo("$.formatVersion");
          assertThat(p.message()).contains("must be 2");
        });
  }

  @Test
  void anUnknownFieldIsReportedAtItsPathWithASuggestion() {
    String json = program("\"meetings\": [{\"id\": \"m1\", \"scheduledAt\": \"2026-01-12T10:00\","
        + " \"status\": \"held\", \"actualMinuts\": 30}]");

    assertThat(problemsOf(json)).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("$.relationships[0].meetings[0].actualMinuts");
      assertThat(p.message()).isEqualTo("unknown field; did you mean \"actualMinutes\"?");
    });
  }

  @Test
  void anUnknownFieldFarFromAnyNameListsTheKnownOnes() {
    assertThat(problemsOf(program("\"mentor\": {\"id\": \"ada\", \"favouriteColour\": 1}")))
        .singleElement().satisfies(p -> {
          assertThat(p.path()).isEqualTo("$.relationships[0].mentor.favouriteColour");
          assertThat(p.message()).contains("\"id\"", "\"name\"");
        });
  }

  @Test
  void anOddFieldNameGetsABracketedPath() {
    assertThat(pathsOf(program("\"my field\": 1"))).containsExactly("$.relationships[0]['my field']");
  }

  @Test
  void aWrongTypeIsReportedOnceAtItsPath() {
    String json = program("\"agreement\": {\"agenda\": {\"sentAhead\": \"no\"}}",
        "\"agreement\": {\"meetingMinutes\": 45.5}");

    assertThat(problemsOf(json)).satisfiesExactly(
        p -> {
          assertThat(p.path()).isEqualTo("$.relationships[0].agreement.agenda.sentAhead");
          assertThat(p.message()).contains("boolean", "a string").doesNotContain("\"no\"");
        },
        p -> {
          assertThat(p.path()).isEqualTo("$.relationships[1].agreement.meetingMinutes");
          assertThat(p.message()).contains("integer", "45.5");
        });
  }

  @Test
  void nullIsNeverAValue() {
    String json = program("\"plannedEnd\": null, \"mentee\": null, \"goals\": [null],"
        + " \"agreement\": {\"topics\": [\"ok\", null]}");

    assertThat(problemsOf(json)).extracting(Problem::path).containsExactly(
        "$.relationships[0].mentee",
        "$.relationships[0].plannedEnd",
        "$.relationships[0].goals[0]",
        "$.relationships[0].agreement.topics[1]");
    assertThat(problemsOf(json)).allSatisfy(p -> assertThat(p.message()).contains("null"));
  }

  @Test
  void anArrayWhereAnObjectBelongsIsOneProblem() {
    String json = program("\"mentor\": [], \"closure\": [{\"startedOn\": \"2026-01-05\"}]");

    assertThat(problemsOf(json)).extracting(Problem::path)
        .containsExactly("$.relationships[0].mentor", "$.relationships[0].closure");
    assertThat(problemsOf("{\"formatVersion\": 1, \"name\": \"p\", \"relationships\": {}}"))
        .singleElement().satisfies(p -> assertThat(p.path()).isEqualTo("$.relationships"));
  }

  @Test
  void aMissingRequiredFieldIsReportedOnceAtTheFieldsPath() {
    String json = "{\"formatVersion\": 1, \"name\": \"p\", \"relationships\": ["
        + "{\"id\": \"r1\", \"mentor\": {}, \"mentee\": {\"id\": \"b\"}, \"kind\": \"formal\"}]}";

    assertThat(problemsOf(json)).extracting(Problem::path).containsExactly(
        "$.relationships[0].phase",
        "$.relationships[0].startDate",
        "$.relationships[0].mentor.id");
    assertThat(problemsOf(json))
        .allSatisfy(p -> assertThat(p.message()).isEqualTo("is required but missing"));
  }

  @Test
  void aBrokenModelRuleIsReportedAtThePathOfThePropertyConcerned() {
    String json = program("\"followUps\": [{\"id\": \"f1\", \"description\": \"Send the guide\","
        + " \"owner\": \"carl\"}]");

    assertThat(problemsOf(json)).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("$.relationships[0].followUps[0].owner");
      assertThat(p.message()).contains("'carl'", "mentor 'ada'", "mentee 'ben'");
    });
  }

  @Test
  void modelRulesAreCheckedOnEveryObjectAndLevel() {
    String json = program(
        "\"agreement\": {\"meetingFrequency\": \"P0D\", \"availability\": [{\"partner\": \"mentor\","
            + " \"day\": \"monday\", \"from\": \"10:00\", \"until\": \"09:00\"}], \"activities\": [\" \"]}",
        "\"closure\": {\"startedOn\": \"2025-01-01\", \"remainingWork\": [{\"description\": \"\"}]}");

    assertThat(pathsOf(json)).containsExactly(
        "$.relationships[0].agreement.meetingFrequency",
        "$.relationships[0].agreement.availability[0].until",
        "$.relationships[0].agreement.activities[0]",
        "$.relationships[1].closure.startedOn",
        "$.relationships[1].closure.remainingWork[0].description");
  }

  @Test
  void pathsOfModelRulesKeepTheDocumentsIndexesWhenBrokenElementsAreLeftOut() {
    String json = program("""
        "meetings": [
          {"id": "m1", "scheduledAt": "2026-01-12T10:00", "status": "held"},
          {"id": "m2", "scheduledAt": "tomorrow", "status": "held"},
          {"id": "m3", "scheduledAt": "2026-01-26T10:00", "status": "scheduled"}
        ],
        "followUps": [
          {"id": "f1", "description": 7},
          {"id": "f2", "description": "ok", "owner": "ben"},
          {"id": "f3", "description": "ok", "owner": "carl", "fromMeeting": "m3"},
          {"id": "f4", "description": "ok", "fromMeeting": "m9"}
        ],
        "recordedOn": "2026-01-20",
        "progressUpdates": [
          {"date": "2026-01-01", "kind": "progres"},
          {"date": "2026-01-25", "kind": "progress"}
        ]""");

    assertThat(problemsOf(json)).extracting(Problem::path).containsExactly(
        "$.relationships[0].meetings[1].scheduledAt",
        "$.relationships[0].followUps[0].description",
        "$.relationships[0].followUps[2].owner",
        "$.relationships[0].followUps[3].fromMeeting",
        "$.relationships[0].progressUpdates[0].kind",
        "$.relationships[0].progressUpdates[1].date");
  }

  @Test
  void duplicateIdsAreFoundEvenWhenOneOfTheElementsIsBroken() {
    String json = program("""
        "meetings": [
          {"id": "m1", "scheduledAt": "2026-01-12T10:00", "status": "held", "actualMinutes": -5},
          {"id": "m1", "scheduledAt": "2026-01-19T10:00", "status": "held"}
        ]""", "\"id\": \"r1\", \"mentee\": {\"id\": \"ada\"}", "");

    List<Problem> problems = problemsOf(json);

    assertThat(problems).extracting(Problem::path).containsExactly(
        "$.relationships[0].meetings[0].actualMinutes",
        "$.relationships[0].meetings[1].id",
        "$.relationships[1].id",
        "$.relationships[1].mentee.id");
    assertThat(problems.get(1).message()).contains("meetings[0]", "'m1'");
    assertThat(problems.get(2).message()).contains("relationships[0]", "'r1'");
  }

  @Test
  void aFollowUpNamingABrokenMeetingIsNotBlamedForIt() {
    String json = program("""
        "meetings": [{"id": "m1", "scheduledAt": "2026-01-12T10:00", "status": "helt"}],
        "followUps": [{"id": "f1", "description": "ok", "fromMeeting": "m1"}]""");

    assertThat(pathsOf(json)).containsExactly("$.relationships[0].meetings[0].status");
  }

  @Test
  void valuesOfTheWrongFormAreExplained() {
    String json = program("\"plannedEnd\": \"30/06/2026\", \"agreement\": {\"meetingFrequency\":"
        + " \"2 weeks\", \"cancellation\": {\"minimumNotice\": \"24h\"}, \"availability\":"
        + " [{\"partner\": \"mentor\", \"day\": \"Monday\", \"from\": \"9am\", \"until\": \"10:00\"}]}");

    assertThat(problemsOf(json)).satisfiesExactly(
        p -> assertThat(p.message()).contains("date such as 2026-03-01")
            .doesNotContain("30/06/2026"),
        p -> assertThat(p.message()).contains("period such as P2W"),
        p -> assertThat(p.message()).contains("duration such as PT24H"),
        p -> assertThat(p.message()).contains("\"monday\"", "did you mean \"monday\"")
            .doesNotContain("Monday"),
        p -> assertThat(p.message()).contains("time of day such as 09:30"));
  }

  @Test
  void upperCaseEnumerationValuesAreRefused() {
    assertThat(problemsOf(program("\"phase\": \"CONTINUING_INFORMALLY\"")))
        .singleElement().satisfies(p -> {
          assertThat(p.path()).isEqualTo("$.relationships[0].phase");
          assertThat(p.message()).contains("\"continuing-informally\"");
        });
  }

  @Test
  void malformedDocumentsAreOneProblemAtTheRoot() {
    assertThat(problemsOf("{\"formatVersion\": 1,")).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("$");
      assertThat(p.message()).contains("not valid JSON", "line 1");
    });
    assertThat(problemsOf("")).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("empty"));
    assertThat(problemsOf("  \n ")).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("empty"));
    assertThat(problemsOf("[]")).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("JSON object", "array"));
    assertThat(problemsOf("null")).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("JSON object"));
    assertThat(problemsOf("{\"name\": \"a\", \"name\": \"b\"}")).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("Duplicate", "name"));
    assertThat(problemsOf("{} {}")).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("not valid JSON"));
  }

  @Test
  void theExceptionNamesTheSourceAndEveryProblem(@TempDir Path folder) throws Exception {
    Path file = folder.resolve("broken.json");
    Files.writeString(file, program("\"kind\": 1, \"phase\": 2"));

    assertThatThrownBy(() -> ProgramJson.read(file))
        .isInstanceOfSatisfying(ProgramFormatException.class, e -> {
          assertThat(e.source()).isEqualTo(file.toString());
          assertThat(e.problems()).hasSize(2);
          assertThat(e.getMessage()).contains(file.toString(), "2 problems",
              "$.relationships[0].kind", "$.relationships[0].phase");
        });
    assertThatThrownBy(() -> ProgramJson.read(new ByteArrayInputStream(
        "[]".getBytes(StandardCharsets.UTF_8))))
        .isInstanceOfSatisfying(ProgramFormatException.class,
            e -> assertThat(e.source()).isEqualTo("input stream"));
  }

  @Test
  void aMissingFileIsAnIoErrorNotAFormatProblem(@TempDir Path folder) {
    assertThatThrownBy(() -> ProgramJson.read(folder.resolve("absent.json")))
        .isInstanceOf(java.nio.file.NoSuchFileException.class);
  }
}
