package io.github.mentoring.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A document of thousands of bad values gives the first {@value ProgramFormatException#MAX_PROBLEMS}
 * problems and a count of all, quickly: a 1 MiB request body of {@code [{}, {}, ...]} must not
 * become a problem document of hundreds of megabytes. Bounded memory is hard to assert directly;
 * the number of problems kept and the time taken stand for it.
 */
class ProblemLimitTest {

  private static final int ONE_MIB = 1 << 20;

  /** {@code {"formatVersion": 1, "name": "p", "<list>": [{}, {}, ...]}} of about 1 MiB. */
  private static String bodyOfEmptyObjects(String list) {
    StringBuilder json = new StringBuilder(ONE_MIB + 100)
        .append("{\"formatVersion\": 1, \"name\": \"p\", \"").append(list).append("\": [{}");
    while (json.length() < ONE_MIB - 10) {
      json.append(",{}");
    }
    return json.append("]}").toString();
  }

  @Test
  void aMebibyteOfEmptyRelationshipsGivesTheFirstHundredProblemsAndACount() {
    String json = bodyOfEmptyObjects("relationships");
    int elements = json.split("\\{}", -1).length - 1;

    ProgramFormatException e = assertTimeoutPreemptively(Duration.ofSeconds(30),
        () -> catchThrowableOfType(ProgramFormatException.class, () -> ProgramJson.read(json)));

    assertThat(e.problems()).hasSize(ProgramFormatException.MAX_PROBLEMS);
    // Each empty relationship lacks six required fields.
    assertThat(e.problemCount()).isGreaterThanOrEqualTo(elements * 6);
    assertThat(e.isTruncated()).isTrue();
    assertThat(e.problems().get(0).path()).isEqualTo("$.relationships[0].id");
    assertThat(e.getMessage()).contains(e.problemCount() + " problems, the first 100 listed")
        .hasSizeLessThan(20_000);
  }

  @Test
  void aRelationshipWithAMebibyteOfEmptyMeetingsIsBoundedToo() {
    StringBuilder meetings = new StringBuilder(ONE_MIB + 300).append("[{}");
    while (meetings.length() < ONE_MIB) {
      meetings.append(",{}");
    }
    String body = "{\"id\": \"r1\", \"mentor\": {\"id\": \"ada\"}, "
        + "\"mentee\": {\"id\": \"ben\"}, \"kind\": \"formal\", \"phase\": \"active\", "
        + "\"startDate\": \"2026-01-05\", \"meetings\": " + meetings + "]}";

    ProgramFormatException e = assertTimeoutPreemptively(Duration.ofSeconds(30),
        () -> catchThrowableOfType(ProgramFormatException.class,
            () -> ProgramJson.readRelationship(body.getBytes(StandardCharsets.UTF_8))));

    assertThat(e.problems()).hasSize(ProgramFormatException.MAX_PROBLEMS)
        .allSatisfy(p -> assertThat(p.path()).startsWith("$.meetings["));
    assertThat(e.problemCount()).isGreaterThan(300_000);
  }

  @Test
  void aFewProblemsAreAllListedAndCounted() {
    ProgramFormatException e = catchThrowableOfType(ProgramFormatException.class,
        () -> ProgramJson.read("{\"formatVersion\": 1, \"relationships\": [{}]}"));

    assertThat(e.problemCount()).isEqualTo(e.problems().size()).isEqualTo(7);
    assertThat(e.isTruncated()).isFalse();
  }

  @Test
  void anExceptionKeepsAtMostTheLimit() {
    java.util.List<Problem> many = java.util.stream.IntStream.range(0, 250)
        .mapToObj(i -> new Problem("$.x[" + i + "]", "bad")).toList();

    ProgramFormatException e = new ProgramFormatException("test", many);

    assertThat(e.problems()).hasSize(ProgramFormatException.MAX_PROBLEMS);
    assertThat(e.problemCount()).isEqualTo(250);
  }
}
