package io.github.mentoring.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.mentoring.core.model.Channel;
import io.github.mentoring.core.model.EarlyEnd;
import io.github.mentoring.core.model.PartnerRole;
import io.github.mentoring.core.model.Relationship;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Format version 2 records what happened; a file of version 1 still reads, and a version 2 file
 * that uses a replaced field is told what replaced it.
 */
class FormatVersionsTest {

  private static final String BASE = """
      "id": "r1", "mentor": {"id": "ada"}, "mentee": {"id": "ben"}, "kind": "formal",
      "startDate": "2026-01-05\"""";

  private static String program(int version, String members) {
    return "{\"formatVersion\": " + version + ", \"name\": \"p\", \"relationships\": [{" + BASE
        + ", " + members + "}]}";
  }

  private static Relationship readOne(int version, String members) {
    return ProgramJson.read(program(version, members)).relationships().get(0);
  }

  private static List<Problem> problemsOf(String json) {
    ProgramFormatException e = catchThrowableOfType(ProgramFormatException.class,
        () -> ProgramJson.read(json));
    assertThat(e).as("reading should fail: %s", json).isNotNull();
    return e.problems();
  }

  // ---- a caller's tree is left as it was ------------------------------------------------------

  @Test
  void readingATreeNeverChangesIt() {
    tools.jackson.databind.ObjectMapper mapper = new tools.jackson.databind.ObjectMapper();
    String relationship = "{" + BASE + ", \"phase\": \"active\"}";
    for (String json : List.of(program(2, "\"phase\": \"active\""),
        program(1, "\"phase\": \"closed\", \"actualEnd\": \"2026-04-01\", "
            + "\"endedEarly\": true, \"earlyEndReason\": \"moved\""),
        program(2, "\"phase\": \"closed\", \"actualEnd\": \"2026-04-01\", "
            + "\"endedEarly\": true"))) {
      tools.jackson.databind.JsonNode tree = mapper.readTree(json);
      tools.jackson.databind.JsonNode before = tree.deepCopy();
      try {
        ProgramJson.read(tree);
      } catch (ProgramFormatException expected) {
        // the version 2 file with a replaced field is refused; its tree is still unchanged
      }
      assertThat(tree).as(json).isEqualTo(before);
    }
    for (String json : List.of(relationship, relationship.replace("}", ", \"endedEarly\": false}"))) {
      tools.jackson.databind.JsonNode tree = mapper.readTree(json);
      tools.jackson.databind.JsonNode before = tree.deepCopy();
      try {
        assertThat(ProgramJson.readRelationship(tree).getId()).isEqualTo("r1");
      } catch (ProgramFormatException refused) {
        assertThat(json).contains("endedEarly");
      }
      assertThat(tree).as(json).isEqualTo(before);
    }
  }

  // ---- version 1 still reads ------------------------------------------------------------------

  @Test
  void aVersion1ClosureAcknowledgedIsThankedByBothPartners() {
    Relationship r = readOne(1, """
        "phase": "closing", "closure": {"startedOn": "2026-06-01", "acknowledged": true}""");

    assertThat(r.getClosure().orElseThrow().getThankedBy())
        .containsExactlyInAnyOrder(PartnerRole.MENTOR, PartnerRole.MENTEE);
    assertThat(r.getClosure().orElseThrow().isAcknowledged()).isTrue();
  }

  @Test
  void aVersion1ClosureNotAcknowledgedIsThankedByNobody() {
    Relationship r = readOne(1, """
        "phase": "closing", "closure": {"startedOn": "2026-06-01", "acknowledged": false}""");

    assertThat(r.getClosure().orElseThrow().getThankedBy()).isEmpty();
  }

  @Test
  void aVersion1EarlyEndWithItsReasonBecomesAnEarlyEnd() {
    Relationship r = readOne(1, """
        "phase": "closed", "plannedEnd": "2026-06-30", "actualEnd": "2026-04-01",
        "endedEarly": true, "earlyEndReason": "Ben moved to another team\"""");

    assertThat(r.isEndedEarly()).isTrue();
    assertThat(r.getEarlyEnd()).contains(EarlyEnd.builder()
        .reason("Ben moved to another team").build());
  }

  @Test
  void aVersion1RelationshipThatDidNotEndEarlyHasNoEarlyEnd() {
    Relationship r = readOne(1, "\"phase\": \"active\", \"endedEarly\": false");

    assertThat(r.getEarlyEnd()).isEmpty();
  }

