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
public final class GoalText {

  /**
   * What a statement says, as far as the SMART rules care.
   *
   * @param vaguePhrase the first vague phrase of the policy found, or ""
   * @param words the number of words, dates left out
   * @param measurable whether it holds a count or an observable outcome
   */
  public record Reading(String vaguePhrase, int words, boolean measurable) {}

  // Dates written with digits (2026-06-30, 30/06/2026, 30.6.26): a deadline, not a measure.
  private static final Pattern DATE = Pattern.compile(
      "\\b\\d{4}-\\d{1,2}-\\d{1,2}\\b|\\b\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}\\b");
  private static final Set<String> MONTHS = Set.of("jan", "january", "feb", "february", "mar",
      "march", "apr", "april", "may", "jun", "june", "jul", "july", "aug", "august", "sep", "sept",
      "september", "oct", "october", "nov", "november", "dec", "december");
  private static final Set<String> NUMBER_WORDS = Set.of("one", "two", "three", "four", "five",
      "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "once", "twice", "dozen",
      "weekly", "monthly", "daily", "percent");

  private final Phrases vague;
  private final Phrases outcomes;

  /** A reader with the policy's vague phrases and outcome words. */
  public GoalText(List<String> vaguePhrases, List<String> outcomePhrases) {
    this.vague = new Phrases(vaguePhrases);
    this.outcomes = new Phrases(outcomePhrases);
  }

  /**
   * A list of phrases indexed by their first word, so a statement is scanned once whatever the
   * number of phrases. When several occur, the one listed first in the policy wins.
   */
  private static final class Phrases {
    private final java.util.Map<String, List<Integer>> byFirstWord = new java.util.HashMap<>();
    private final List<String[]> phrases;

    Phrases(List<String> texts) {
      this.phrases = tokenizeAll(texts);
      for (int i = 0; i < phrases.size(); i++) {
        byFirstWord.computeIfAbsent(phrases.get(i)[0], w -> new ArrayList<>()).add(i);
      }
    }

    String first(List<String> words) {
      int best = Integer.MAX_VALUE;
      for (int start = 0; start < words.size(); start++) {
        List<Integer> candidates = byFirstWord.get(words.get(start));
        if (candidates == null) {
          continue;
        }
        for (int index : candidates) {
          if (index < best && matchesAt(words, start, phrases.get(index))) {
            best = index;
          }
        }
      }
      return best == Integer.MAX_VALUE ? "" : String.join(" ", phrases.get(best));
    }

    private static boolean matchesAt(List<String> words, int start, String[] phrase) {
      if (start + phrase.length > words.size()) {
        return false;
      }
      for (int k = 1; k < phrase.length; k++) {
        if (!words.get(start + k).equals(phrase[k])) {
          return false;
        }
      }
      return true;
    }
  }

  /** Reads a statement: one pass over its text. */
  public Reading read(String statement) {
    String text = mayHoldDate(statement) ? DATE.matcher(statement).replaceAll(" ") : statement;
    List<String> words = tokenize(text);
    return new Reading(vague.first(words), words.size(), measurable(words));
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
    return !outcomes.first(words).isEmpty();
  }

  /** Lower-case runs of letters and digits; everything else separates words. */
  static List<String> tokenize(String original) {
    List<String> words = new ArrayList<>(24);
    int length = original.length();
    char[] word = new char[32];
    int size = 0;
    for (int i = 0; i <= length; i++) {
      char c = i < length ? original.charAt(i) : ' ';
      if (c > 0xFF) {
        return tokenizeUnicode(original); // lower-casing may change the length: the general way
      }
      if (Character.isLetterOrDigit(c)) {
        if (size == word.length) {
          word = java.util.Arrays.copyOf(word, size * 2);
        }
        // For Latin-1 text this is what String.toLowerCase(Locale.ROOT) does, one char at a time.
        word[size++] = Character.toLowerCase(c);
      } else if (size > 0) {
        words.add(new String(word, 0, size));
        size = 0;
      }
    }
    return words;
  }

  private static List<String> tokenizeUnicode(String original) {
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
