package io.github.mentoring.rules;

import java.util.List;
import java.util.Objects;

/**
 * A loaded rule as its metadata describes it.
 *
 * @param id the stable id (the {@code @id} metadata)
 * @param category its family ({@code @category})
 * @param severity the severity of its findings ({@code @severity})
 * @param description one line on what it catches ({@code @description})
 * @param thresholds the policy keys it reads ({@code @thresholds}, comma separated)
 * @param source the DRL file it came from
 * @param ruleName the Drools rule name
 */
public record RuleInfo(
    String id,
    Category category,
    Severity severity,
    String description,
    List<String> thresholds,
    String source,
    String ruleName) {

  public RuleInfo {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(description, "description");
    thresholds = List.copyOf(thresholds);
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(ruleName, "ruleName");
  }
}