  @Test
  void aVersion1FileIsWrittenBackAsVersion2() {
    Program read = ProgramJson.read(program(1, """
        "phase": "closing", "closure": {"startedOn": "2026-06-01", "acknowledged": true}"""));

    String written = ProgramJson.write(read);

    assertThat(read.formatVersion()).isEqualTo(2);
    assertThat(written).contains("\"formatVersion\": 2,", "\"thankedBy\"")
        .doesNotContain("acknowledged");
    assertThat(ProgramJson.read(written)).isEqualTo(read);
  }

  @Test
  void theProblemsOfAVersion1FileAreReportedAtTheNamesItUses() {
    assertThat(problemsOf(program(1, """
        "phase": "active", "earlyEndReason": "The mentee left\"""")))
        .containsExactly(new Problem("$.relationships[0].earlyEndReason",
            "only a relationship that ended early has a reason for it"));
    assertThat(problemsOf(program(1, """
        "phase": "closed", "plannedEnd": "2026-06-30", "actualEnd": "2026-07-01",
        "endedEarly": true""")))
        .extracting(Problem::path).containsExactly("$.relationships[0].endedEarly");
    assertThat(problemsOf(program(1, """
        "phase": "closed", "actualEnd": "2026-04-01", "endedEarly": true,
        "earlyEndReason": 42""")))
        .extracting(Problem::path).containsExactly("$.relationships[0].earlyEndReason");
  }

  @Test
  void aMistypedVersion1FlagIsReportedWithoutRepeatingIt() {
    assertThat(problemsOf(program(1, """
        "phase": "closing", "endedEarly": "yes, in March",
        "closure": {"startedOn": "2026-06-01", "acknowledged": "both said thanks"}""")))
        .containsExactly(
            new Problem("$.relationships[0].endedEarly", "must be a boolean, found a string"),
            new Problem("$.relationships[0].closure.acknowledged",
                "must be a boolean, found a string"));
  }

  @Test
  void aVersion1FileMayNotMixAFlagWithItsReplacement() {
    assertThat(problemsOf(program(1, """
        "phase": "closing", "endedEarly": true, "earlyEnd": {"raisedBy": "mentee"}""")))
        .extracting(Problem::path).containsExactly("$.relationships[0].endedEarly");
  }

  // ---- version 2 -------------------------------------------------------------------------------

  @Test
  void aVersion2FileThatUsesAReplacedFieldIsToldWhatReplacedIt() {
    List<Problem> problems = problemsOf(program(2, """
        "phase": "closing", "endedEarly": true, "earlyEndReason": "Ben left",
        "closure": {"startedOn": "2026-06-01", "acknowledged": true}"""));

    java.util.Map<String, String> byPath = new java.util.HashMap<>();
    problems.forEach(p -> byPath.put(p.path(), p.message()));
    assertThat(byPath).containsOnlyKeys("$.relationships[0].endedEarly",
        "$.relationships[0].earlyEndReason", "$.relationships[0].closure.acknowledged");
    assertThat(byPath.get("$.relationships[0].endedEarly"))
        .contains("replaced endedEarly with earlyEnd", "formatVersion to 1");
    assertThat(byPath.get("$.relationships[0].earlyEndReason")).contains("earlyEnd.reason")
        .doesNotContain("Ben left");
    assertThat(byPath.get("$.relationships[0].closure.acknowledged")).contains("thankedBy");
  }

  @Test
  void everyNewFieldReadsInVersion2() {
    Relationship r = readOne(2, """
        "phase": "closing", "plannedEnd": "2026-06-30", "phaseSince": "2026-04-02",
        "earlyEnd": {"raisedBy": "mentor", "raisedOn": "2026-04-01", "raisedThrough": "email",
                     "reason": "new role"},
        "goals": [{"id": "g1", "statement": "Lead a retro", "setOn": "2026-01-12",
                   "status": "achieved", "achievedOn": "2026-03-02"}],
        "meetings": [
          {"id": "m1", "scheduledAt": "2026-03-03T10:00", "status": "cancelled"},
          {"id": "m2", "scheduledAt": "2026-03-05T10:00", "status": "held", "replaces": "m1"}],
        "followUps": [{"id": "f1", "description": "Send the guide", "status": "dropped",
                       "droppedOn": "2026-03-20"}],
        "progressUpdates": [{"date": "2026-03-10", "kind": "resource-shared"}],
        "closure": {"startedOn": "2026-04-10", "thankedBy": ["mentee"]}""");

    assertThat(r.getPhaseSince()).hasValueSatisfying(d -> assertThat(d).hasDayOfMonth(2));
    assertThat(r.getEarlyEnd().flatMap(EarlyEnd::getRaisedThrough)).contains(Channel.EMAIL);
    assertThat(r.getGoals().get(0).getAchievedOn()).isPresent();
    assertThat(r.getMeetings().get(1).getReplaces()).contains("m1");
    assertThat(r.getFollowUps().get(0).getDroppedOn()).isPresent();
    assertThat(r.getClosure().orElseThrow().getThankedBy()).containsExactly(PartnerRole.MENTEE);
    assertThat(r.getClosure().orElseThrow().isAcknowledged()).isFalse();
  }

