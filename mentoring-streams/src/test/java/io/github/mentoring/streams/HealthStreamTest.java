package io.github.mentoring.streams;

import static io.github.mentoring.streams.StreamsTestSupport.json;
import static io.github.mentoring.streams.StreamsTestSupport.morningOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mentoring.rules.HealthCheck;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The health stream on Kafka's test driver: what a coordinator watching the changes topic sees as
 * relationships' events arrive and days pass. Stream time is the events' record timestamps (nine
 * in the morning of each day); nothing here reads the clock.
 */
class HealthStreamTest {

  private static final String FIZZLING = "fizzling.no-recent-meeting";

  private static HealthCheck builtIn;

  @TempDir
  Path stateDir;

  private final List<TopologyTestDriver> drivers = new ArrayList<>();

  @BeforeAll
  static void buildRules() {
    builtIn = HealthCheck.withBuiltInRules();
  }

  @AfterAll
  static void closeRules() {
    builtIn.close();
  }

  @AfterEach
  void closeDrivers() {
    drivers.forEach(TopologyTestDriver::close);
  }

  @Test
  void aRelationshipThatGoesQuietIsFlaggedOnTheDayItsRhythmIsBrokenWithoutAnEventOfItsOwn() {
    Stream stream = open(new AtomicReference<>(builtIn), "quiet");
    stream.send("r-ada-ben", Events.snapshot("r-ada-ben", "2026-03-02", "2026-03-02"),
        "2026-03-02");
    otherRelationshipEveryDay(stream, "2026-03-03", "2026-03-25");

    List<String> changes = stream.changesOf("r-ada-ben");
    // a fortnightly rhythm: 21 days without a meeting are tolerated, the 22nd is not
    assertThat(changes.stream().filter(line -> line.contains(FIZZLING))).containsExactly(
        "2026-03-24 finding-raised " + FIZZLING + " relationship r-ada-ben warning");
    assertThat(lastStatus(changes)).isEqualTo("needs-attention");
  }

  @Test
  void aFindingIsResolvedOnTheDayAMeetingIsLoggedAndNotRaisedAgain() {
    Stream stream = open(new AtomicReference<>(builtIn), "resolve");
    stream.send("r-ada-ben", Events.snapshot("r-ada-ben", "2026-03-02", "2026-03-02"),
        "2026-03-02");
    otherRelationshipEveryDay(stream, "2026-03-03", "2026-03-25");
    stream.changes.readRecordsToList();

    stream.send("r-ada-ben", Events.meetingHeld("r-ada-ben", "2026-03-26", "m3", "2026-03-26"),
        "2026-03-26");

    List<String> changes = stream.changesOf("r-ada-ben");
    assertThat(changes).contains(
        "2026-03-26 finding-resolved " + FIZZLING + " relationship r-ada-ben warning");
    assertThat(changes).noneMatch(line -> line.contains("finding-raised " + FIZZLING));
  }

  @Test
  void aFindingStillThereTheNextDayIsNotRaisedAgainThoughItsEvidenceChanged() {
    Stream stream = open(new AtomicReference<>(builtIn), "steady");
    stream.send("r-ada-ben", Events.snapshot("r-ada-ben", "2026-03-02", "2026-03-02"),
        "2026-03-02");
    assertThat(stream.changesOf("r-ada-ben")).as("the first check says the status")
        .anyMatch(line -> line.startsWith("2026-03-02 status-changed none -> "));

    otherRelationshipEveryDay(stream, "2026-03-03", "2026-04-15");

    // the days without a meeting grow every day, and the finding turns critical once
    List<String> raised = stream.changesOf("r-ada-ben").stream()
        .filter(line -> line.contains("finding-raised"))
        .map(line -> line.substring(line.indexOf(' ') + 1)).toList();
    assertThat(raised).doesNotHaveDuplicates().contains(
        "finding-raised " + FIZZLING + " relationship r-ada-ben warning",
        "finding-raised " + FIZZLING + ".critical relationship r-ada-ben critical");
  }

  @Test
  void replayingTheSameEventsGivesTheSameChangesAndDeadLetters() {
    List<String[]> script = new ArrayList<>();
    script.add(new String[] {"r-ada-ben",
        Events.snapshot("r-ada-ben", "2026-03-02", "2026-03-02"), "2026-03-02"});
    script.add(new String[] {"r-ada-ben",
        Events.followUpAdded("r-ada-ben", "2026-03-02", "f1", "2026-03-09"), "2026-03-02"});
    script.add(new String[] {"r-ada-ben", "{\"type\": \"no such thing\"}", "2026-03-03"});
    for (LocalDate day = LocalDate.parse("2026-03-04"); day.isBefore(LocalDate.parse("2026-04-20"));
        day = day.plusDays(1)) {
      script.add(new String[] {"r-cy-dee",
          Events.snapshot("r-cy-dee", day.toString(), day.toString()), day.toString()});
    }
    script.add(new String[] {"r-ada-ben",
        Events.followUpDone("r-ada-ben", "2026-04-20", "f1"), "2026-04-20"});

    List<List<TestRecord<String, String>>> runs = new ArrayList<>();
    for (String run : List.of("first", "second")) {
      Stream stream = open(new AtomicReference<>(builtIn), run);
      for (String[] event : script) {
        stream.send(event[0], event[1], event[2]);
      }
      List<TestRecord<String, String>> out = new ArrayList<>(stream.changes.readRecordsToList());
      out.addAll(stream.deadLetters.readRecordsToList());
      runs.add(out);
    }

    assertThat(runs.get(0)).hasSizeGreaterThan(5);
    assertThat(runs.get(1)).usingRecursiveFieldByFieldElementComparator()
        .containsExactlyElementsOf(runs.get(0));
  }

