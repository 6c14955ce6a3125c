package io.github.mentoring.rules.internal.sandbox;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks one piece of code from a designer file (a constraint, an {@code eval}, an accumulate
 * argument or a consequence, in the Java or MVEL dialect) token by token against the {@link
 * Allowlist}: every identifier must be a binding, a local variable, a global, an allowed type, an
 * allowed member after a dot, or one of a few keywords. Anything else — a class name not on the
 * list, a fully qualified name, {@code getClass()}, a loop, {@code new}, a lambda, a Drools macro
 * such as {@code insert} — is a problem.
 *
 * <p>The tokenizer reads strings, characters and comments as both Java and MVEL do, so text
 * inside a literal or a comment is never taken for code and code is never hidden in one. Unicode
 * escapes ({@code \\u0041}), which Java decodes before anything else, are refused outright by
 * {@link DesignerFileCheck} before this runs.
 */
final class CodeCheck {

  /** Where the code sits: what it may contain differs. */
  enum Place { CONSTRAINT, CONSEQUENCE }

  private static final Set<String> LITERALS = Set.of("true", "false", "null", "this");
  // MVEL operators written as words, usable in constraints.
  private static final Set<String> WORD_OPERATORS = Set.of("in", "not", "contains", "excludes",
      "memberOf", "instanceof", "str", "startsWith", "endsWith", "length");
  private static final Set<String> CONSEQUENCE_WORDS = Set.of("if", "else", "final", "var",
      "int", "long", "double", "boolean", "return");
  private static final Set<String> LOOPS = Set.of("for", "while", "do", "foreach", "until");
  private static final Set<String> MACROS = Set.of("insert", "insertLogical", "update", "modify",
      "retract", "delete", "halt", "kcontext");
  private static final Set<String> REGEX = Set.of("matches", "soundslike");

  private CodeCheck() {}

  /** A token: its kind, text and line (1-based) within the checked text. */
  record Token(char kind, String text, int line) {
    static final char IDENT = 'i';
    static final char LITERAL = 'l';
    static final char PUNCT = 'p';
  }

