package io.github.mentoring.rules.facts;

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
  void aVaguePhraseFollowedByABaselineAndATargetIsNotVague() {
    // "Improve" says nothing on its own; "from 62% to 75%" after it says exactly what changes.
    assertThat(text.read("Improve first-call resolution from 62% to 75% by 30 June").vaguePhrase())
        .isEmpty();
    assertThat(text.read("Improve my writing and publish it").vaguePhrase()).isEmpty();
  }

  @Test
  void aVaguePhraseStaysVagueWhenNothingConcreteFollowsIt() {
    assertThat(text.read("Improve my presentation skills").vaguePhrase()).isEqualTo("improve");
    assertThat(text.read("Run 3 workshops and get better at listening").vaguePhrase())
        .isEqualTo("get better");
    assertThat(text.read("Improve before 30 June 2026").vaguePhrase()).isEqualTo("improve");
  }

  @Test
  void wordsAreCountedWithoutDates() {
    assertThat(text.read("lead two team retrospectives by 2026-06-30").words()).isEqualTo(5);
  }

  @Test
  void splittingIntoWordsAgreesWithLowerCasingTheWholeTextFirst() {
    // The tokenizer lower-cases Latin-1 text a character at a time; any other text takes the
    // general path. Both must give what lower-casing the whole statement and splitting would.
    String alphabet = "aZ09 .,-/_ÀÉßµÿ'İIıΣσςЖ€\t\n";
    java.util.Random random = new java.util.Random(20_261_127L);
    List<String> samples = new java.util.ArrayList<>(List.of("", " ", "Abc", "x".repeat(100),
        "LEAD two Team-retros by 30/06/2026", "Straße İstanbul ΣΑΣ"));
    for (int i = 0; i < 2_000; i++) {
      StringBuilder sample = new StringBuilder();
      int length = random.nextInt(90);
      for (int k = 0; k < length; k++) {
        sample.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      samples.add(sample.toString());
    }
    for (String sample : samples) {
      assertThat(GoalText.tokenize(sample)).as(sample).isEqualTo(reference(sample));
    }
  }

  @Test
  void readingAgreesWithMatchingWholeWordStrings() {
    // The reader matches words as ranges of one buffer; this reference does it with a string per
    // word. Statements are drawn from the policy's words, counts, months, years and dates.
    String[] vocabulary = {"get", "better", "at", "improve", "work", "on", "publish", "written",
        "feedback", "Feedback", "WORK", "three", "Twice", "3", "12", "2026", "1999", "20x", "June",
        "may", "30", "2026-06-30", "30/06/2026", "İmprove", "straße", "ok", "the"};
    String[] separators = {" ", "  ", ", ", "-", "! ", "/", "."};
    java.util.Random random = new java.util.Random(20_261_128L);
    for (int n = 0; n < 5_000; n++) {
      StringBuilder statement = new StringBuilder();
      for (int k = random.nextInt(12); k > 0; k--) {
        statement.append(vocabulary[random.nextInt(vocabulary.length)])
            .append(separators[random.nextInt(separators.length)]);
      }
      String sample = statement.toString();
      assertThat(text.read(sample)).as(sample).isEqualTo(referenceReading(sample));
    }
  }

  private static GoalText.Reading referenceReading(String statement) {
    java.util.regex.Pattern date = java.util.regex.Pattern.compile(
        "\\b\\d{4}-\\d{1,2}-\\d{1,2}\\b|\\b\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}\\b");
    List<String> words = reference(date.matcher(statement).replaceAll(" "));
    java.util.Set<String> months = java.util.Set.of("june", "may");
    java.util.Set<String> numbers = java.util.Set.of("three", "twice");
    List<String> outcomes = List.of("publish", "written feedback");
    int lastConcrete = -1;
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      boolean year = w.matches("(19|20)\\d\\d");
      boolean count = numbers.contains(w) || w.matches(".*\\d.*") && !year
          && !(i > 0 && months.contains(words.get(i - 1)))
          && !(i + 1 < words.size() && months.contains(words.get(i + 1)));
      if (count || !phraseAt(words, i, outcomes).isEmpty()) {
        lastConcrete = i;
      }
    }
    // The first-listed vague phrase that no concrete word follows.
    String vague = "";
    for (String phrase : List.of("get better", "better at", "improve", "work on")) {
      for (int i = Math.max(0, lastConcrete); i < words.size() && vague.isEmpty(); i++) {
        if (phraseAt(words, i, List.of(phrase)).equals(phrase)) {
          vague = phrase;
        }
      }
      if (!vague.isEmpty()) {
        break;
      }
    }
    return new GoalText.Reading(vague, words.size(), lastConcrete >= 0);
  }

  private static String phraseAt(List<String> words, int i, List<String> phrases) {
    String rest = " " + String.join(" ", words.subList(i, words.size())) + " ";
    return phrases.stream().filter(p -> rest.startsWith(" " + p + " ")).findFirst().orElse("");
  }

  private static List<String> reference(String original) {
    String lower = original.toLowerCase(java.util.Locale.ROOT);
    List<String> words = new java.util.ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i <= lower.length(); i++) {
      if (i < lower.length() && Character.isLetterOrDigit(lower.charAt(i))) {
        word.append(lower.charAt(i));
      } else if (word.length() > 0) {
        words.add(word.toString());
        word.setLength(0);
      }
    }
    return words;
  }
}
