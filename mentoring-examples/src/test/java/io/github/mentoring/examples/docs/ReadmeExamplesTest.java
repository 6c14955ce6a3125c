package io.github.mentoring.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mentoring.core.model.Meeting;
import io.github.mentoring.core.model.MeetingStatus;
import io.github.mentoring.core.model.Partner;
import io.github.mentoring.core.model.Phase;
import io.github.mentoring.core.model.Relationship;
import io.github.mentoring.core.model.RelationshipKind;
import io.github.mentoring.rules.HealthCheck;
import io.github.mentoring.rules.testkit.RuleVerifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The DRL example of the top-level README compiles, loads beside the built-in rules and fires. */
class ReadmeExamplesTest {

  private static final Path README = Path.of("..", "README.md");

  @Test
  void theReadmesDesignerRuleCompilesAndFires() throws Exception {
    List<String> blocks = new ArrayList<>();
    Matcher m = Pattern.compile("```drl\\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(README));
    while (m.find()) {
      blocks.add(m.group(1));
    }
    assertThat(blocks).hasSize(1);

    HealthCheck healthCheck = HealthCheck.builder().addRules("README.md", blocks.get(0)).build();
    LocalDate asOf = LocalDate.of(2026, 11, 27);
    Relationship quiet = Relationship.builder().id("r-1").mentor(Partner.of("ada"))
        .mentee(Partner.of("ben")).kind(RelationshipKind.FORMAL)
        .phase(Phase.CONTINUING_INFORMALLY).startDate(LocalDate.of(2025, 9, 1))
        .actualEnd(LocalDate.of(2026, 3, 1))
        .addMeetings(Meeting.builder().id("m1").scheduledAt(LocalDate.of(2026, 5, 1).atTime(9, 0))
            .status(MeetingStatus.HELD).build())
        .build();
    RuleVerifier.of(healthCheck).verify("program.quiet-quarter").given(quiet).asOf(asOf)
        .fires().withEvidence("daysWithoutMeeting", 210);
    RuleVerifier.of(healthCheck).verify("program.quiet-quarter").given(quiet)
        .asOf(LocalDate.of(2026, 6, 1)).doesNotFire();
  }
}
