package io.github.mentoring.rules;

import io.github.mentoring.rules.internal.EnumWords;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A rule's {@code @message} or {@code @advice}: text with placeholders filled from the evidence of
 * each finding.
 *
 * <ul>
 *   <li>{@code {name}} is the value of the evidence {@code name}, shown as evidence values are
 *       (dates as ISO text, enumeration constants in lower-case words with dashes, lists joined
 *       with commas, a missing value as {@code none});
 *   <li>{@code {name?text if true|text otherwise}} chooses by the evidence {@code name}, which
 *       should be a flag: the first text when it is {@code true}, else the second (which may be
 *       left out with its bar). Either text may hold placeholders and choices of its own.
 * </ul>
 *
 * <p>Braces only open and close placeholders, and {@code |} only parts a choice: a template has no
 * literal braces. A template is parsed once, when the health check is built, into literal parts
 * and placeholders that know where in the rule's evidence their key is given; filling one looks
 * at that place first and so makes no map lookup and runs no regular expression. Immutable and
 * thread-safe.
 */
public final class MessageTemplate {

  private final String text;
  private final Part[] parts;
  private final Set<String> keys;
  private final int sizeHint;

  private MessageTemplate(String text, Part[] parts, Set<String> keys) {
    this.text = text;
    this.parts = parts;
    this.keys = Collections.unmodifiableSet(keys);
    this.sizeHint = text.length() + 32;
  }

  /**
   * Parses a template.
   *
   * @param text the template
   * @param evidenceOrder the evidence keys in the order the rule gives them (may be empty): each
   *     placeholder looks at its key's place first
   * @throws IllegalArgumentException if the template is not well formed, saying where
   */
  public static MessageTemplate parse(String text, List<String> evidenceOrder) {
    Set<String> keys = new LinkedHashSet<>();
    Parser parser = new Parser(text, evidenceOrder, keys);
    Part[] parts = parser.sequence(false);
    if (parser.at < text.length()) {
      throw parser.error("a '" + text.charAt(parser.at) + "' outside a placeholder");
    }
    return new MessageTemplate(text, parts, keys);
  }

  /** Parses a template whose placeholders look their keys up in the evidence. */
  public static MessageTemplate parse(String text) {
    return parse(text, List.of());
  }

  /** The template as written. */
  public String text() {
    return text;
  }

  /** The evidence keys the template names, in order of first use. */
  public Set<String> keys() {
    return keys;
  }

  /**
   * The text with its placeholders filled.
   *
   * @param evidence key, value, key, value, ... as the rule gave them
   */
  public String fill(Object[] evidence) {
    if (parts.length == 1 && parts[0] instanceof Literal literal) {
      return literal.text;
    }
    StringBuilder out = new StringBuilder(sizeHint);
    append(parts, evidence, out);
    return out.toString();
  }

  private static void append(Part[] parts, Object[] evidence, StringBuilder out) {
    for (Part part : parts) {
      part.append(evidence, out);
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MessageTemplate t && t.text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  @Override
  public String toString() {
    return text;
  }

  /** The value of {@code key}: at its expected place if it is there, else wherever it is. */
  private static Object value(Object[] evidence, String key, int place) {
    int at = 2 * place;
    if (place >= 0 && at + 1 < evidence.length && key.equals(evidence[at])) {
      return evidence[at + 1];
    }
    for (int i = 0; i + 1 < evidence.length; i += 2) {
      if (key.equals(evidence[i])) {
        return evidence[i + 1];
      }
    }
    return null;
  }

  private static void show(Object value, StringBuilder out) {
    if (value == null) {
      out.append("none");
    } else if (value instanceof Enum<?> e) {
      out.append(EnumWords.of(e));
    } else if (value instanceof Collection<?> c) {
      boolean first = true;
      for (Object element : c) {
        if (!first) {
          out.append(", ");
        }
        first = false;
        show(element, out);
      }
    } else if (value instanceof LocalDate date) {
      out.append(date); // ISO-8601
    } else {
      out.append(value);
    }
  }

  private interface Part {
    void append(Object[] evidence, StringBuilder out);
  }

  private record Literal(String text) implements Part {
    @Override
    public void append(Object[] evidence, StringBuilder out) {
      out.append(text);
    }
  }

  private record Value(String key, int place) implements Part {
    @Override
    public void append(Object[] evidence, StringBuilder out) {
      show(value(evidence, key, place), out);
    }
  }

  private record Choice(String key, int place, Part[] ifTrue, Part[] otherwise) implements Part {
    @Override
    public void append(Object[] evidence, StringBuilder out) {
      MessageTemplate.append(Boolean.TRUE.equals(value(evidence, key, place)) ? ifTrue : otherwise,
          evidence, out);
    }
  }

  private static final class Parser {
    private final String text;
    private final List<String> order;
    private final Set<String> keys;
    int at;

    Parser(String text, List<String> order, Set<String> keys) {
      this.text = text;
      this.order = order;
      this.keys = keys;
    }

    /** Parts up to the end, or (inside a choice) up to a top-level '|' or '}'. */
    Part[] sequence(boolean inChoice) {
      List<Part> parts = new ArrayList<>();
      StringBuilder literal = new StringBuilder();
      while (at < text.length()) {
        char c = text.charAt(at);
        if (c == '}' || c == '|') {
          if (!inChoice) {
            throw error("a '" + c + "' outside a choice");
          }
          break;
        }
        if (c == '{') {
          if (literal.length() > 0) {
            parts.add(new Literal(literal.toString()));
            literal.setLength(0);
          }
          parts.add(placeholder());
        } else {
          literal.append(c);
          at++;
        }
      }
      if (literal.length() > 0) {
        parts.add(new Literal(literal.toString()));
      }
      return parts.toArray(new Part[0]);
    }

    private Part placeholder() {
      int open = at++;
      int start = at;
      while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at))
          || text.charAt(at) == '_')) {
        at++;
      }
      String key = text.substring(start, at);
      if (key.isEmpty() || !Character.isLetter(key.charAt(0)) && key.charAt(0) != '_') {
        at = open;
        throw error("a placeholder that does not begin with an evidence key");
      }
      keys.add(key);
      int place = order.indexOf(key);
      if (at < text.length() && text.charAt(at) == '}') {
        at++;
        return new Value(key, place);
      }
      if (at < text.length() && text.charAt(at) == '?') {
        at++;
        Part[] ifTrue = sequence(true);
        Part[] otherwise = new Part[0];
        if (at < text.length() && text.charAt(at) == '|') {
          at++;
          otherwise = sequence(true);
        }
        if (at < text.length() && text.charAt(at) == '}') {
          at++;
          return new Choice(key, place, ifTrue, otherwise);
        }
        at = open;
        throw error("a choice {" + key + "?...} that is not closed");
      }
      at = open;
      throw error("a placeholder {" + key + " that is not closed: write {" + key + "} or {"
          + key + "?yes|no}");
    }

    IllegalArgumentException error(String what) {
      return new IllegalArgumentException(what + " at character " + (at + 1));
    }
  }
}
