package io.github.mentoring.examples.cli;

import java.io.PrintWriter;
import java.io.Writer;

/**
 * The one place where text bound for a terminal is made safe: every character that does not
 * print (control characters such as ESC, which starts terminal escape sequences; format
 * characters such as U+202E, which reverses the text after it; line and paragraph separators;
 * unpaired surrogates and unassigned code points) is written as {@code \}{@code u} and four hex
 * digits, e.g. {@code \}{@code u001b}.
 *
 * <p>Ids, names, descriptions and messages come from program files, rule files and requests,
 * not from us: printed raw, a name could move the cursor, recolour the screen, hide a line or
 * fake a PASS. The command line prints everything through {@link #escaping(PrintWriter)} (text
 * reports, scenario results, error messages) or {@link #escapeKeepingLineBreaks(CharSequence)}
 * (JSON and Markdown, whose line breaks are ours).
 */
final class TerminalText {

  private TerminalText() {}

  /** The text with every non-printing character escaped, line breaks included. */
  static String escape(CharSequence text) {
    return escape(text, false);
  }

  /**
   * The text with every non-printing character escaped except line feeds: for multi-line output
   * that we laid out ourselves (pretty-printed JSON, whose strings the JSON writer has already
   * escaped, and Markdown). The escapes are valid JSON string escapes, so JSON stays JSON.
   */
  static String escapeKeepingLineBreaks(CharSequence text) {
    return escape(text, true);
  }

  /** Whether a code point is one that a terminal would not print as a visible character. */
  static boolean isNonPrinting(int codePoint) {
    if (Character.isISOControl(codePoint)) {
      return true; // C0 (ESC, BEL, CR, ...), DEL and C1 (U+009B is a one-byte escape)
    }
    return switch (Character.getType(codePoint)) {
      case Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
          Character.SURROGATE, Character.UNASSIGNED -> true;
      default -> false;
    };
  }

  /**
   * A writer that escapes all text printed through it ({@code print}, {@code println},
   * {@code write}), while the line breaks that {@code println} itself adds stay line breaks.
   */
  static PrintWriter escaping(PrintWriter out) {
    return out instanceof EscapingWriter ? out : new EscapingWriter(out);
  }

  private static String escape(CharSequence text, boolean keepLineBreaks) {
    StringBuilder out = null;
    int i = 0;
    while (i < text.length()) {
      int codePoint = Character.codePointAt(text, i);
      int length = Character.charCount(codePoint);
      boolean keep = !isNonPrinting(codePoint) || keepLineBreaks && codePoint == '\n';
      if (!keep && out == null) {
        out = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (out != null) {
        if (keep) {
          out.append(text, i, i + length);
        } else {
          for (int j = i; j < i + length; j++) {
            out.append(String.format("\\u%04x", (int) text.charAt(j)));
          }
        }
      }
      i += length;
    }
    return out == null ? text.toString() : out.toString();
  }

  /** See {@link #escaping(PrintWriter)}. */
  private static final class EscapingWriter extends PrintWriter {

    EscapingWriter(Writer out) {
      // Not auto-flushing: the commands flush when they are done, and so does the error handler.
      super(out, false);
    }

    @Override
    public void write(int c) {
      write(String.valueOf((char) c));
    }

    @Override
    public void write(char[] buf, int off, int len) {
      write(new String(buf, off, len));
    }

    @Override
    public void write(String s, int off, int len) {
      String escaped = escape(s.substring(off, off + len));
      super.write(escaped, 0, escaped.length());
    }
  }
}
