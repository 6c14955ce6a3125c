package io.github.mentoring.rules.facts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a goal statement once: its words, the first vague phrase of the policy in it that nothing
 * concrete follows, and whether it holds a count or an observable outcome. Phrases match whole
 * words, case-insensitively. One pass over the text: this runs for every goal of every check.
 * Immutable and thread-safe.
 *
 * <p>A vague phrase is a problem only when the goal leaves it vague: "improve first-call resolution
 * from 62% to 75%" begins with "improve", but the numbers after it say exactly what will change.
 * So a vague phrase counts only when no count and no outcome phrase comes after it.
 */
final class GoalText {

  /**
   * What a statement says, as far as the SMART rules care.
   *
   * @param vaguePhrase the first vague phrase of the policy found with nothing concrete (a count
   *     or an outcome phrase) after it, or ""
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

  private static final WordTable<Boolean> MONTH_TABLE = WordTable.of(MONTHS);
  private static final WordTable<Boolean> NUMBER_TABLE = WordTable.of(NUMBER_WORDS);

  private final Phrases vague;
  private final Phrases outcomes;

  /** A reader with the policy's vague phrases and outcome words. */
  public GoalText(List<String> vaguePhrases, List<String> outcomePhrases) {
    this.vague = new Phrases(vaguePhrases);
    this.outcomes = new Phrases(outcomePhrases);
  }

  /** Reads a statement: one pass over its text. */
  public Reading read(String statement) {
    String text = mayHoldDate(statement) ? DATE.matcher(statement).replaceAll(" ") : statement;
    Words words = Words.of(text);
    int lastConcrete = lastConcrete(words);
    int vaguePhrase = vague.firstLeftVague(words, lastConcrete);
    return new Reading(vaguePhrase < 0 ? "" : vague.text(vaguePhrase), words.count,
        lastConcrete < words.count);
  }

  /**
   * The index of the last word that starts something concrete: a count (not part of a date: next
   * to a month name, or a year) or an outcome phrase; {@code words.count} if there is none.
   */
  private int lastConcrete(Words words) {
    int last = words.count;
    for (int i = 0; i < words.count; i++) {
      if (isCount(words, i)) {
        last = i;
      }
    }
    int outcome = outcomes.lastStart(words);
    if (outcome >= 0 && (last == words.count || outcome > last)) {
      last = outcome;
    }
    return last;
  }

  private static boolean isCount(Words words, int i) {
    if (NUMBER_TABLE.get(words, i) != null) {
      return true;
    }
    return words.hasDigit(i) && !words.isYear(i)
        && !(i > 0 && MONTH_TABLE.get(words, i - 1) != null)
        && !(i + 1 < words.count && MONTH_TABLE.get(words, i + 1) != null);
  }

  /** The words of a text, lower-cased, as strings: what {@link #read} sees. */
  static List<String> tokenize(String text) {
    Words words = Words.of(text);
    List<String> list = new ArrayList<>(words.count);
    for (int i = 0; i < words.count; i++) {
      list.add(words.word(i));
    }
    return list;
  }

  /**
   * A text split into lower-case runs of letters and digits (everything else separates words),
   * kept as ranges of one buffer: a goal is read on every check, and a string per word was most
   * of what reading allocated.
   */
  private static final class Words {
    final char[] chars;
    /** Word {@code i} runs from {@code bounds[2i]} to {@code bounds[2i + 1]} (exclusive). */
    final int[] bounds;
    final int count;

    private Words(char[] chars, int[] bounds, int count) {
      this.chars = chars;
      this.bounds = bounds;
      this.count = count;
    }

    static Words of(String original) {
      String text = original;
      boolean latin1 = true;
      for (int i = 0; i < original.length() && latin1; i++) {
        if (original.charAt(i) > 0xFF) {
          // Lower-casing may change the length here: lower-case the whole text first.
          text = original.toLowerCase(Locale.ROOT);
          latin1 = false;
        }
      }
      int length = text.length();
      char[] chars = new char[length];
      int[] bounds = new int[length + 1]; // at most (length + 1) / 2 words
      int count = 0;
      int start = -1;
      for (int i = 0; i <= length; i++) {
        char c = i < length ? text.charAt(i) : ' ';
        if (i < length) {
          // For Latin-1 text this is what String.toLowerCase(Locale.ROOT) does, a char at a time.
          chars[i] = latin1 ? Character.toLowerCase(c) : c;
        }
        boolean wordChar = i < length && Character.isLetterOrDigit(c);
        if (wordChar && start < 0) {
          start = i;
        } else if (!wordChar && start >= 0) {
          bounds[2 * count] = start;
          bounds[2 * count + 1] = i;
          count++;
          start = -1;
        }
      }
      return new Words(chars, bounds, count);
    }

    int start(int word) {
      return bounds[2 * word];
    }

    int length(int word) {
      return bounds[2 * word + 1] - bounds[2 * word];
    }

