package io.github.mentoring.rules.internal.sandbox;

import io.github.mentoring.rules.internal.sandbox.CodeCheck.Place;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.AnnotatedBaseDescr;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.BindingDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.ForallDescr;
import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.GroupByDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.drools.drl.parser.ParserError;
import org.kie.internal.builder.conf.LanguageLevelOption;

/**
 * Checks a designer's DRL file before any of it is compiled, so that it can do nothing but judge.
 *
 * <p>The file is parsed with Drools' own DRL parser (the same parser the knowledge builder then
 * uses on the same text), and the parsed package is walked: only imports of allowed types, the
 * {@code findings} and {@code policy} globals, and rules whose patterns match fact types, whose
 * metadata and attributes are literals, and whose constraints and consequences pass {@link
 * CodeCheck}. Functions, queries, declared types, other globals, entry points, windows, timers,
 * {@code from} over expressions, custom accumulate code, named consequences and packages inside
 * the library's or the JDK's namespace are refused. Every problem names the file and line; a file
 * with problems is never compiled, so nothing of it runs (annotation values included, which
 * Drools would otherwise evaluate while compiling).
 *
 * <p>Rule shape, for bounded work: a rule has at most {@value #MAX_PATTERNS} patterns, and every
 * pattern after the first joins on the same relationship ({@code relationshipId == $x.relationshipId}),
 * so that a rule's matches grow with one relationship's facts, never with the product of a whole
 * batch's.
 */
public final class DesignerFileCheck {

  /** The most patterns a designer rule may have (nested ones included). */
  public static final int MAX_PATTERNS = 4;

  /** The largest designer file read, in characters. */
  public static final int MAX_CHARACTERS = 128 * 1024;

  private static final int MAX_SQUARE_NESTING = 4;
  private static final int MAX_NESTING = 32;
  // Each further [ costs the parser time even when balanced; rules need a handful.
  private static final int MAX_SQUARE_BRACKETS = 256;
  private static final Pattern PACKAGE_NAME =
      Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*");
  private static final List<String> RESERVED_PACKAGES = List.of("java", "javax", "jdk", "sun",
      "com.sun", "org.drools", "org.kie", "org.mvel2", "io.github.mentoring");
  private static final Set<String> ATTRIBUTES = Set.of("salience", "no-loop", "lock-on-active",
      "dialect", "activation-group", "agenda-group", "auto-focus", "ruleflow-group");
  private static final Set<String> ACCUMULATE_FUNCTIONS = Set.of("count", "sum", "min", "max",
      "average", "collectList", "collectSet");
  private static final Pattern LITERAL = Pattern.compile(
      "\"(?:[^\"\\\\\\r\\n]|\\\\[btnfr\"'\\\\])*\"|-?[0-9]+(\\.[0-9]+)?|true|false");
  private static final Set<String> RESULT_TYPES = Set.of("Object", "Number", "Integer", "Long",
      "Double", "List", "Collection", "Set");
  private static final Pattern JOIN = Pattern.compile("\\brelationshipId\\s*==");

  private final String file;
  private final Allowlist allowlist;
  private final List<Problem> problems = new ArrayList<>();
  private String drl = "";

  /**
   * One reason a designer file is refused.
   *
   * @param file the name the file was given
   * @param line the line (1-based; 0 if none applies)
   * @param message what is wrong
   */
  public record Problem(String file, int line, String message) {}

  private DesignerFileCheck(String file, Allowlist allowlist) {
    this.file = file;
    this.allowlist = allowlist;
  }

  /**
   * The problems of a designer file; empty if it may be compiled.
   *
   * @param file the name problems are reported under
   * @param drl the file's text
   * @param allowlist the fact types, globals and members the file may name
   */
  public static List<Problem> check(String file, String drl, Allowlist allowlist) {
    DesignerFileCheck check = new DesignerFileCheck(file, allowlist);
    check.checkText(drl);
    return List.copyOf(check.problems);
  }

