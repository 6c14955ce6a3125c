package io.github.mentoring.rules;

import io.github.mentoring.core.model.Phase;
import io.github.mentoring.core.model.RelationshipKind;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every rule a health check runs, with its metadata, sorted by category then id. Disabled rules are
 * not in it.
 */
public record RuleCatalogue(List<RuleInfo> rules) {

  public RuleCatalogue {
    rules = rules.stream()
        .sorted(Comparator.comparing(RuleInfo::category).thenComparing(RuleInfo::id))
        .toList();
  }

  /** The rule with this id, if loaded. */
  public Optional<RuleInfo> find(String id) {
    return rules.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  /** The rules of one category. */
  public List<RuleInfo> of(Category category) {
    return rules.stream().filter(r -> r.category() == category).toList();
  }

  public int size() {
    return rules.size();
  }

  /**
   * The catalogue as a Markdown page: one table per category with each rule's id, severity, what
   * triggers it, the phases and kinds of relationship it applies to and the thresholds it reads
   * with their values in the given policy, and its message template.
   */
  public String toMarkdown(Policy policy) {
    StringBuilder page = new StringBuilder()
        .append("# Rule catalogue\n\n")
        .append("Generated from the rules' own metadata (`@id`, `@category`, `@severity`, ")
        .append("`@description`, `@phases`, `@kinds`, `@thresholds`, `@message`) ")
        .append("and the default policy. ")
        .append("Do not edit by hand: a test fails when this page and the loaded rules differ.\n")
        .append("\n").append(size()).append(" rules.\n");
    for (Category category : Category.values()) {
      List<RuleInfo> ofCategory = of(category);
      if (ofCategory.isEmpty()) {
        continue;
      }
      page.append("\n## ").append(title(category)).append("\n\n")
          .append(sources(ofCategory)).append("\n\n")
          .append("| id | severity | trigger | applies to | thresholds | message |\n")
          .append("|---|---|---|---|---|---|\n");
      for (RuleInfo rule : ofCategory) {
        page.append("| `").append(rule.id()).append("` | ")
            .append(rule.severity().name().toLowerCase(java.util.Locale.ROOT)).append(" | ")
            .append(rule.description().replace("|", "\\|")).append(" | ")
            .append(appliesTo(rule)).append(" | ")
            .append(rule.thresholds().stream()
                .map(key -> "`" + key + "` = " + (policy.has(key) ? policy.asText().get(key) : "?"))
                .collect(java.util.stream.Collectors.joining("<br>")))
            .append(" | ")
            .append(rule.message() == null ? "" : rule.message().text().replace("|", "\\|"))
            .append(" |\n");
      }
    }
    Map<String, String> notes = defaultPolicyNotes();
    page.append("\n## Thresholds\n\n")
        .append("Every key of the policy, its value here and why it defaults to it (from the ")
        .append("comments of `default-policy.properties`).\n\n")
        .append("| key | value | why |\n|---|---|---|\n");
    policy.asText().forEach((key, value) -> page.append("| `").append(key).append("` | ")
        .append(value.replace("|", "\\|")).append(" | ")
        .append(notes.getOrDefault(key, "").replace("|", "\\|")).append(" |\n"));
    return page.toString();
  }

  /** "Source: `file`", or "Sources: `a`, `b`" when a category's rules come from several files. */
  private static String sources(List<RuleInfo> rules) {
    List<String> files = rules.stream().map(RuleInfo::source).distinct().toList();
    return (files.size() == 1 ? "Source: " : "Sources: ") + files.stream()
        .map(f -> "`" + f + "`").collect(java.util.stream.Collectors.joining(", "));
  }

  /**
   * The comment above each key of the default policy file, joined into one line; section
   * headings ({@code # == ... ==}) are left out.
   */
  private static Map<String, String> defaultPolicyNotes() {
    Map<String, String> notes = new java.util.HashMap<>();
    try (java.io.InputStream in = Policy.class.getResourceAsStream("default-policy.properties")) {
      if (in == null) {
        return notes;
      }
      StringBuilder comment = new StringBuilder();
      for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
          .split("\\R")) {
        String trimmed = line.strip();
        if (trimmed.startsWith("#")) {
          String text = trimmed.substring(1).strip();
          if (text.startsWith("==")) {
            comment.setLength(0);
          } else if (!text.isEmpty()) {
            comment.append(comment.length() == 0 ? "" : " ").append(text);
          }
        } else if (trimmed.contains("=")) {
          notes.put(trimmed.substring(0, trimmed.indexOf('=')).strip(), comment.toString());
          comment.setLength(0);
        } else if (trimmed.isEmpty()) {
          comment.setLength(0);
        }
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return notes;
  }

  /** The phases and kinds of relationship a rule declares, e.g. {@code active<br>formal only}. */
  private static String appliesTo(RuleInfo rule) {
    String phases = rule.phases().size() == Phase.values().length ? "every phase"
        : rule.phases().stream().map(RuleCatalogue::name)
            .collect(java.util.stream.Collectors.joining(", "));
    return rule.kinds().size() == RelationshipKind.values().length ? phases
        : phases + "<br>" + rule.kinds().stream().map(RuleCatalogue::name)
            .collect(java.util.stream.Collectors.joining(", ")) + " only";
  }

  private static String name(Enum<?> constant) {
    return constant.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  private static String title(Category category) {
    String words = category.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