  @Test
  void aLateMeetingIsJudgedAsOfTheLastCheckSoCheckDatesNeverGoBackwards() {
    Stream stream = open(new AtomicReference<>(builtIn), "late");
    stream.send("r-ada-ben", Events.snapshot("r-ada-ben", "2026-03-02", "2026-03-02"),
        "2026-03-02");
    otherRelationshipEveryDay(stream, "2026-03-03", "2026-03-24");
    assertThat(stream.changesOf("r-ada-ben")).contains(
        "2026-03-24 finding-raised " + FIZZLING + " relationship r-ada-ben warning");

    // held on the 20th, recorded on the 25th with the date it happened
    stream.send("r-ada-ben", Events.meetingHeld("r-ada-ben", "2026-03-20", "m3", "2026-03-20"),
        "2026-03-25");

    assertThat(stream.changesOf("r-ada-ben")).contains(
        "2026-03-24 finding-resolved " + FIZZLING + " relationship r-ada-ben warning");
  }

  @Test
  void anEventBeforeItsRelationshipsSnapshotIsADeadLetterAndCanBeSentAgainAfterIt() {
    Stream stream = open(new AtomicReference<>(builtIn), "early");
    String booking = Events.meetingBooked("r-ada-ben", "2026-03-03", "m3", "2026-03-16");

    stream.send("r-ada-ben", booking, "2026-03-03");
    assertThat(stream.deadLetterPaths()).containsExactly("$.relationshipId");

    stream.send("r-ada-ben", Events.snapshot("r-ada-ben", "2026-03-02", "2026-03-02"),
        "2026-03-03");
    stream.send("r-ada-ben", booking, "2026-03-03");
    assertThat(stream.deadLetters.isEmpty()).isTrue();
  }

