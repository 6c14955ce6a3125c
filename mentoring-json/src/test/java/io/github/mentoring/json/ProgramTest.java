package io.github.mentoring.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mentoring.core.model.Partner;
import io.github.mentoring.core.model.Phase;
import io.github.mentoring.core.model.Relationship;
import io.github.mentoring.core.model.RelationshipKind;
import io.github.mentoring.core.validation.InvalidModelException;
import io.github.mentoring.core.validation.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProgramTest {

  private static Relationship relationship(String id) {
    return Relationship.builder().id(id).mentor(Partner.of("a")).mentee(Partner.of("b"))
        .kind(RelationshipKind.INFORMAL).phase(Phase.ACTIVE).startDate(LocalDate.of(2026, 1, 1))
        .build();
  }

  @Test
  void refusesEveryBrokenRuleAtOnce() {
    List<Relationship> relationships = List.of(relationship("r1"), relationship("r2"),
        relationship("r1"));

    assertThatThrownBy(() -> new Program(3, " ", Optional.empty(), relationships))
        .isInstanceOfSatisfying(InvalidModelException.class, e -> {
          assertThat(e.type()).isEqualTo("Program");
          assertThat(e.violations()).extracting(Violation::path)
              .containsExactly("formatVersion", "name", "relationships[2].id");
          assertThat(e.violations().get(2).message()).contains("relationships[0]", "'r1'");
        });
  }

  @Test
  void keepsAnImmutableCopyOfItsRelationships() {
    List<Relationship> relationships = new ArrayList<>(List.of(relationship("r1")));
    Program program = Program.of("p", relationships);

    relationships.add(relationship("r2"));

    assertThat(program.relationships()).hasSize(1);
    assertThat(program.formatVersion()).isEqualTo(Program.CURRENT_FORMAT_VERSION);
    assertThat(program.relationship("r1")).contains(relationship("r1"));
    assertThat(program.relationship("r2")).isEmpty();
    assertThatThrownBy(() -> program.relationships().add(relationship("r3")))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aNullNameIsAViolationNotACrash() {
    assertThatThrownBy(() -> Program.of(null, List.of()))
        .isInstanceOfSatisfying(InvalidModelException.class,
            e -> assertThat(e.violations()).extracting(Violation::path).containsExactly("name"));
  }
}