    /** The word's hash, as {@link String#hashCode} would give for it. */
    int hash(int word) {
      int h = 0;
      for (int i = start(word), end = bounds[2 * word + 1]; i < end; i++) {
        h = 31 * h + chars[i];
      }
      return h;
    }

    boolean is(int word, String text) {
      int length = length(word);
      if (length != text.length()) {
        return false;
      }
      int start = start(word);
      for (int i = 0; i < length; i++) {
        if (chars[start + i] != text.charAt(i)) {
          return false;
        }
      }
      return true;
    }

    boolean hasDigit(int word) {
      for (int i = start(word), end = bounds[2 * word + 1]; i < end; i++) {
        if (Character.isDigit(chars[i])) {
          return true;
        }
      }
      return false;
    }

    boolean isYear(int word) {
      int s = start(word);
      return length(word) == 4 && (chars[s] == '1' && chars[s + 1] == '9'
          || chars[s] == '2' && chars[s + 1] == '0')
          && Character.isDigit(chars[s + 2]) && Character.isDigit(chars[s + 3]);
    }

    String word(int word) {
      return new String(chars, start(word), length(word));
    }
  }

  /** A map from words to values that is asked with a word of a {@link Words}, not a string. */
  private static final class WordTable<V> {
    private final String[] keys;
    private final Object[] values;
    private final int mask;

    private WordTable(Map<String, V> entries) {
      int size = Integer.highestOneBit(Math.max(8, entries.size() * 4) - 1) << 1;
      this.keys = new String[size];
      this.values = new Object[size];
      this.mask = size - 1;
      entries.forEach((key, value) -> {
        int slot = spread(key.hashCode()) & mask;
        while (keys[slot] != null) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        values[slot] = value;
      });
    }

    static WordTable<Boolean> of(Set<String> words) {
      Map<String, Boolean> entries = new HashMap<>();
      words.forEach(w -> entries.put(w, Boolean.TRUE));
      return new WordTable<>(entries);
    }

    @SuppressWarnings("unchecked")
    V get(Words words, int word) {
      for (int slot = spread(words.hash(word)) & mask; keys[slot] != null;
          slot = (slot + 1) & mask) {
        if (words.is(word, keys[slot])) {
          return (V) values[slot];
        }
      }
      return null;
    }

    private static int spread(int hash) {
      return hash ^ (hash >>> 16);
    }
  }

  /**
   * A list of phrases indexed by their first word, so a statement is scanned once whatever the
   * number of phrases. When several occur, the one listed first in the policy wins.
   */
  private static final class Phrases {
    private final List<String[]> phrases;
    private final List<String> texts;
    private final WordTable<int[]> byFirstWord;

    Phrases(List<String> texts) {
      this.phrases = texts.stream().map(GoalText::tokenize).filter(t -> !t.isEmpty())
          .map(t -> t.toArray(String[]::new)).toList();
      this.texts = phrases.stream().map(p -> String.join(" ", p)).toList();
      Map<String, int[]> index = new LinkedHashMap<>();
      for (int i = 0; i < phrases.size(); i++) {
        int[] earlier = index.getOrDefault(phrases.get(i)[0], new int[0]);
        int[] indices = Arrays.copyOf(earlier, earlier.length + 1);
        indices[earlier.length] = i;
        index.put(phrases.get(i)[0], indices);
      }
      this.byFirstWord = new WordTable<>(index);
    }

    /**
     * The index of the first-listed phrase found with no concrete word after where it starts;
     * -1 if none.
     *
     * @param lastConcrete the index of the last concrete word, or {@code words.count} if none
     */
    int firstLeftVague(Words words, int lastConcrete) {
      int best = Integer.MAX_VALUE;
      // A phrase that starts before the last concrete word has something concrete after it.
      for (int start = lastConcrete < words.count ? lastConcrete : 0; start < words.count;
          start++) {
        int[] candidates = byFirstWord.get(words, start);
        if (candidates == null) {
          continue;
        }
        for (int index : candidates) {
          if (index < best && matchesAt(words, start, phrases.get(index))) {
            best = index;
          }
        }
      }
      return best == Integer.MAX_VALUE ? -1 : best;
    }

    /** Where the last occurrence of any phrase starts, or -1. */
    int lastStart(Words words) {
      for (int start = words.count - 1; start >= 0; start--) {
        int[] candidates = byFirstWord.get(words, start);
        if (candidates == null) {
          continue;
        }
        for (int index : candidates) {
          if (matchesAt(words, start, phrases.get(index))) {
            return start;
          }
        }
      }
      return -1;
    }

    String text(int index) {
      return texts.get(index);
    }

    private static boolean matchesAt(Words words, int start, String[] phrase) {
      if (start + phrase.length > words.count) {
        return false;
      }
      for (int k = 1; k < phrase.length; k++) {
        if (!words.is(start + k, phrase[k])) {
          return false;
        }
      }
      return true;
    }
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
}
