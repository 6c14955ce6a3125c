package io.github.mentoring.rules.internal.sandbox;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.kie.internal.builder.conf.LanguageLevelOption;

/**
 * The policy keys each rule of a DRL file reads ({@code policy.integer("fizzling.lookback-days")}
 * and the like, in conditions and consequences), with the line of each read, so that a health
 * check can refuse an unknown key with file and line when it is built, and list a rule's
 * thresholds from what it reads rather than from a list kept by hand.
 */
public final class PolicyReads {

  private static final Set<String> READERS = Set.of("integer", "decimal", "list", "has");

  /**
   * One read of the policy.
   *
   * @param key the key, or null where the rule computes it (which cannot be checked)
   * @param line the line in the file
   */
  public record Read(String key, int line) {}

  /**
   * One {@code findings.report(drools, fact, key, value, ...)} in a rule's consequence.
   *
   * @param keys the evidence keys in the order given, null for one that is not a quoted string
   * @param line the line in the file
   */
  public record Report(List<String> keys, int line) {}

  /** What the code of one rule reads from the policy and the evidence it reports. */
  public record RuleCode(List<Read> reads, List<Report> reports) {}

  private PolicyReads() {}

  /** The reads of each rule of a file, by rule name; empty if the file cannot be parsed. */
  public static Map<String, List<Read>> of(String drl) {
    Map<String, List<Read>> reads = new HashMap<>();
    code(drl).forEach((rule, code) -> reads.put(rule, code.reads()));
    return reads;
  }

  /**
   * The policy reads and the reports of each rule of a file, by rule name; empty if the file
   * cannot be parsed.
   */
  public static Map<String, RuleCode> code(String drl) {
    PackageDescr pkg;
    DrlParser parser = new DrlParser(LanguageLevelOption.DRL6);
    try {
      pkg = parser.parse(false, drl);
    } catch (DroolsParserException | RuntimeException e) {
      return Map.of(); // the compiler reports what is wrong with the file
    }
    if (pkg == null || parser.hasErrors()) {
      return Map.of();
    }
    Map<String, RuleCode> code = new HashMap<>();
    for (RuleDescr rule : pkg.getRules()) {
      List<Read> found = new ArrayList<>();
      List<Report> reports = new ArrayList<>();
      conditions(rule.getLhs(), found);
      if (rule.getConsequence() != null) {
        // One reading of the consequence serves both searches.
        List<CodeCheck.Token> tokens = tokensOf(rule.getConsequence().toString());
        int line = consequenceLine(drl, rule);
        scan(tokens, line, found);
        reports(tokens, line, reports);
      }
      code.put(rule.getName(), new RuleCode(List.copyOf(found), List.copyOf(reports)));
    }
    return code;
  }

  /**
   * The {@code findings.report(..)} calls in a consequence whose first line is {@code firstLine}
   * of its file: the arguments after the context and the fact at depth zero, of which those in
   * even places are the evidence keys.
   */
  static void reports(List<CodeCheck.Token> t, int firstLine, List<Report> into) {
    for (int i = 0; i + 3 < t.size(); i++) {
      if (!(t.get(i).text().equals("findings") && t.get(i + 1).text().equals(".")
          && t.get(i + 2).text().equals("report") && t.get(i + 3).text().equals("("))) {
        continue;
      }
      List<String> keys = new ArrayList<>();
      int depth = 0;
      int argument = 0;
      int argumentStart = i + 4;
      for (int j = i + 4; j < t.size(); j++) {
        String text = t.get(j).text();
        boolean end = depth == 0 && (text.equals(",") || text.equals(")"));
        if (end) {
          if (argument >= 2 && argument % 2 == 0) {
            CodeCheck.Token only = j == argumentStart + 1 ? t.get(argumentStart) : null;
            keys.add(only != null && only.kind() == CodeCheck.Token.LITERAL
                && only.text().startsWith("\"")
                ? only.text().substring(1, only.text().length() - 1) : null);
          }
          argument++;
          argumentStart = j + 1;
          if (text.equals(")")) {
            break;
          }
        } else if (text.equals("(") || text.equals("[") || text.equals("{")) {
          depth++;
        } else if (text.equals(")") || text.equals("]") || text.equals("}")) {
          depth--;
        }
      }
      into.add(new Report(Collections.unmodifiableList(keys),
          Math.max(firstLine, 1) + t.get(i).line() - 1));
    }
  }

  /**
   * The line of a file on which a rule's consequence text begins. The parser gives the line of
   * {@code then} and the text without its leading white space, so the text is looked up from
   * there.
   */
  static int consequenceLine(String drl, RuleDescr rule) {
    int then = rule.getConsequenceLine();
    String text = String.valueOf(rule.getConsequence());
    if (then <= 0 || text.isBlank()) {
      return Math.max(then, 0);
    }
    int from = 0;
    for (int line = 1; line < then && from >= 0; line++) {
      from = drl.indexOf('\n', from) + 1;
      if (from == 0) {
        return then;
      }
    }
    String start = text.strip();
    int at = drl.indexOf(start.substring(0, Math.min(start.length(), 40)), from);
    if (at < 0) {
      return then;
    }
    int line = then;
    for (int i = from; i < at; i++) {
      if (drl.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  /** The tokens of a piece of code; none if it is not code the check accepts (it says why). */
  private static List<CodeCheck.Token> tokensOf(String code) {
    try {
      return CodeCheck.tokens(code);
    } catch (IllegalArgumentException e) {
      return List.of();
    }
  }

  /** The reads in one piece of code whose first line is {@code firstLine} of its file. */
  static void scan(List<CodeCheck.Token> t, int firstLine, List<Read> into) {
    for (int i = 0; i + 3 < t.size(); i++) {
      if (t.get(i).text().equals("policy") && t.get(i + 1).text().equals(".")
          && READERS.contains(t.get(i + 2).text()) && t.get(i + 3).text().equals("(")) {
        CodeCheck.Token arg = i + 4 < t.size() ? t.get(i + 4) : null;
        boolean literal = arg != null && arg.kind() == CodeCheck.Token.LITERAL
            && arg.text().startsWith("\"") && i + 5 < t.size() && t.get(i + 5).text().equals(")");
        int line = Math.max(firstLine, 1) + t.get(i).line() - 1;
        into.add(new Read(literal ? arg.text().substring(1, arg.text().length() - 1) : null,
            line));
      }
    }
  }

  private static void conditions(BaseDescr d, List<Read> into) {
    if (d instanceof PatternDescr p) {
      for (BaseDescr c : p.getDescrs()) {
        if (c instanceof ExprConstraintDescr e) {
          scan(tokensOf(e.getExpression()), e.getLine(), into);
        }
      }
      if (p.getSource() instanceof ConditionalElementDescr source) {
        for (BaseDescr child : source.getDescrs()) {
          conditions(child, into);
        }
      }
    } else if (d instanceof EvalDescr e) {
      scan(tokensOf(String.valueOf(e.getContent())), e.getLine(), into);
    } else if (d instanceof ConditionalElementDescr ce) {
      for (BaseDescr child : ce.getDescrs()) {
        conditions(child, into);
      }
    }
  }
}
