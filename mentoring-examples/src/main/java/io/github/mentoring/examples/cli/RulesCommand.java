package io.github.mentoring.examples.cli;

import io.github.mentoring.examples.report.CatalogueJson;
import io.github.mentoring.examples.report.JsonOutput;
import io.github.mentoring.rules.HealthCheck;
import io.github.mentoring.rules.Policy;
import io.github.mentoring.rules.RuleInfo;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code mentoring rules}: the catalogue of loaded rules with their thresholds. */
@Command(name = "rules",
    header = "List the loaded rules with their thresholds.",
    description = "Lists every loaded rule (built-in and designer rules, minus those switched "
        + "off) with its id, category, severity, description and the thresholds it reads, with "
        + "their values in the policy.",
    sortOptions = false)
final class RulesCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  RuleOptions ruleOptions;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      converter = OptionValues.CatalogueFormats.class,
      description = "text (default), json (schemas/catalogue.schema.json) or markdown.")
  CatalogueFormat format;

  /** The output formats of the catalogue. */
  enum CatalogueFormat {
    TEXT,
    JSON,
    MARKDOWN
  }

  @Override
  public Integer call() {
    HealthCheck healthCheck = ruleOptions.build(List.of());
    PrintWriter out = spec.commandLine().getOut();
    // Descriptions come from designers' rule files: escaped like all input.
    switch (format) {
      case JSON -> out.print(TerminalText.escapeKeepingLineBreaks(
          CatalogueJson.write(healthCheck.catalogue(), healthCheck.policy())));
      case MARKDOWN -> out.print(TerminalText.escapeKeepingLineBreaks(
          healthCheck.catalogue().toMarkdown(healthCheck.policy())));
      default -> text(healthCheck, TerminalText.escaping(out));
    }
    out.flush();
    return MentoringCli.OK;
  }

  private static void text(HealthCheck healthCheck, PrintWriter out) {
    Policy policy = healthCheck.policy();
    Map<String, String> values = policy.asText();
    List<RuleInfo> rules = healthCheck.catalogue().rules();
    int idWidth = Math.max(2, rules.stream().mapToInt(r -> r.id().length()).max().orElse(0));
    int categoryWidth = "missed-follow-up".length();
    out.println(pad("ID", idWidth) + "  " + pad("CATEGORY", categoryWidth) + "  "
        + pad("SEVERITY", 8) + "  DESCRIPTION");
    for (RuleInfo rule : rules) {
      out.println(pad(rule.id(), idWidth) + "  " + pad(JsonOutput.name(rule.category()),
          categoryWidth) + "  " + pad(JsonOutput.name(rule.severity()), 8) + "  "
          + rule.description());
      String indent = " ".repeat(idWidth + categoryWidth + 8 + 6);
      for (String key : rule.thresholds()) {
        out.println(indent + "  " + key + " = " + values.get(key));
      }
    }
    out.println();
    out.println(rules.size() + " rules.");
  }

  private static String pad(String text, int width) {
    return text.length() >= width ? text : text + " ".repeat(width - text.length());
  }
}
