package io.github.mentoring.examples.json;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/** Builds, compares and relates JSON paths such as {@code $.relationships[3].meetings[2].id}. */
final class JsonPaths {

  static final String ROOT = "$";

  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

  /**
   * Orders paths by their names and indexes: a parent before its children, array elements by
   * index, members by name. Used where no document is at hand.
   */
  static final Comparator<String> BY_NAME = JsonPaths::compare;

  private JsonPaths() {}

  /** The path of a member of the object at {@code parent}. */
  static String member(String parent, String name) {
    if (IDENTIFIER.matcher(name).matches()) {
      return parent + "." + name;
    }
    return parent + "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
  }

  /** The path of an element of the array at {@code parent}. */
  static String element(String parent, int index) {
    return parent + "[" + index + "]";
  }

  /**
   * A path relative to {@code parent} given as a model property path ({@code meetings[2].id},
   * {@code [1]}, or empty for the object itself).
   */
  static String under(String parent, String relative) {
    if (relative.isEmpty()) {
      return parent;
    }
    return relative.startsWith("[") ? parent + relative : parent + "." + relative;
  }

  /** Whether {@code path} is one of {@code roots} or lies inside one of them. */
  static boolean isWithinAny(String path, Set<String> roots) {
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
   */
  static Comparator<String> documentOrder(JsonNode root) {
    Map<String, Integer> positions = new HashMap<>();
    number(root, ROOT, positions);
    Comparator<String> byPosition = Comparator.comparingInt(path -> position(path, positions));
    return byPosition.thenComparing(BY_NAME);
  }

  private static void number(JsonNode node, String path, Map<String, Integer> positions) {
    positions.put(path, positions.size());
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> member : node.properties()) {
        number(member.getValue(), member(path, member.getKey()), positions);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        number(node.get(i), element(path, i), positions);
      }
    }
  }

  private static int position(String path, Map<String, Integer> positions) {
    String at = path;
    while (true) {
      Integer position = positions.get(at);
      if (position != null) {
        return position;
      }
      int cut = Math.max(at.lastIndexOf('.'), at.lastIndexOf('['));
      if (cut <= 0) {
        return 0;
      }
      at = at.substring(0, cut);
    }
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
  static String closest(String name, Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      int d = candidate.equalsIgnoreCase(name) ? 0
          : distance(name.toLowerCase(), candidate.toLowerCase());
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    int allowed = Math.max(2, name.length() / 3);
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
}
