package io.github.mentoring.json.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** Builds, compares and relates JSON paths such as {@code $.relationships[3].meetings[2].id}. */
public final class JsonPaths {

  public static final String ROOT = "$";


  /**
   * Orders paths by their names and indexes: a parent before its children, array elements by
   * index, members by name. Used where no document is at hand.
   */
  public static final Comparator<String> BY_NAME = JsonPaths::compare;

  private JsonPaths() {}

  /** The path of a member of the object at {@code parent}. */
  public static String member(String parent, String name) {
    if (isIdentifier(name)) {
      return parent + "." + name;
    }
    return parent + "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
  }

  /**
   * Whether a member name can follow a dot: {@code [A-Za-z_$][A-Za-z0-9_$]*}. Written out rather
   * than matched with a pattern because every value read makes a path (a read of a relationship
   * made hundreds), and the pattern cost more than the rest of the path.
   */
  static boolean isIdentifier(String name) {
    if (name.isEmpty()) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean letter = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '_' || c == '$';
      if (!letter && (i == 0 || c < '0' || c > '9')) {
        return false;
      }
    }
    return true;
  }

  /** The path of an element of the array at {@code parent}. */
  public static String element(String parent, int index) {
    return parent + "[" + index + "]";
  }

  /**
   * A path relative to {@code parent} given as a model property path ({@code meetings[2].id},
   * {@code [1]}, or empty for the object itself).
   */
  public static String under(String parent, String relative) {
    if (relative.isEmpty()) {
      return parent;
    }
    return relative.startsWith("[") ? parent + relative : parent + "." + relative;
  }

  /** Whether {@code path} is one of {@code roots} or lies inside one of them. */
  public static boolean isWithinAny(String path, Set<String> roots) {
    if (roots.isEmpty()) {
      return false;
    }
    if (roots.contains(path)) {
      return true;
    }
    boolean quoted = false;
    for (int i = 1; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == '\\' && quoted) {
        i++;
      } else if (c == '\'') {
        quoted = !quoted;
      } else if (!quoted && (c == '.' || c == '[') && roots.contains(path.substring(0, i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Orders paths as their values appear in a document: a parent before its children, then
   * siblings in the order written. A path that is not in the document (a missing field) sorts
   * right after the nearest value that is, before that value's members.
   *
   * <p>Each path is looked up in the document when it is first compared, so the cost grows with
   * the paths sorted, not with the size of the document.
   */
  public static Comparator<String> documentOrder(JsonNode root) {
    Map<String, int[]> positions = new HashMap<>();
    Comparator<String> byPosition = (a, b) -> Arrays.compare(
        positions.computeIfAbsent(a, p -> position(root, p)),
        positions.computeIfAbsent(b, p -> position(root, p)));
    return byPosition.thenComparing(BY_NAME);
  }

  /**
   * Where a path's value is: for each step from the root, the index of the member or element
   * taken; it ends at the nearest value that the document has.
   */
  private static int[] position(JsonNode root, String path) {
    List<Object> steps = segments(path);
    int[] out = new int[steps.size()];
    int depth = 0;
    JsonNode node = root;
    for (Object step : steps) {
      int index = -1;
      JsonNode next = null;
      if (step instanceof Integer i && node.isArray() && i < node.size()) {
        index = i;
        next = node.get(i);
      } else if (step instanceof String name && node.isObject() && node.has(name)) {
        int i = 0;
        for (String member : node.propertyNames()) {
          if (member.equals(name)) {
            index = i;
            break;
          }
          i++;
        }
        next = node.get(name);
      }
      if (next == null) {
        break;
      }
      out[depth++] = index;
      node = next;
    }
    return Arrays.copyOf(out, depth);
  }

  private static int compare(String a, String b) {
    List<Object> left = segments(a);
    List<Object> right = segments(b);
    for (int i = 0; i < Math.min(left.size(), right.size()); i++) {
      Object x = left.get(i);
      Object y = right.get(i);
      int c;
      if (x instanceof Integer xi && y instanceof Integer yi) {
        c = Integer.compare(xi, yi);
      } else if (x instanceof String xs && y instanceof String ys) {
        c = xs.compareTo(ys);
      } else {
        c = x instanceof Integer ? -1 : 1;
      }
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(left.size(), right.size());
  }

  /** The names (strings) and indexes (integers) of a path, after the root. */
  private static List<Object> segments(String path) {
    List<Object> out = new ArrayList<>();
    int i = path.startsWith(ROOT) ? 1 : 0;
    while (i < path.length()) {
      char c = path.charAt(i);
      if (c == '.') {
        int end = i + 1;
        while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
          end++;
        }
        out.add(path.substring(i + 1, end));
        i = end;
      } else if (c == '[' && i + 1 < path.length() && path.charAt(i + 1) == '\'') {
        StringBuilder name = new StringBuilder();
        int j = i + 2;
        while (j < path.length() && path.charAt(j) != '\'') {
          if (path.charAt(j) == '\\' && j + 1 < path.length()) {
            j++;
          }
          name.append(path.charAt(j++));
        }
        out.add(name.toString());
        i = Math.min(path.length(), j + 2); // past "']"
      } else if (c == '[') {
        int end = path.indexOf(']', i);
        if (end < 0) {
          out.add(path.substring(i));
          break;
        }
        String digits = path.substring(i + 1, end);
        try {
          out.add(Integer.valueOf(digits));
        } catch (NumberFormatException e) {
          out.add(digits);
        }
        i = end + 1;
      } else {
        int end = i;
        while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
          end++;
        }
        out.add(path.substring(i, end));
        i = end;
      }
    }
    return out;
  }

  /** The closest of some names to a misspelt one, if one is close enough to suggest. */
  public static String closest(String name, Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    int allowed = Math.max(2, name.length() / 3);
    for (String candidate : candidates) {
      if (Math.abs(candidate.length() - name.length()) > allowed) {
        continue; // too far apart in length alone; spares comparing a huge name letter by letter
      }
      int d = candidate.equalsIgnoreCase(name) ? 0
          : distance(name.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return bestDistance <= allowed ? best : null;
  }

  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  /** The message for a field that the format does not know, with a suggestion when one is close. */
  public static String unknownField(String name, List<String> allowed) {
    String suggestion = closest(name, allowed);
    if (suggestion != null) {
      return "unknown field; did you mean \"" + suggestion + "\"?";
    }
    return allowed.isEmpty() ? "unknown field"
        : "unknown field; the fields here are " + JsonValues.quotedList(allowed);
  }
}