  private void checkText(String drl) {
    this.drl = drl;
    if (drl.length() > MAX_CHARACTERS) {
      // Named at the line where the limit is crossed.
      problem((int) drl.substring(0, MAX_CHARACTERS).chars().filter(c -> c == '\n').count() + 1,
          "the file is longer than " + MAX_CHARACTERS + " characters");
      return;
    }
    // Java turns unicode escapes into characters before it reads anything else, so an escape can
    // end a string or a comment that every other reader sees as still open: refused outright.
    int line = 1;
    for (int i = 0; i < drl.length(); i++) {
      char c = drl.charAt(i);
      if (c == '\n') {
        line++;
      } else if (c == '\\' && i + 1 < drl.length() && drl.charAt(i + 1) == 'u') {
        problem(line, "unicode escapes (\\u...) are not allowed anywhere in a designer file");
        return;
      } else if (c < 0x20 && c != '\t' && c != '\r' && c != '\f') {
        problem(line, "control characters are not allowed");
        return;
      }
    }
    if (!nestingWithinBounds(drl)) {
      return;
    }
    PackageDescr pkg;
    DrlParser parser = new DrlParser(LanguageLevelOption.DRL6);
    try {
      pkg = parser.parse(false, drl);
    } catch (DroolsParserException | RuntimeException e) {
      problem(0, "the file cannot be read as DRL");
      return;
    }
    if (parser.hasErrors() || pkg == null) {
      for (DroolsError error : parser.getErrors()) {
        int at = error instanceof ParserError pe ? pe.getRow() : 0;
        problem(at, error.getMessage());
      }
      if (problems.isEmpty()) {
        problem(0, "the file cannot be read as DRL");
      }
      return;
    }
    checkPackage(pkg);
  }

  /**
   * Refuses brackets nested deeper than Drools' DRL parser can read in bounded time: its
   * expression grammar backtracks over square brackets (inline lists and maps), so that time grows
   * about 1.6-fold with each level (20 levels take seconds, 70 hang), and even balanced ones
   * cost it about 2 ms each. Strings and comments are skipped; their brackets are text.
   */
  private boolean nestingWithinBounds(String drl) {
    int square = 0;
    int all = 0;
    int squareInAll = 0;
    int line = 1;
    for (int i = 0; i < drl.length(); i++) {
      char c = drl.charAt(i);
      if (c == '\n') {
        line++;
      } else if (c == '"' || c == '\'') {
        int end = i + 1;
        while (end < drl.length() && drl.charAt(end) != c && drl.charAt(end) != '\n') {
          end += drl.charAt(end) == '\\' ? 2 : 1;
        }
        i = Math.min(end, drl.length() - 1);
        if (i < drl.length() && drl.charAt(i) == '\n') {
          line++;
        }
      } else if (c == '/' && drl.startsWith("//", i)) {
        while (i + 1 < drl.length() && drl.charAt(i + 1) != '\n') {
          i++;
        }
      } else if (c == '/' && drl.startsWith("/*", i)) {
        int end = drl.indexOf("*/", i + 2);
        int stop = end < 0 ? drl.length() : end + 1;
        for (int k = i; k < stop; k++) {
          if (drl.charAt(k) == '\n') {
            line++;
          }
        }
        i = stop;
      } else if (c == '[' || c == '(' || c == '{') {
        square += c == '[' ? 1 : 0;
        squareInAll += c == '[' ? 1 : 0;
        all++;
        if (square > MAX_SQUARE_NESTING || all > MAX_NESTING) {
          problem(line, "brackets are nested too deeply (at most " + MAX_SQUARE_NESTING
              + " levels of [ ] and " + MAX_NESTING + " of all brackets)");
          return false;
        }
        if (squareInAll > MAX_SQUARE_BRACKETS) {
          problem(line, "more than " + MAX_SQUARE_BRACKETS + " square brackets in one file");
          return false;
        }
      } else if (c == ']' || c == ')' || c == '}') {
        square -= c == ']' && square > 0 ? 1 : 0;
        all = Math.max(0, all - 1);
      }
    }
    return true;
  }

