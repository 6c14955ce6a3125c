package io.github.mentoring.rules;

import java.util.Comparator;
import java.util.List;
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
}
