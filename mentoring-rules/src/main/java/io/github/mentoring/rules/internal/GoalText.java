package io.github.mentoring.rules.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a goal statement once: its words, the first vague phrase of the policy in it, and whether
 * it holds a count or an observable outcome. Phrases match whole words, case-insensitively. One
 * pass over the text: this runs for every goal of every check. Immutable and thread-safe.
 */
final class GoalText {

  /** What a statement says, as far as the SMART rules care. */
  record Reading(String vaguePhrase, int words, boolean measurable) {}

  // Dates written with digits (2026-06-30, 30/06/2026, 30.6.26): a deadline, not a measure.
  private static final Pattern DATE = Pattern.compile(
      "\\b\\d{4}-\\d{1,2}-\\d{1,2}\\b|\\b\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}\\b");
  private static final Set<String> MONTHS = Set.of("jan", "january", "feb", "february", "mar",
      "march", "apr", "april", "may", "jun", "june", "jul", "july", "aug", "august", "sep", "sept",
      "september", "oct", "october", "nov", "november", "dec", "december");
  private static final Set<String> NUMBER_WORDS = Set.of("one", "two", "three", "four", "five",
      "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "once", "twice", "dozen",
      "weekly", "monthly", "daily", "percent");

  private final List<String[]> vague;
  private final List<String[]> outcomes;

  GoalText(List<String> vaguePhrases, List<String> outcomePhrases) {
    this.vague = tokenizeAll(vaguePhrases);
    this.outcomes = tokenizeAll(outcomePhrases);
  }

  Reading read(String statement) {
    String text = mayHoldDate(statement) ? DATE.matcher(statement).replaceAll(" ") : statement;
    List<String> words = tokenize(text);
    return new Reading(firstPhrase(words, vague), words.size(), measurable(words));
  }

  /** A count (not part of a date: next to a month name, or a year) or an outcome phrase. */
  private boolean measurable(List<String> words) {
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      if (NUMBER_WORDS.contains(word)) {
        return true;
      }
      if (hasDigit(word) && !isYear(word)
          && !(i > 0 && MONTHS.contains(words.get(i - 1)))
          && !(i + 1 < words.size() && MONTHS.contains(words.get(i + 1)))) {
        return true;
      }
    }
    return !firstPhrase(words, outcomes).isEmpty();
  }

  private static String firstPhrase(List<String> words, List<String[]> phrases) {
    for (String[] phrase : phrases) {
      for (int start = 0; start + phrase.length <= words.size(); start++) {
        int matched = 0;
        while (matched < phrase.length && words.get(start + matched).equals(phrase[matched])) {
          matched++;
        }
        if (matched == phrase.length) {
          return String.join(" ", phrase);
        }
      }
    }
    return "";
  }

  /** Lower-case runs of letters and digits; everything else separates words. */
  static List<String> tokenize(String original) {
    String text = original.toLowerCase(Locale.ROOT);
    List<String> words = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean wordChar = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
      if (wordChar && start < 0) {
        start = i;
      } else if (!wordChar && start >= 0) {
        words.add(text.substring(start, i));
        start = -1;
      }
    }
    return words;
  }

  private static List<String[]> tokenizeAll(List<String> phrases) {
    return phrases.stream().map(GoalText::tokenize).filter(t -> !t.isEmpty())
        .map(t -> t.toArray(String[]::new)).toList();
  }

  private static boolean mayHoldDate(String text) {
    boolean digit = false;
    boolean separator = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      digit |= c >= '0' && c <= '9';
      separator |= c == '-' || c == '/' || c == '.';
    }
    return digit && separator;
  }

  private static boolean hasDigit(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (Character.isDigit(word.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isYear(String word) {
    return word.length() == 4 && (word.startsWith("19") || word.startsWith("20"))
        && Character.isDigit(word.charAt(2)) && Character.isDigit(word.charAt(3));
  }
}