  private void checkPackage(PackageDescr pkg) {
    String name = pkg.getName() == null ? "" : pkg.getName();
    if (name.isEmpty()) {
      problem(1, "a designer file must declare its package, e.g. 'package program.rules;'");
    } else if (!PACKAGE_NAME.matcher(name).matches()) {
      problem(pkg.getLine(), "the package '" + name + "' must be lower-case words joined by dots");
    } else if (RESERVED_PACKAGES.stream()
        .anyMatch(r -> name.equals(r) || name.startsWith(r + "."))) {
      problem(pkg.getLine(), "the package '" + name + "' is reserved; use one of the program's own");
    }
    for (ImportDescr i : pkg.getImports()) {
      String target = i.getTarget();
      boolean ok = target.endsWith(".*")
          ? allowlist.wildcardImports.contains(target.substring(0, target.length() - 2))
          : allowlist.isImportable(target);
      if (!ok) {
        problem(i.getLine(), "the import '" + target + "' is not on the allowlist");
      }
    }
    pkg.getFunctionImports().forEach(f -> problem(f.getLine(), "function imports are not allowed"));
    pkg.getAccumulateImports().forEach(a ->
        problem(a.getLine(), "accumulate imports are not allowed"));
    for (GlobalDescr g : pkg.getGlobals()) {
      Class<?> expected = allowlist.globals.get(g.getIdentifier());
      String type = g.getType();
      if (expected == null || !(type.equals(expected.getName())
          || type.equals(expected.getSimpleName()))) {
        problem(g.getLine(), "only the globals " + allowedGlobals() + " may be declared");
      }
    }
    pkg.getFunctions().forEach(f -> problem(f.getLine(), "functions are not allowed"));
    pkg.getTypeDeclarations().forEach(t -> problem(t.getLine(), "declared types are not allowed"));
    pkg.getEnumDeclarations().forEach(t -> problem(t.getLine(), "declared enums are not allowed"));
    pkg.getEntryPointDeclarations().forEach(e ->
        problem(e.getLine(), "entry points are not allowed"));
    pkg.getWindowDeclarations().forEach(w -> problem(w.getLine(), "windows are not allowed"));
    if (pkg.getUnit() != null) {
      problem(pkg.getUnit().getLine(), "rule units are not allowed");
    }
    for (AttributeDescr a : pkg.getAttributes()) {
      attribute(a);
    }

    for (RuleDescr rule : pkg.getRules()) {
      checkRule(rule);
    }
  }

  private void checkRule(RuleDescr rule) {
    if (rule.isQuery()) {
      problem(rule.getLine(), "queries are not allowed");
      return;
    }
    annotations(rule);
    for (AttributeDescr a : rule.getAttributes().values()) {
      attribute(a);
    }
    if (!rule.getNamedConsequences().isEmpty()) {
      problem(rule.getLine(), "named consequences are not allowed");
    }
    Set<String> bindings = new HashSet<>();
    List<PatternDescr> patterns = new ArrayList<>();
    lhs(rule.getLhs(), bindings, patterns);
    if (patterns.size() > MAX_PATTERNS) {
      problem(rule.getLine(), "rule \"" + rule.getName() + "\" has " + patterns.size()
          + " patterns; at most " + MAX_PATTERNS + " are allowed");
    }
    for (int i = 1; i < patterns.size(); i++) {
      PatternDescr p = patterns.get(i);
      boolean joined = p.getDescrs().stream()
          .anyMatch(d -> d instanceof ExprConstraintDescr e && JOIN.matcher(e.getExpression()).find());
      if (!joined) {
        problem(p.getLine(), "every pattern after the first must join on the same relationship:"
            + " add 'relationshipId == $x.relationshipId'");
      }
    }
    // Constraints are checked after all bindings are known (a later pattern may use them).
    checkConstraints(rule.getLhs(), bindings);
    Object consequence = rule.getConsequence();
    if (consequence != null) {
      code(consequence.toString(), Place.CONSEQUENCE, bindings,
          PolicyReads.consequenceLine(drl, rule));
    }
  }