  /**
   * The problems of a piece of code, each with its line offset from the start of the code.
   *
   * @param bindings the names the rule binds ({@code $r}, {@code n})
   * @param allowlist what the code may name
   */
  static List<Issue> check(String code, Place place, Set<String> bindings, Allowlist allowlist) {
    List<Issue> issues = new ArrayList<>();
    List<Token> tokens;
    try {
      tokens = tokens(code);
    } catch (IllegalArgumentException e) {
      issues.add(new Issue(lineOf(e), e.getMessage().substring(e.getMessage().indexOf(':') + 1)));
      return issues;
    }
    Set<String> locals = place == Place.CONSEQUENCE ? locals(tokens, allowlist) : Set.of();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      Token before = i > 0 ? tokens.get(i - 1) : null;
      Token after = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
      if (t.kind() == Token.PUNCT) {
        String refused = switch (t.text()) {
          case "->" -> "lambdas are not allowed";
          case "::" -> "method references are not allowed";
          case "#" -> "inline casts are not allowed";
          case "@" -> "'@' is not allowed in code";
          case "`" -> "'`' is not allowed";
          case "\\" -> "a backslash is only allowed inside a string";
          default -> null;
        };
        if (refused != null) {
          issues.add(new Issue(t.line(), refused));
        }
        continue;
      }
      if (t.kind() != Token.IDENT) {
        continue;
      }
      String name = t.text();
      boolean member = before != null && before.kind() == Token.PUNCT
          && (before.text().equals(".") || before.text().equals("!.")
              || before.text().equals("?."));
      boolean call = after != null && after.text().equals("(");
      String problem;
      if (member) {
        problem = call ? (allowlist.methods.contains(name) ? null
            : "the method '" + name + "' is not on the allowlist")
            : (allowlist.members.contains(name) ? null
                : "'" + name + "' is not a property on the allowlist");
        if (problem == null && before.text().equals(".") && i >= 2
            && tokens.get(i - 2).text().equals("drools")) {
          problem = "'drools' may only be handed to findings.raise";
        }
      } else {
        problem = bare(name, call, after, place, bindings, locals, allowlist);
      }
      if (problem != null) {
        issues.add(new Issue(t.line(), problem));
      }
    }
    return issues;
  }

  private static String bare(String name, boolean call, Token after, Place place,
      Set<String> bindings, Set<String> locals, Allowlist allowlist) {
    if (LOOPS.contains(name)) {
      return "loops ('" + name + "') are not allowed";
    }
    if (MACROS.contains(name)) {
      return "'" + name + "' is not allowed: a designer rule only reports findings";
    }
    if (REGEX.contains(name)) {
      return "'" + name + "' is not allowed: regular expressions can take unbounded time";
    }
    if (name.equals("new")) {
      return "'new' is not allowed";
    }
    if (name.equals("drools")) {
      if (place != Place.CONSEQUENCE) {
        return "'drools' is only known in a consequence";
      }
      return after != null && (after.text().equals(",") || after.text().equals(")")) ? null
          : "'drools' may only be handed to findings.raise";
    }
    if (place == Place.CONSTRAINT && WORD_OPERATORS.contains(name)) {
      return null; // an MVEL operator, such as 'in (...)'
    }
    if (place == Place.CONSEQUENCE && CONSEQUENCE_WORDS.contains(name)) {
      return null;
    }
    if (call) {
      return "calling '" + name + "' is not allowed: only methods of allowed values may be called";
    }
    if (LITERALS.contains(name) || bindings.contains(name) || locals.contains(name)
        || allowlist.globals.containsKey(name) || allowlist.types.containsKey(name)) {
      return null;
    }
    if (place == Place.CONSTRAINT && (WORD_OPERATORS.contains(name)
        || allowlist.members.contains(name))) {
      return null; // a property of the pattern's fact, or an MVEL operator
    }
    if (name.startsWith("$")) {
      return "'" + name + "' is not bound in this rule";
    }
    return "'" + name + "' is not allowed (not a binding, an allowed type or an allowed member)";
  }

  /** Local variables a consequence declares: {@code Type name =}, {@code var name =}. */
  private static Set<String> locals(List<Token> tokens, Allowlist allowlist) {
    Set<String> locals = new HashSet<>();
    for (int i = 1; i + 1 < tokens.size(); i++) {
      Token t = tokens.get(i);
      Token type = tokens.get(i - 1);
      if (t.kind() == Token.IDENT && tokens.get(i + 1).text().equals("=")
          && (type.kind() == Token.IDENT && (allowlist.types.containsKey(type.text())
              || CONSEQUENCE_WORDS.contains(type.text()))
              || type.text().equals(">"))) {
        locals.add(t.text());
      }
    }
    return locals;
  }

  /**
   * Splits code into identifiers, literals and punctuation, dropping comments and white space.
   *
   * @throws IllegalArgumentException "line:message" for an unterminated literal or comment, a
   *     text block or a character no dialect uses
   */
  static List<Token> tokens(String code) {
    List<Token> tokens = new ArrayList<>();
    int line = 1;
    int i = 0;
    int n = code.length();
    while (i < n) {
      char c = code.charAt(i);
      if (c == '\n') {
        line++;
        i++;
      } else if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '/' && i + 1 < n && code.charAt(i + 1) == '/') {
        while (i < n && code.charAt(i) != '\n' && code.charAt(i) != '\r') {
          i++;
        }
      } else if (c == '/' && i + 1 < n && code.charAt(i + 1) == '*') {
        int end = code.indexOf("*/", i + 2);
        if (end < 0) {
          throw new IllegalArgumentException(line + ":an unterminated comment");
        }
        line += count(code, i, end, '\n');
        i = end + 2;
      } else if (c == '"' || c == '\'') {
        if (code.startsWith("\"\"\"", i)) {
          throw new IllegalArgumentException(line + ":text blocks are not allowed");
        }
        int start = i++;
        while (i < n && code.charAt(i) != c) {
          char d = code.charAt(i);
          if (d == '\n' || d == '\r') {
            throw new IllegalArgumentException(line + ":a string runs past the end of its line");
          }
          if (d == '\\') {
            if (i + 1 >= n || "btnfr\"'\\01234567".indexOf(code.charAt(i + 1)) < 0) {
              throw new IllegalArgumentException(line + ":an escape other than \\b \\t \\n \\f "
                  + "\\r \\\" \\' \\\\ or an octal one");
            }
            i++;
          }
          i++;
        }
        if (i >= n) {
          throw new IllegalArgumentException(line + ":an unterminated string");
        }
        i++;
        tokens.add(new Token(Token.LITERAL, code.substring(start, i), line));
      } else if (Character.isJavaIdentifierStart(c)) {
        int start = i;
        while (i < n && Character.isJavaIdentifierPart(code.charAt(i))) {
          i++;
        }
        String word = code.substring(start, i);
        for (int k = 0; k < word.length(); k++) {
          if (word.charAt(k) > 127 || Character.isIdentifierIgnorable(word.charAt(k))) {
            throw new IllegalArgumentException(line + ":identifiers must be plain ASCII");
          }
        }
        tokens.add(new Token(Token.IDENT, word, line));
      } else if (Character.isDigit(c) || c == '.' && i + 1 < n
          && Character.isDigit(code.charAt(i + 1))) {
        int start = i;
        while (i < n && (Character.isLetterOrDigit(code.charAt(i)) || code.charAt(i) == '.'
            || code.charAt(i) == '_')) {
          i++;
        }
        tokens.add(new Token(Token.LITERAL, code.substring(start, i), line));
      } else if (c > 127) {
        throw new IllegalArgumentException(line + ":the character U+"
            + String.format("%04X", (int) c) + " is only allowed inside a string or comment");
      } else {
        String two = i + 1 < n ? code.substring(i, i + 2) : "";
        if (two.equals("->") || two.equals("::") || two.equals("!.") || two.equals("?.")) {
          tokens.add(new Token(Token.PUNCT, two, line));
          i += 2;
        } else {
          tokens.add(new Token(Token.PUNCT, String.valueOf(c), line));
          i++;
        }
      }
    }
    return tokens;
  }

  private static int count(String s, int from, int to, char c) {
    int k = 0;
    for (int i = from; i < to; i++) {
      if (s.charAt(i) == c) {
        k++;
      }
    }
    return k;
  }

  private static int lineOf(IllegalArgumentException e) {
    String m = e.getMessage();
    return Integer.parseInt(m.substring(0, m.indexOf(':')));
  }

  /** A problem at a line of the checked code (1 = its first line). */
  record Issue(int line, String message) {}
}
