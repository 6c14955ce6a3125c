package io.github.mentoring.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.mentoring.core.model.Relationship;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One relationship alone, as an event or a stored record carries it. */
class RelationshipJsonTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  @Test
  void everyRelationshipOfARichProgramSurvivesWritingAndReadingAlone() throws Exception {
    for (Relationship relationship : SamplePrograms.rich().relationships()) {
      byte[] json = ProgramJson.writeRelationship(relationship);

      assertThat(ProgramJson.readRelationship(json)).isEqualTo(relationship);
      assertThat(ProgramJson.readRelationship(new ByteArrayInputStream(json)))
          .isEqualTo(relationship);
      assertThat(ProgramJson.readRelationship(ProgramJson.writeRelationshipAsString(relationship)))
          .isEqualTo(relationship);
    }
  }

  @Test
  void aRelationshipIsWrittenAsAProgramFileHoldsItOnOneLine() {
    Relationship relationship = SamplePrograms.rich().relationships().get(0);
    String alone = ProgramJson.writeRelationshipAsString(relationship);
    JsonNode inProgram = MAPPER.readTree(ProgramJson.write(SamplePrograms.rich()))
        .path("relationships").get(0);

    assertThat(MAPPER.readTree(alone)).isEqualTo(inProgram);
    assertThat(alone).doesNotContain("\n");
  }

  @Test
  void everyProblemOfABrokenRelationshipIsReportedAtItsPathInTheRelationship() {
    String json = "{\"id\": \"r1\", \"mentor\": {\"id\": \"ada\"}, \"kind\": \"formal\", "
        + "\"phase\": \"actve\", \"startDate\": \"2026-01-05\", "
        + "\"meetings\": [{\"id\": \"m1\", \"status\": \"held\", \"mentr\": 1}]}";

    ProgramFormatException e = catchThrowableOfType(ProgramFormatException.class,
        () -> ProgramJson.readRelationship(json.getBytes(StandardCharsets.UTF_8)));

    assertThat(e.source()).isEqualTo("relationship");
    assertThat(e.problems()).extracting(Problem::path)
        .contains("$.mentee", "$.phase", "$.meetings[0].mentr")
        .allSatisfy(path -> assertThat(path).doesNotContain("relationships"));
  }

  @Test
  void aRelationshipInTheWordsOfFormatVersionOneStillReads() {
    String version1 = "{\"id\": \"r1\", \"mentor\": {\"id\": \"ada\"}, "
        + "\"mentee\": {\"id\": \"ben\"}, \"kind\": \"formal\", \"phase\": \"closed\", "
        + "\"startDate\": \"2026-01-05\", \"actualEnd\": \"2026-03-01\", "
        + "\"endedEarly\": true}";

    Relationship read = ProgramJson.readRelationship(version1);

    assertThat(read.getEarlyEnd()).as("endedEarly: true is an early end in version 2").isPresent();
  }

  @Test
  void aRelationshipAlreadyParsedIsReadWithoutChangingItsTree() {
    JsonNode version1 = MAPPER.readTree("{\"id\": \"r1\", \"mentor\": {\"id\": \"ada\"}, "
        + "\"mentee\": {\"id\": \"ben\"}, \"kind\": \"formal\", \"phase\": \"closed\", "
        + "\"startDate\": \"2026-01-05\", \"actualEnd\": \"2026-03-01\", "
        + "\"endedEarly\": true}");
    JsonNode before = version1.deepCopy();

    Relationship read = ProgramJson.readRelationship(version1);

    assertThat(read).isEqualTo(ProgramJson.readRelationship(version1.toString()));
    assertThat(version1).as("the caller's tree").isEqualTo(before);
    assertThat(catchThrowableOfType(ProgramFormatException.class,
        () -> ProgramJson.readRelationship(MAPPER.readTree("[]"))).problems())
        .singleElement().satisfies(p -> assertThat(p.path()).isEqualTo("$"));
  }

  @Test
  void aProgramAlreadyParsedReadsAsItsText() {
    String json = ProgramJson.write(SamplePrograms.rich());

    assertThat(ProgramJson.read(MAPPER.readTree(json))).isEqualTo(ProgramJson.read(json));
  }

  @Test
  void textThatIsNoObjectIsOneProblemAtTheRoot() {
    ProgramFormatException e = catchThrowableOfType(ProgramFormatException.class,
        () -> ProgramJson.readRelationship("[1, 2]"));

    assertThat(e.problems()).singleElement()
        .satisfies(p -> assertThat(p.path()).isEqualTo("$"));
  }
}
