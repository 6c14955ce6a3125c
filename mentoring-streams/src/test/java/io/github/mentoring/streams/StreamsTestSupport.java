package io.github.mentoring.streams;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reading the topics' JSON and dating records, for the tests. */
final class StreamsTestSupport {

  static final JsonMapper MAPPER = JsonMapper.builder().build();

  private StreamsTestSupport() {}

  /** Nine in the morning (UTC) of a day: when the tests' events are produced. */
  static Instant morningOf(String day) {
    return LocalDate.parse(day).atTime(9, 0).toInstant(ZoneOffset.UTC);
  }

  static JsonNode json(byte[] value) {
    return MAPPER.readTree(value);
  }
}
