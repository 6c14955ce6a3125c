package io.github.mentoring.json.internal;

import io.github.mentoring.json.Problem;
import io.github.mentoring.core.validation.InvalidModelException;
import io.github.mentoring.core.validation.Violation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one read of a document has found so far: the problems, and the paths of values that could
 * not be read or built. A model violation inside such a path is a consequence of the first
 * problem (a missing value the model then calls null, say) and is not reported again.
 *
 * <p>Only the first problems are kept, up to a limit; later ones are counted. Once the limit is
 * reached, paths are no longer remembered either, so that memory does not grow with a document of
 * a million bad values; the count then takes in each value that cannot be read, not the model's
 * violations, which mostly follow from them.
 */
public final class ReadContext {

  private static final Pattern FIRST_INDEX = Pattern.compile("^([A-Za-z_$][A-Za-z0-9_$]*)\\[(\\d+)]");

  private final Set<String> reported;
  private final int limit;
  private final List<Problem> problems = new ArrayList<>();
  private final Set<String> failed = new HashSet<>();
  private int count;

  /**
   * @param reported problems already known (from the schema); reading adds none at or inside
   *     their paths
   * @param limit how many problems to keep
   */
  public ReadContext(List<Problem> reported, int limit) {
    this.reported = new HashSet<>();
    this.limit = limit;
    reported.forEach(p -> this.reported.add(p.path()));
  }

  /** Whether the problems kept have reached the limit. */
  public boolean isFull() {
    return problems.size() >= limit;
  }

  /** A value that cannot be read: reported unless already known, and remembered as failed. */
  void problem(Where at, String message) {
    problem(at.path(), message);
  }

  /** A value that cannot be read: reported unless already known, and remembered as failed. */
  public void problem(String path, String message) {
    if (JsonPaths.isWithinAny(path, reported)) {
      if (!isFull()) {
        failed.add(path);
      }
      return;
    }
    count++;
    if (!isFull()) {
      failed.add(path);
      problems.add(new Problem(path, message));
    }
  }

  /**
   * Builds a model object read from the value at {@code path}. If the model refuses it, each
   * violation is reported under that path (list indexes translated back to the document's, see
   * {@code indexes}) unless it lies in a value already reported or failed, and the path is marked
   * failed.
   *
   * @param indexes for each list property of the object built from fewer elements than the
   *     document has, the document index of each element given to the builder
   * @param ignore violations (with builder indexes) that only follow from elements left out
   * @return the object, or null if the model refused it
   */
  <T> T build(Where where, Supplier<T> builder, Map<String, int[]> indexes,
      Predicate<Violation> ignore) {
    try {
      return builder.get();
    } catch (InvalidModelException e) {
      String path = where.path();
      if (isFull()) {
        return null; // nothing more is kept; the values that failed were counted already
      }
      for (Violation v : e.violations()) {
        if (ignore.test(v)) {
          continue;
        }
        // The model's paths carry no container-element nodes: core's ModelValidation leaves them out.
        String at = JsonPaths.under(path, toDocumentIndexes(v.path(), indexes));
        String message = messageWithDocumentIndexes(v.message(), indexes);
        if (!JsonPaths.isWithinAny(at, failed) && !JsonPaths.isWithinAny(at, reported)) {
          count++;
          if (!isFull()) {
            problems.add(new Problem(at, message));
          }
        }
      }
      failed.add(path);
      return null;
    }
  }

  /** The problems found while reading (not those known beforehand), at most the limit. */
  public List<Problem> problems() {
    return List.copyOf(problems);
  }

  /** How many problems reading found, kept or not. */
  public int count() {
    return count;
  }

  private static String toDocumentIndexes(String relative, Map<String, int[]> indexes) {
    Matcher m = FIRST_INDEX.matcher(relative);
    if (!m.find()) {
      return relative;
    }
    int[] documentIndex = indexes.get(m.group(1));
    int built = Integer.parseInt(m.group(2));
    if (documentIndex == null || built >= documentIndex.length) {
      return relative;
    }
    return m.group(1) + "[" + documentIndex[built] + "]" + relative.substring(m.end());
  }

  private static String messageWithDocumentIndexes(String message, Map<String, int[]> indexes) {
    String out = message;
    for (Map.Entry<String, int[]> list : indexes.entrySet()) {
      int[] documentIndex = list.getValue();
      Matcher m = Pattern.compile("\\b" + Pattern.quote(list.getKey()) + "\\[(\\d+)]").matcher(out);
      StringBuilder sb = new StringBuilder();
      while (m.find()) {
        int built = Integer.parseInt(m.group(1));
        int index = built < documentIndex.length ? documentIndex[built] : built;
        m.appendReplacement(sb, Matcher.quoteReplacement(list.getKey() + "[" + index + "]"));
      }
      m.appendTail(sb);
      out = sb.toString();
    }
    return out;
  }
}
