package io.github.mentoring.rules;

import io.github.mentoring.rules.internal.sandbox.PolicyReads;
import io.github.mentoring.rules.internal.sandbox.PolicyReads.Read;
import io.github.mentoring.rules.internal.sandbox.PolicyReads.Report;
import io.github.mentoring.rules.internal.sandbox.PolicyReads.RuleCode;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What {@link PolicyReads} finds in a built-in DRL file (each rule's policy reads and
 * {@code findings.report} calls, with lines), written into the executable model's index at build
 * time, so that building a health check need not parse the built-in files again: with the DRL
 * parser's classes that was about a fifth of a short command-line run.
 *
 * <p>The text is one line: rules separated by spaces, each {@code name|reads|reports}; a read is
 * {@code =key@line} ({@code ~@line} where the key is computed), a report is its keys joined by
 * {@code :} followed by {@code @line}. Names and keys are URL-encoded, which leaves every
 * separator free.
 */
final class BuiltInCode {

  private static final String NO_KEY = "~";

  private BuiltInCode() {}

  /** The text of a file's rule code, rules in name order. */
  static String encode(Map<String, RuleCode> code) {
    List<String> rules = new ArrayList<>();
    new TreeMap<>(code).forEach((rule, c) -> {
      List<String> reads = new ArrayList<>();
      for (Read read : c.reads()) {
        reads.add(key(read.key()) + "@" + read.line());
      }
      List<String> reports = new ArrayList<>();
      for (Report report : c.reports()) {
        List<String> keys = new ArrayList<>();
        report.keys().forEach(k -> keys.add(key(k)));
        reports.add(String.join(":", keys) + "@" + report.line());
      }
      rules.add(encoded(rule) + "|" + String.join(",", reads) + "|" + String.join(",", reports));
    });
    return String.join(" ", rules);
  }

  /**
   * The rule code of a text written by {@link #encode}.
   *
   * @throws IllegalArgumentException if the text is not such a text
   */
  static Map<String, RuleCode> decode(String text) {
    Map<String, RuleCode> code = new LinkedHashMap<>();
    if (text.isEmpty()) {
      return code;
    }
    for (String rule : text.split(" ")) {
      String[] parts = rule.split("\\|", -1);
      if (parts.length != 3) {
        throw new IllegalArgumentException("not a rule's code: " + rule);
      }
      List<Read> reads = new ArrayList<>();
      for (String read : items(parts[1])) {
        int at = read.lastIndexOf('@');
        reads.add(new Read(keyOf(read.substring(0, at)),
            Integer.parseInt(read.substring(at + 1))));
      }
      List<Report> reports = new ArrayList<>();
      for (String report : items(parts[2])) {
        int at = report.lastIndexOf('@');
        List<String> keys = new ArrayList<>();
        for (String key : items(report.substring(0, at), ":")) {
          keys.add(keyOf(key));
        }
        reports.add(new Report(Collections.unmodifiableList(keys),
            Integer.parseInt(report.substring(at + 1))));
      }
      code.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
          new RuleCode(List.copyOf(reads), List.copyOf(reports)));
    }
    return code;
  }

  private static List<String> items(String list) {
    return items(list, ",");
  }

  private static List<String> items(String list, String separator) {
    return list.isEmpty() ? List.of() : List.of(list.split(separator, -1));
  }

  private static String key(String key) {
    return key == null ? NO_KEY : "=" + encoded(key);
  }

  private static String keyOf(String text) {
    if (text.equals(NO_KEY)) {
      return null;
    }
    if (!text.startsWith("=")) {
      throw new IllegalArgumentException("not a key: " + text);
    }
    return URLDecoder.decode(text.substring(1), StandardCharsets.UTF_8);
  }

  private static String encoded(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
