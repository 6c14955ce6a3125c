package io.github.mentoring.rules.families;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mentoring.core.model.Meeting;
import io.github.mentoring.core.model.MeetingStatus;
import io.github.mentoring.core.model.Partner;
import io.github.mentoring.core.model.PartnerRole;
import io.github.mentoring.core.model.Relationship;
import io.github.mentoring.core.testing.Samples;
import io.github.mentoring.rules.Category;
import io.github.mentoring.rules.HealthCheck;
import io.github.mentoring.rules.PersonReport;
import io.github.mentoring.rules.Policy;
import io.github.mentoring.rules.ProgramReport;
import io.github.mentoring.rules.Severity;
import io.github.mentoring.rules.Status;
import io.github.mentoring.rules.Subject;
import io.github.mentoring.rules.testkit.RuleVerifier;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The people family: a mentor or mentee judged across every relationship they are in. Default
 * policy unless a test says otherwise: at least 2 active relationships, every one of them
 * fizzling (a warning or worse). The samples' mentor is {@value Samples#MENTOR_ID} and their
 * mentee {@value Samples#MENTEE_ID}; each test gives its relationships their own ids and
 * partners (and leaves out the samples' follow-ups, whose owners name the samples' partners).
 */
class PeopleRulesTest {

  static final LocalDate AS_OF = LocalDate.of(2026, 11, 27);
  static final RuleVerifier RULES = RuleVerifier.builtIn();

  /** Fading out: meetings far apart, the last one five weeks ago, none booked. */
  static Relationship fading(String id, String mentor, String mentee) {
    return Samples.fizzlingFormal(AS_OF).withFollowUps(List.of()).withId(id).withMentor(Partner.of(mentor))
        .withMentee(Partner.of(mentee));
  }

  /** Meeting every week, with the next one booked. */
  static Relationship healthy(String id, String mentor, String mentee) {
    return Samples.healthyWeeklyFormal(AS_OF).withFollowUps(List.of()).withId(id).withMentor(Partner.of(mentor))
        .withMentee(Partner.of(mentee));
  }

  @Test
  void aMentorWhoseTwoRelationshipsAreBothFadingIsOverCommitted() {
    RULES.verify("fizzling.over-committed-mentor")
        .givenProgram(fading("r1", "ada", "ben"), fading("r2", "ada", "cy"))
        .asOf(AS_OF)
        .firesTimes(1)
        .about(Subject.Kind.PERSON, "ada")
        .withEvidence("active", 2)
        .withEvidence("fizzling", 2)
        .having("the fading relationships named", f ->
            f.evidence().get("fizzlingIds").equals(List.of("r1", "r2")))
        .having("the coordinator's wording", f -> f.message()
            .equals("2 of the 2 active relationships mentored by ada are fizzling: r1, r2.")
            && f.category() == Category.FIZZLING && f.severity() == Severity.WARNING);
  }

  @Test
  void aMentorWithOneHealthyRelationshipBesideAFadingOneIsNotOverCommitted() {
    RULES.verify("fizzling.over-committed-mentor")
        .givenProgram(fading("r1", "ada", "ben"), healthy("r2", "ada", "cy"))
        .asOf(AS_OF)
        .doesNotFire();
  }

  @Test
  void aLateCancellationAloneDoesNotMakeARelationshipCountAsFizzling() {
    // Weekly meetings held, one extra meeting called off by the mentor two hours ahead: a
    // fizzling finding, but only an info.
    Relationship onTrack = healthy("r2", "ada", "cy");
    LocalDateTime at = AS_OF.minusDays(2).atTime(15, 0);
    Relationship oneLate = onTrack.withMeetings(concat(onTrack.getMeetings(),
        Meeting.builder().id("late").scheduledAt(at).status(MeetingStatus.CANCELLED)
            .plannedMinutes(45).cancelledBy(PartnerRole.MENTOR).cancelledAt(at.minusHours(2))
            .build()));
    ProgramReport report = RULES.verify("fizzling.over-committed-mentor")
        .givenProgram(fading("r1", "ada", "ben"), oneLate)
        .asOf(AS_OF)
        .doesNotFire()
        .programReport();
    assertThat(report.reports().get(1).findings())
        .anyMatch(f -> f.ruleId().equals("fizzling.late-cancellation"))
        .noneMatch(f -> f.category() == Category.FIZZLING && f.severity() != Severity.INFO);
  }

  private static List<Meeting> concat(List<Meeting> meetings, Meeting more) {
    List<Meeting> all = new ArrayList<>(meetings);
    all.add(more);
    return all;
  }

  @Test
  void aMentorWithASingleFadingRelationshipIsJudgedByThatRelationshipAlone() {
    ProgramReport report = RULES.verify("fizzling.over-committed-mentor")
        .givenProgram(fading("r1", "ada", "ben"))
        .asOf(AS_OF)
        .doesNotFire()
        .programReport();
    assertThat(report.reports().get(0).findings())
        .anyMatch(f -> f.category() == Category.FIZZLING);
  }

  @Test
  void aHealthyMentorOfFiveIsNotFlagged() {
    List<Relationship> five = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      five.add(healthy("r" + i, "ada", "mentee-" + i));
    }
    ProgramReport report = RULES.verify("fizzling.over-committed-mentor")
        .givenProgram(five).asOf(AS_OF).doesNotFire().programReport();
    PersonReport ada = report.person("ada").orElseThrow();
    assertThat(ada.asMentor()).containsExactly("r1", "r2", "r3", "r4", "r5");
    assertThat(ada.status()).isEqualTo(Status.HEALTHY);
    assertThat(report.flaggedPeople()).isEmpty();
  }

  @Test
  void aBusyMentorWithOneOfThreeStillOnTrackIsNotFlaggedUnderTheDefaultButIsWhenMostSuffices() {
    List<Relationship> program = List.of(fading("r1", "ada", "ben"), fading("r2", "ada", "cy"),
        healthy("r3", "ada", "dee"));
    RULES.verify("fizzling.over-committed-mentor").givenProgram(program).asOf(AS_OF)
        .doesNotFire();

    // Two of three is 0.67: flagged at a share of two thirds, not at 0.7.
    RuleVerifier most = RuleVerifier.of(HealthCheck.builder()
        .policy(Policy.defaults().with("people.fizzling-share", "0.66")).build());
    most.verify("fizzling.over-committed-mentor").givenProgram(program).asOf(AS_OF)
        .fires().withEvidence("active", 3).withEvidence("fizzling", 2);
    RuleVerifier stricter = RuleVerifier.of(HealthCheck.builder()
        .policy(Policy.defaults().with("people.fizzling-share", "0.7")).build());
    stricter.verify("fizzling.over-committed-mentor").givenProgram(program).asOf(AS_OF)
        .doesNotFire();
  }

  @Test
  void aProgramThatAsksForThreeRelationshipsLeavesAMentorOfTwoAlone() {
    RuleVerifier three = RuleVerifier.of(HealthCheck.builder()
        .policy(Policy.defaults().with("people.min-relationships", "3")).build());
    three.verify("fizzling.over-committed-mentor")
        .givenProgram(fading("r1", "ada", "ben"), fading("r2", "ada", "cy"))
        .asOf(AS_OF)
        .doesNotFire();
    three.verify("fizzling.over-committed-mentor")
        .givenProgram(fading("r1", "ada", "ben"), fading("r2", "ada", "cy"),
            fading("r3", "ada", "dee"))
        .asOf(AS_OF)
        .fires().withEvidence("active", 3);
  }

  @Test
  void relationshipsThatAreNotActiveNeitherCountForNorAgainstTheMentor() {
    Relationship closed = Samples.closedWithFullClosure(AS_OF).withFollowUps(List.of()).withId("r0")
        .withMentor(Partner.of("ada")).withMentee(Partner.of("eve"));
    ProgramReport report = RULES.verify("fizzling.over-committed-mentor")
        .givenProgram(closed, fading("r1", "ada", "ben"), fading("r2", "ada", "cy"))
        .asOf(AS_OF)
        .fires().withEvidence("active", 2)
        .programReport();
    assertThat(report.person("ada").orElseThrow().asMentor()).containsExactly("r0", "r1", "r2");
  }

  @Test
  void aMenteeWhoseTwoMentorshipsAreBothFadingIsDisengagedWhileNeitherMentorIsOverCommitted() {
    List<Relationship> program = List.of(fading("r1", "ada", "ben"), fading("r2", "cy", "ben"));
    RULES.verify("fizzling.disengaged-mentee").givenProgram(program).asOf(AS_OF)
        .firesTimes(1).about(Subject.Kind.PERSON, "ben").withEvidence("fizzling", 2);
    RULES.verify("fizzling.over-committed-mentor").givenProgram(program).asOf(AS_OF)
        .doesNotFire();
  }

  @Test
  void aMenteeWithOneMentorshipOnTrackIsNotDisengaged() {
    RULES.verify("fizzling.disengaged-mentee")
        .givenProgram(fading("r1", "ada", "ben"), healthy("r2", "cy", "ben"))
        .asOf(AS_OF)
        .doesNotFire();
  }

  @Test
  void aCheckOfOneRelationshipJudgesNoPerson() {
    RULES.verify("fizzling.over-committed-mentor").given(fading("r1", "ada", "ben"))
        .asOf(AS_OF).doesNotFire();
  }

  @Test
  void everyPartnerIsRolledUpWithTheStatusesOfTheirRelationships() {
    ProgramReport report = RULES.healthCheck().checkAll(List.of(fading("r1", "ada", "ben"),
        fading("r2", "ada", "cy"), healthy("r3", "dee", "ben")), AS_OF);

    assertThat(report.people()).extracting(PersonReport::personId)
        .containsExactly("ada", "ben", "cy", "dee");
    PersonReport ben = report.person("ben").orElseThrow();
    assertThat(ben.asMentee()).containsExactly("r1", "r3");
    assertThat(ben.asMentor()).isEmpty();
    assertThat(ben.byStatus().get(Status.HEALTHY)).isEqualTo(1L);
    assertThat(ben.relationships()).isEqualTo(2);
    PersonReport ada = report.person("ada").orElseThrow();
    assertThat(ada.status()).isEqualTo(Status.NEEDS_ATTENTION);
    assertThat(report.flaggedPeople()).containsExactly(ada);
    // A person's findings are the people's, not the relationships': the summary counts neither.
    assertThat(report.summary().byRule()).doesNotContainKey("fizzling.over-committed-mentor");
  }

  @Test
  void withThePeopleRulesSwitchedOffPeopleAreStillRolledUpButNotJudged() {
    HealthCheck quiet = HealthCheck.builder()
        .disable("fizzling.over-committed-mentor", "fizzling.disengaged-mentee").build();
    ProgramReport report = quiet.checkAll(List.of(fading("r1", "ada", "ben"),
        fading("r2", "ada", "cy")), AS_OF);

    assertThat(report.person("ada").orElseThrow().asMentor()).containsExactly("r1", "r2");
    assertThat(report.flaggedPeople()).isEmpty();
  }
}