  private void lhs(BaseDescr d, Set<String> bindings, List<PatternDescr> patterns) {
    if (d instanceof PatternDescr p) {
      boolean result = p.getSource() instanceof AccumulateDescr
          || p.getSource() instanceof CollectDescr;
      if (!result) {
        patterns.add(p);
      }
      if (p.getIdentifier() != null) {
        bindings.add(p.getIdentifier());
      }
      if (result) {
        if (!RESULT_TYPES.contains(p.getObjectType())) {
          problem(p.getLine(), "the result of accumulate or collect must be one of "
              + String.join(", ", RESULT_TYPES.stream().sorted().toList()));
        }
      } else if (!allowlist.factTypes.containsKey(p.getObjectType())
          && !isQualifiedFact(p.getObjectType())) {
        problem(p.getLine(), "'" + p.getObjectType() + "' is not a fact type; patterns may match "
            + String.join(", ", allowlist.factTypes.keySet().stream().sorted().toList()));
      }
      if (p.getSource() != null) {
        source(p, bindings, patterns);
      }
      if (!p.getBehaviors().isEmpty()) {
        problem(p.getLine(), "windows ('over') are not allowed");
      }
      if (!p.getAnnotations().isEmpty()) {
        problem(p.getLine(), "annotations on patterns are not allowed");
      }
      for (BaseDescr c : p.getDescrs()) {
        if (c instanceof ExprConstraintDescr e) {
          collectBindings(e.getExpression(), bindings);
        } else if (c instanceof BindingDescr b) {
          bindings.add(b.getVariable());
        }
      }
    } else if (d instanceof AndDescr || d instanceof OrDescr || d instanceof NotDescr
        || d instanceof ExistsDescr || d instanceof ForallDescr) {
      for (BaseDescr child : ((org.drools.drl.ast.descr.ConditionalElementDescr) d).getDescrs()) {
        lhs(child, bindings, patterns);
      }
    } else if (d instanceof EvalDescr) {
      // checked with the constraints
    } else {
      problem(d.getLine(), "'" + d.getText() + "' is not allowed in a designer rule");
    }
  }

  private void source(PatternDescr p, Set<String> bindings, List<PatternDescr> patterns) {
    if (p.getSource() instanceof GroupByDescr g) {
      problem(g.getLine(), "groupby is not allowed");
    } else if (p.getSource() instanceof AccumulateDescr a) {
      if (a.getInitCode() != null || a.getActionCode() != null
          || a.getResultCode() != null || a.getReverseCode() != null) {
        problem(a.getLine(), "accumulate may only use the functions "
            + String.join(", ", ACCUMULATE_FUNCTIONS.stream().sorted().toList()));
      }
      for (AccumulateDescr.AccumulateFunctionCallDescr f : a.getFunctions()) {
        if (!ACCUMULATE_FUNCTIONS.contains(f.getFunction())) {
          problem(a.getLine(), "the accumulate function '" + f.getFunction() + "' is not allowed");
        }
        if (f.getBind() != null) {
          bindings.add(f.getBind());
        }
      }
      if (a.getInput() == null) {
        problem(a.getLine(), "accumulate needs a pattern over facts");
      } else {
        lhs(a.getInput(), bindings, patterns);
      }
    } else if (p.getSource() instanceof CollectDescr c) {
      if (c.getInputPattern() == null) {
        problem(c.getLine(), "collect needs a pattern over facts");
      } else {
        lhs(c.getInputPattern(), bindings, patterns);
      }
    } else if (p.getSource() instanceof org.drools.drl.ast.descr.EntryPointDescr) {
      problem(p.getLine(), "entry points are not allowed");
    } else {
      problem(p.getLine(), "'from' is only allowed with accumulate or collect over facts");
    }
  }

