package io.github.mentoring.examples.cli;

import io.github.mentoring.rules.HealthCheck;
import io.github.mentoring.rules.Policy;
import io.github.mentoring.rules.PolicyException;
import io.github.mentoring.rules.RuleBuildException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The options that choose the rules: designer DRL, rules switched off, and a policy file. Shared by
 * the {@code check}, {@code rules}, {@code scenarios} and {@code serve} commands.
 */
final class RuleOptions {

  /** The command these options belong to; its root is the {@link MentoringCli}. */
  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  @Option(names = "--rules", paramLabel = "DIR-or-FILE",
      description = "Designer rules: a .drl file, or a folder whose .drl files (sub-folders "
          + "included) are all loaded, besides the built-in rules. Repeatable.")
  List<Path> rules = new ArrayList<>();

  @Option(names = "--disable", paramLabel = "RULE-ID",
      description = "Switch a rule off by id (see the rules command). Repeatable; an unknown id "
          + "is an error.")
  List<String> disabled = new ArrayList<>();

  @Option(names = "--policy", paramLabel = "FILE",
      description = "A properties file of thresholds that replace the defaults "
          + "(keys as listed by the rules command).")
  Path policy;

  /**
   * Builds the health check, or fails with every problem of the policy file and of the rule files
   * at once: a bad policy does not hide broken rules.
   */
  HealthCheck build(List<Path> extraRules) {
    return build(extraRules, Map.of());
  }

  /**
   * Builds the health check as {@link #build(List)} does, with some policy keys set over the
   * policy file's (a scenario's own keys, already checked by whoever read them).
   */
  HealthCheck build(List<Path> extraRules, Map<String, String> policyKeys) {
    List<String> problems = new ArrayList<>();
    Policy chosen = Policy.defaults();
    if (policy != null) {
      try {
        chosen = Policy.defaults().withOverrides(policy);
      } catch (PolicyException e) {
        e.problems().forEach(p -> problems.add(locate(policy, p)));
      } catch (UncheckedIOException e) {
        problems.add(policy + ": cannot read the policy file (" + reason(e.getCause()) + ")");
      }
    }
    if (!policyKeys.isEmpty()) {
      chosen = chosen.with(policyKeys);
    }
    HealthCheck.Builder builder = HealthCheck.builder().policy(chosen).disable(disabled);
    if (mixee != null && mixee.root().userObject() instanceof MentoringCli cli) {
      builder = cli.testRules().apply(builder);
    }
    List<Path> all = new ArrayList<>(extraRules);
    all.addAll(rules);
    for (Path path : all) {
      if (!Files.exists(path)) {
        problems.add(path + ": no such rules file or folder");
        continue;
      }
      try {
        builder.addRules(path);
      } catch (UncheckedIOException e) {
        problems.add(path + ": cannot read (" + reason(e.getCause()) + ")");
      }
    }
    try {
      HealthCheck healthCheck = builder.build();
      if (problems.isEmpty()) {
        return healthCheck;
      }
    } catch (RuleBuildException e) {
      e.problems().forEach(p -> problems.add(p.toString()));
    }
    throw new InputException("the rules could not be built", problems);
  }

  private static final Pattern UNKNOWN_KEY = Pattern.compile("^unknown key '([^']+)'");
  private static final Pattern BAD_VALUE = Pattern.compile("^([^\\s:]+): ");

  /** A policy problem as {@code file:line: problem}, the line found by the key it names. */
  static String locate(Path file, String problem) {
    Matcher unknown = UNKNOWN_KEY.matcher(problem);
    Matcher bad = BAD_VALUE.matcher(problem);
    String key = unknown.find() ? unknown.group(1) : bad.find() ? bad.group(1) : null;
    int line = key == null ? 0 : lineOf(file, key);
    return file + (line > 0 ? ":" + line : "") + ": " + problem;
  }

  private static int lineOf(Path file, String key) {
    try {
      List<String> lines = Files.readAllLines(file);
      Pattern entry = Pattern.compile("^\\s*" + Pattern.quote(key) + "\\s*[=:\\s]");
      for (int i = 0; i < lines.size(); i++) {
        if (entry.matcher(lines.get(i) + " ").find()) {
          return i + 1;
        }
      }
    } catch (IOException | UncheckedIOException e) {
      // The line number is a convenience; the message names the key anyway.
    }
    return 0;
  }

  static String reason(Throwable e) {
    return e == null ? "unknown error" : e.getClass().getSimpleName()
        + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }
}