  // ---- hostile values ---------------------------------------------------------------------------

  @Test
  void newDatesOutOfRangeAreRefusedAtTheirPaths() {
    assertThat(problemsOf(program(2, """
        "phase": "closing", "phaseSince": "0001-01-01",
        "earlyEnd": {"raisedOn": "+999999999-12-31"},
        "goals": [{"id": "g1", "statement": "x", "status": "achieved",
                   "achievedOn": "9999-12-31"}]""")))
        .extracting(Problem::path).containsExactly(
            "$.relationships[0].phaseSince", "$.relationships[0].earlyEnd.raisedOn",
            "$.relationships[0].goals[0].achievedOn");
  }

  @Test
  void datesBeforeTheStartAreRefusedAtTheirPaths() {
    assertThat(problemsOf(program(2, """
        "phase": "closing", "phaseSince": "2025-12-31",
        "goals": [{"id": "g1", "statement": "x", "setOn": "2025-12-01"}]""")))
        .extracting(Problem::path).containsExactly(
            "$.relationships[0].phaseSince", "$.relationships[0].goals[0].setOn");
  }

  @Test
  void aReplacementOfAMeetingThatIsNotThereIsRefused() {
    assertThat(problemsOf(program(2, """
        "phase": "active",
        "meetings": [{"id": "m2", "scheduledAt": "2026-03-05T10:00", "status": "held",
                      "replaces": "m9"}]""")))
        .containsExactly(new Problem("$.relationships[0].meetings[0].replaces",
            "names no meeting of this relationship: 'm9'"));
  }

  @Test
  void aReplacementOfAMeetingThatCouldNotBeReadIsNotReportedTwice() {
    assertThat(problemsOf(program(2, """
        "phase": "active",
        "meetings": [
          {"id": "m1", "scheduledAt": "2026-03-03T10:00", "status": "postponed"},
          {"id": "m2", "scheduledAt": "2026-03-05T10:00", "status": "held", "replaces": "m1"}]""")))
        .extracting(Problem::path).containsExactly("$.relationships[0].meetings[0].status");
  }

  @Test
  void aFollowUpBothDoneAndDroppedIsRefused() {
    assertThat(problemsOf(program(2, """
        "phase": "active",
        "followUps": [{"id": "f1", "description": "x", "status": "done", "doneOn": "2026-03-01",
                       "droppedOn": "2026-03-02"}]""")))
        .containsExactly(new Problem("$.relationships[0].followUps[0].droppedOn",
            "a follow-up is either done or dropped, not both (done on 2026-03-01)"));
  }

  @Test
  void aPartnerWhoIsNoRoleCannotThank() {
    assertThat(problemsOf(program(2, """
        "phase": "closing", "closure": {"startedOn": "2026-06-01", "thankedBy": ["coach"]}""")))
        .extracting(Problem::path).containsExactly("$.relationships[0].closure.thankedBy[0]");
  }

  @Test
  void theReasonForAnEarlyEndNeverAppearsInAMessage() {
    String secret = "burnout after the divorce";
    List<Problem> problems = problemsOf(program(2, """
        "phase": "closing", "earlyEnd": {"raisedThrough": "%s", "reason": ["%s"]}"""
        .formatted(secret, secret)));

    assertThat(problems).extracting(Problem::path).containsExactly(
        "$.relationships[0].earlyEnd.raisedThrough", "$.relationships[0].earlyEnd.reason");
    assertThat(problems).allSatisfy(p -> assertThat(p.message()).doesNotContain("burnout"));
    assertThat(Optional.of(problems.toString())).hasValueSatisfying(
        text -> assertThat(text).doesNotContain("divorce"));
  }
}
