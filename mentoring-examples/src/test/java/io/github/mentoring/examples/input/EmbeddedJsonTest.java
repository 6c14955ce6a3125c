package io.github.mentoring.examples.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.mentoring.core.model.Relationship;
import io.github.mentoring.json.Program;
import io.github.mentoring.json.ProgramFormatException;
import io.github.mentoring.json.ProgramJson;
import io.github.mentoring.json.Schemas;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.StringNode;

/** Programs, relationships and check dates inside a larger document, and the bundled samples. */
class EmbeddedJsonTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final List<String> MARKERS = List.of("Zq7burnoutX",
      "Zq7 told me about her burnout and the divorce");

  @Test
  void checkDatesOfEmbeddedDocumentsAreLimitedToTheRangeOfAHealthCheck() {
    for (String day : List.of("+999999999-12-31", "0001-01-01", "3000-01-01")) {
      ProgramFormatException e = catchThrowableOfType(ProgramFormatException.class,
          () -> EmbeddedJson.readDate(StringNode.valueOf(day), "$.asOf", "request body"));
      assertThat(e.problems()).singleElement().satisfies(p -> {
        assertThat(p.path()).isEqualTo("$.asOf");
        assertThat(p.message()).contains("1900-01-01", "2999-12-31");
      });
      ProgramFormatException query = catchThrowableOfType(ProgramFormatException.class,
          () -> EmbeddedJson.parseDate(day, "?asOf", "request"));
      assertThat(query.problems()).singleElement()
          .satisfies(p -> assertThat(p.path()).isEqualTo("?asOf"));
    }
    assertThat(EmbeddedJson.parseDate("2026-04-15", "?asOf", "request"))
        .isEqualTo(LocalDate.of(2026, 4, 15));
  }

  @Test
  void aCheckDateThatIsNoDateDoesNotRepeatItsText() {
    for (String text : MARKERS) {
      ProgramFormatException e = catchThrowableOfType(ProgramFormatException.class,
          () -> EmbeddedJson.readDate(StringNode.valueOf(text), "$.asOf", "body"));
      assertThat(e.getMessage()).doesNotContain("Zq7");
      ProgramFormatException query = catchThrowableOfType(ProgramFormatException.class,
          () -> EmbeddedJson.parseDate(text, "?asOf", "request"));
      assertThat(query.getMessage()).doesNotContain("Zq7");
    }
  }

  @Test
  void aBrokenEmbeddedRelationshipIsReportedAtItsPlaceInTheDocument() {
    JsonNode body = EmbeddedJson.parseObject("{\"relationship\": {\"id\": \"r1\", "
        + "\"mentor\": {\"id\": \"ada\"}, \"mentee\": {\"id\": \"ben\"}, \"kind\": \"formal\", "
        + "\"phase\": \"active\", \"startDate\": \"2026-01-05\", \"meetings\": [{\"id\": \"m1\"}]}}",
        "request body");

    ProgramFormatException e = catchThrowableOfType(ProgramFormatException.class,
        () -> EmbeddedJson.readRelationship(body.get("relationship"), "$.relationship",
            "request body"));

    assertThat(e.source()).isEqualTo("request body");
    assertThat(e.problems()).isNotEmpty()
        .allSatisfy(p -> assertThat(p.path()).startsWith("$.relationship.meetings[0]"));
  }

  @Test
  void anEmbeddedRelationshipReadsAsTheSameRelationshipAlone() {
    String json = "{\"id\": \"r1\", \"mentor\": {\"id\": \"ada\"}, \"mentee\": {\"id\": \"ben\"}, "
        + "\"kind\": \"formal\", \"phase\": \"active\", \"startDate\": \"2026-01-05\"}";
    Relationship alone = ProgramJson.readRelationship(json);

    Relationship embedded = EmbeddedJson.readRelationship(
        EmbeddedJson.parseObject(json, "body"), "$.relationship", "body");

    assertThat(embedded).isEqualTo(alone);
  }

  @Test
  void theBundledMinimalSampleMatchesTheSchemaAndReads() throws Exception {
    String sample = "samples/minimal-program.json";
    JsonNode tree;
    try (InputStream in = resource(sample)) {
      tree = MAPPER.readTree(in);
    }

    assertThat(Schemas.validate(Schemas.PROGRAM, tree)).isEmpty();
    Program program;
    try (InputStream in = resource(sample)) {
      program = ProgramJson.read(in);
    }
    assertThat(program.name()).isEqualTo("Spring 2026 engineering cohort");
    assertThat(program.asOf()).hasValueSatisfying(d -> assertThat(d).hasToString("2026-04-15"));
    assertThat(program.relationships()).hasSize(2)
        .extracting(Relationship::getId).containsExactly("r-ada-ben", "r-chen-dana");
    assertThat(program.relationship("r-ada-ben").orElseThrow().getMeetings()).hasSize(3);
  }

  private static InputStream resource(String name) {
    InputStream in = EmbeddedJsonTest.class.getClassLoader().getResourceAsStream(name);
    assertThat(in).as(name).isNotNull();
    return in;
  }
}
