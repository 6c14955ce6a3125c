package io.github.mentoring.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GoalTextTest {

  private final GoalText text = new GoalText(
      List.of("get better", "better at", "improve", "work on"),
      List.of("publish", "written feedback"));

  @Test
  void thePhraseListedFirstInThePolicyWinsWhateverItsPlaceInTheStatement() {
    assertThat(text.read("Improve and get better at speaking").vaguePhrase()).isEqualTo("get better");
    assertThat(text.read("Work on it, then improve it").vaguePhrase()).isEqualTo("improve");
  }

  @Test
  void phrasesMatchWholeWordsOnlyAndIgnoreCaseAndPunctuation() {
    assertThat(text.read("Improvements to the onboarding guide").vaguePhrase()).isEmpty();
    assertThat(text.read("GET-BETTER at chess!").vaguePhrase()).isEqualTo("get better");
    assertThat(text.read("ask for written   feedback").measurable()).isTrue();
  }

  @Test
  void countsMakeAStatementMeasurableButDatesDoNot() {
    assertThat(text.read("run three workshops").measurable()).isTrue();
    assertThat(text.read("run 3 workshops").measurable()).isTrue();
    assertThat(text.read("talk to people by 30 June 2026").measurable()).isFalse();
    assertThat(text.read("talk to people by 2026-06-30").measurable()).isFalse();
    assertThat(text.read("talk to people by 30/06/2026").measurable()).isFalse();
  }

  @Test
  void wordsAreCountedWithoutDates() {
    assertThat(text.read("lead two team retrospectives by 2026-06-30").words()).isEqualTo(5);
  }
}