  private void checkConstraints(BaseDescr d, Set<String> bindings) {
    if (d instanceof PatternDescr p) {
      for (BaseDescr c : p.getDescrs()) {
        if (c instanceof ExprConstraintDescr e) {
          code(e.getExpression(), Place.CONSTRAINT, bindings, e.getLine());
        } else if (c instanceof BindingDescr b) {
          code(b.getExpression(), Place.CONSTRAINT, bindings, b.getLine());
        } else {
          problem(c.getLine(), "'" + c.getText() + "' is not allowed in a pattern");
        }
      }
      if (p.getSource() instanceof AccumulateDescr a) {
        for (AccumulateDescr.AccumulateFunctionCallDescr f : a.getFunctions()) {
          for (String param : f.getParams()) {
            code(param, Place.CONSTRAINT, bindings, a.getLine());
          }
        }
        if (a.getInput() != null) {
          checkConstraints(a.getInput(), bindings);
        }
      } else if (p.getSource() instanceof CollectDescr c && c.getInputPattern() != null) {
        checkConstraints(c.getInputPattern(), bindings);
      }
    } else if (d instanceof EvalDescr e) {
      code(String.valueOf(e.getContent()), Place.CONSTRAINT, bindings, e.getLine());
    } else if (d instanceof org.drools.drl.ast.descr.ConditionalElementDescr ce) {
      for (BaseDescr child : ce.getDescrs()) {
        checkConstraints(child, bindings);
      }
    }
  }

  private static void collectBindings(String expression, Set<String> bindings) {
    List<CodeCheck.Token> tokens;
    try {
      tokens = CodeCheck.tokens(expression);
    } catch (IllegalArgumentException e) {
      return; // reported when the constraint itself is checked
    }
    for (int i = 0; i + 1 < tokens.size(); i++) {
      if (tokens.get(i).kind() == CodeCheck.Token.IDENT && tokens.get(i + 1).text().equals(":")) {
        bindings.add(tokens.get(i).text());
      }
    }
  }

  private void code(String code, Place place, Set<String> bindings, int line) {
    if (code == null) {
      return;
    }
    for (CodeCheck.Issue issue : CodeCheck.check(code, place, bindings, allowlist)) {
      problem(line <= 0 ? 0 : line + issue.line() - 1, issue.message());
    }
  }

  private void attribute(AttributeDescr a) {
    if (!ATTRIBUTES.contains(a.getName())) {
      problem(a.getLine(), "the attribute '" + a.getName() + "' is not allowed");
    } else if (a.getName().equals("dialect")) {
      String dialect = unquote(a.getValue());
      if (!dialect.equals("java") && !dialect.equals("mvel")) {
        problem(a.getLine(), "the dialect must be \"java\" or \"mvel\"");
      }
    } else if (a.getName().equals("salience")) {
      if (!a.getValue().strip().matches("-?[0-9]{1,9}")) {
        problem(a.getLine(), "salience must be a whole number");
      }
    } else if (!LITERAL.matcher(a.getValue().strip()).matches()
        && !a.getValue().strip().matches("[A-Za-z0-9 ._-]*")) {
      problem(a.getLine(), "the attribute '" + a.getName() + "' must have a literal value");
    }
  }

  private void annotations(AnnotatedBaseDescr d) {
    for (AnnotationDescr a : d.getAnnotations()) {
      for (Map.Entry<String, Object> e : a.getValueMap().entrySet()) {
        Object value = e.getValue();
        if (!(value instanceof String s) || !LITERAL.matcher(s.strip()).matches()) {
          problem(a.getLine() > 0 ? a.getLine() : d.getLine(), "the value of @" + a.getName()
              + " must be a literal (a quoted string, a number, true or false)");
        }
      }
    }
  }

  /** The globals as messages name them: {@code 'findings' (Findings) and 'policy' (Policy)}. */
  private String allowedGlobals() {
    List<String> names = allowlist.globals.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .map(e -> "'" + e.getKey() + "' (" + e.getValue().getSimpleName() + ")").toList();
    return names.size() < 2 ? String.join("", names)
        : String.join(", ", names.subList(0, names.size() - 1)) + " and "
            + names.get(names.size() - 1);
  }

  private boolean isQualifiedFact(String type) {
    Class<?> fact = allowlist.factTypes.get(type.substring(type.lastIndexOf('.') + 1));
    return fact != null && fact.getName().equals(type);
  }

  private static String unquote(String s) {
    String t = s.strip();
    return t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"") ? t.substring(1, t.length() - 1) : t;
  }

  private void problem(int line, String message) {
    problems.add(new Problem(file, Math.max(0, line), message));
  }
}
