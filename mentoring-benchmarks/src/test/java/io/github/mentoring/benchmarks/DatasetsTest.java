package io.github.mentoring.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mentoring.core.model.Phase;
import io.github.mentoring.core.model.Relationship;
import java.util.List;
import org.junit.jupiter.api.Test;

class DatasetsTest {

  @Test
  void aProgramIsTheSameEveryTimeAndTheLazyStreamMakesTheSameRelationships() {
    List<Relationship> program = Datasets.program(2_500);
    assertThat(program).hasSize(2_500);
    assertThat(program.stream().map(Relationship::getId).distinct()).hasSize(2_500);
    assertThat(Datasets.stream(2_500).toList()).isEqualTo(program);
    assertThat(Datasets.program(1_000)).isEqualTo(program.subList(0, 1_000));
  }

  @Test
  void theMixHasHistoryInEveryPhaseFromActiveOn() {
    List<Relationship> program = Datasets.program(1_000);
    assertThat(program).allSatisfy(r -> {
      assertThat(r.getMeetings().size()).isBetween(5, 40);
      assertThat(r.getGoals().size()).isBetween(1, 6);
      assertThat(r.getFollowUps().size()).isBetween(0, 12);
    });
    assertThat(program).extracting(Relationship::getPhase).contains(Phase.ACTIVE, Phase.CLOSING,
        Phase.CLOSED, Phase.CONTINUING_INFORMALLY);
    assertThat(program).anyMatch(r -> r.getClosure().isPresent());
    Relationship typical = Datasets.typical();
    assertThat(typical.getPhase()).isEqualTo(Phase.ACTIVE);
    assertThat(typical.isFormal()).isTrue();
    assertThat(typical.getFollowUps()).isNotEmpty();
  }
}