  @Test
  void malformedEventsGoToTheDeadLettersWithEveryProblemAndTheStreamGoesOn() {
    Stream stream = open(new AtomicReference<>(builtIn), "malformed");
    stream.send("r-ada-ben", Events.snapshot("r-ada-ben", "2026-03-02", "2026-03-02"),
        "2026-03-02");
    stream.changes.readRecordsToList();

    stream.send("r-ada-ben", "{\"type\": \"meeting-logged\", \"notes\": CONFIDENTIAL", "2026-03-03");
    assertThat(stream.deadLetterPaths()).containsExactly("$");

    stream.send("r-ada-ben", "{\"type\": \"meeting-logged\", \"relationshipId\": \"r-ada-ben\","
        + " \"eventDate\": \"2026-03-03\", \"meeting\": {\"id\": \"m3\","
        + " \"scheduledAt\": \"2026-03-03T10:00\", \"status\": \"postponed\","
        + " \"notes\": \"CONFIDENTIAL about the manager\"}}", "2026-03-03");
    List<TestRecord<String, String>> letters = stream.deadLetters.readRecordsToList();
    assertThat(letters).hasSize(1);
    JsonNode letter = json(letters.get(0).value().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(letter.get("problems").get(0).get("path").stringValue())
        .isEqualTo("$.meeting.status");
    assertThat(letter.get("key").stringValue()).isEqualTo("r-ada-ben");
    assertThat(letter.get("offset").isNumber()).isTrue();
    assertThat(letters.get(0).value()).doesNotContain("CONFIDENTIAL");

    stream.send("r-cy-dee", Events.meetingHeld("r-ada-ben", "2026-03-03", "m3", "2026-03-03"),
        "2026-03-03");
    assertThat(stream.deadLetterPaths()).containsExactly("$.relationshipId");
    stream.send("r-ada-ben", "{\"type\": \"follow-up-done\", \"relationshipId\": \"r-ada-ben\","
        + " \"eventDate\": \"2026-02-30\", \"followUpId\": \"f9\", \"colour\": \"red\"}",
        "2026-03-03");
    assertThat(stream.deadLetterPaths()).containsExactly("$.eventDate", "$.colour");
    stream.send("r-ada-ben", "{\"type\": \"follow-up-done\", \"relationshipId\": \"r-ada-ben\","
        + " \"eventDate\": \"2026-03-03\", \"followUpId\": \"f9\"}", "2026-03-03");
    assertThat(stream.deadLetterPaths()).containsExactly("$.followUpId");
    stream.send("r-ada-ben", "{\"type\": \"follow-up-added\", \"relationshipId\": \"r-ada-ben\","
        + " \"eventDate\": \"2026-03-03\", \"followUp\": {\"id\": \"f2\","
        + " \"description\": \"CONFIDENTIAL\", \"owner\": \"zoe\"}}", "2026-03-03");
    List<TestRecord<String, String>> owner = stream.deadLetters.readRecordsToList();
    assertThat(owner.get(0).value()).contains("$.followUp.owner").doesNotContain("CONFIDENTIAL");
    stream.send("r-ada-ben", (String) null, "2026-03-03");
    assertThat(stream.deadLetterPaths()).containsExactly("$");

    // and the next good event is applied as if nothing had happened
    stream.send("r-ada-ben", Events.meetingBooked("r-ada-ben", "2026-03-04", "m3", "2026-03-16"),
        "2026-03-04");
    assertThat(stream.deadLetters.isEmpty()).isTrue();
    assertThat(stream.changesOf("r-ada-ben")).isNotNull();
  }

  @Test
  void aNewRuleSetJudgesTheRelationshipsAlreadyKnownFromTheNextDayOn() {
    AtomicReference<HealthCheck> current = new AtomicReference<>(
        HealthCheck.builder().disable(FIZZLING).build());
    Stream stream = open(current, "swap");
    stream.send("r-ada-ben", Events.snapshot("r-ada-ben", "2026-03-02", "2026-03-02"),
        "2026-03-02");
    otherRelationshipEveryDay(stream, "2026-03-03", "2026-03-25");
    assertThat(stream.changesOf("r-ada-ben")).noneMatch(line -> line.contains(FIZZLING));

    HealthCheck old = current.getAndSet(builtIn);
    old.close();
    otherRelationshipEveryDay(stream, "2026-03-26", "2026-03-26");

    assertThat(stream.changesOf("r-ada-ben")).contains(
        "2026-03-26 finding-raised " + FIZZLING + " relationship r-ada-ben warning");
  }

  /** The status of the last status change among change lines. */
  private static String lastStatus(List<String> changes) {
    String status = null;
    for (String line : changes) {
      if (line.contains("status-changed")) {
        status = line.substring(line.lastIndexOf(' ') + 1);
      }
    }
    return status;
  }

  /** Another relationship's meeting every day: stream time moves on, a day at a time. */
  private static void otherRelationshipEveryDay(Stream stream, String from, String to) {
    for (LocalDate day = LocalDate.parse(from); !day.isAfter(LocalDate.parse(to));
        day = day.plusDays(1)) {
      stream.send("r-cy-dee", Events.snapshot("r-cy-dee", day.toString(), day.toString()),
          day.toString());
    }
  }

  private Stream open(AtomicReference<HealthCheck> healthCheck, String name) {
    Properties config = new Properties();
    config.put(StreamsConfig.APPLICATION_ID_CONFIG, "mentoring-health-test");
    config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.resolve(name).toString());
    Topics topics = Topics.defaults();
    TopologyTestDriver driver = new TopologyTestDriver(
        HealthTopology.build(topics, healthCheck::get), config, morningOf("2026-01-01"));
    drivers.add(driver);
    return new Stream(
        driver.createInputTopic(topics.events(), new StringSerializer(), new StringSerializer()),
        driver.createOutputTopic(topics.changes(), new StringDeserializer(),
            new StringDeserializer()),
        driver.createOutputTopic(topics.deadLetters(), new StringDeserializer(),
            new StringDeserializer()));
  }

  /** The three topics of one driver. */
  private record Stream(TestInputTopic<String, String> events,
      TestOutputTopic<String, String> changes, TestOutputTopic<String, String> deadLetters) {

    void send(String key, String event, String day) {
      Instant at = morningOf(day);
      events.pipeInput(key, event, at);
    }

    /**
     * The changes of one relationship since the last read, one line each: check date, change,
     * and rule, subject and severity or the new status.
     */
    List<String> changesOf(String relationshipId) {
      List<String> lines = new ArrayList<>();
      for (TestRecord<String, String> record : changes.readRecordsToList()) {
        JsonNode change = StreamsTestSupport.MAPPER.readTree(record.value());
        if (!record.key().equals(relationshipId)) {
          continue;
        }
        assertThat(change.get("relationshipId").stringValue()).isEqualTo(relationshipId);
        String what = change.get("change").stringValue();
        lines.add(change.get("checkDate").stringValue() + " " + what + " " + (what.startsWith(
            "finding") ? change.get("ruleId").stringValue() + " "
                + change.get("subject").get("kind").stringValue() + " "
                + change.get("subject").get("id").stringValue() + " "
                + change.get("severity").stringValue()
            : change.path("from").asString("none") + " -> " + change.get("to").stringValue()));
      }
      return lines;
    }

    /** The problem paths of the one dead letter sent since the last read. */
    List<String> deadLetterPaths() {
      List<TestRecord<String, String>> letters = deadLetters.readRecordsToList();
      assertThat(letters).hasSize(1);
      List<String> paths = new ArrayList<>();
      for (JsonNode problem : StreamsTestSupport.MAPPER.readTree(letters.get(0).value())
          .get("problems")) {
        paths.add(problem.get("path").stringValue());
      }
      return paths;
    }
  }
}
