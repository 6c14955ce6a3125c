package io.github.mentoring.examples.report;

import io.github.mentoring.rules.Policy;
import io.github.mentoring.rules.RuleCatalogue;
import io.github.mentoring.rules.RuleInfo;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a rule catalogue as JSON, in the format of {@code schemas/catalogue.schema.json}: every
 * loaded rule with its id, category, severity, description, source file and the policy thresholds
 * it reads, each with its value in the health check's policy. Thread-safe.
 */
public final class CatalogueJson {

  /** The version of the catalogue format written. */
  public static final int FORMAT_VERSION = 1;

  /** The name of the catalogue schema, for {@code Schemas.validate}. */
  public static final String SCHEMA = "catalogue";

  private CatalogueJson() {}

  /** The catalogue as pretty-printed JSON text ending with a line break. */
  public static String write(RuleCatalogue catalogue, Policy policy) {
    return JsonOutput.pretty(toTree(catalogue, policy));
  }

  /** The catalogue as a JSON tree. */
  public static ObjectNode toTree(RuleCatalogue catalogue, Policy policy) {
    Objects.requireNonNull(catalogue, "catalogue");
    Objects.requireNonNull(policy, "policy");
    ObjectNode root = JsonOutput.object();
    root.put("formatVersion", FORMAT_VERSION);
    root.put("count", catalogue.size());
    Map<String, String> values = policy.asText();
    ArrayNode rules = root.putArray("rules");
    for (RuleInfo rule : catalogue.rules()) {
      ObjectNode node = rules.addObject();
      node.put("id", rule.id());
      node.put("category", JsonOutput.name(rule.category()));
      node.put("severity", JsonOutput.name(rule.severity()));
      node.put("description", rule.description());
      node.put("source", rule.source());
      ArrayNode thresholds = node.putArray("thresholds");
      for (String key : rule.thresholds()) {
        ObjectNode threshold = thresholds.addObject();
        threshold.put("key", key);
        // The build refuses unknown threshold keys, so a missing one is a bug, not a user error.
        threshold.put("value", values.get(key));
        threshold.put("kind", JsonOutput.name(policy.kind(key)));
        threshold.put("description", policy.description(key));
      }
    }
    return root;
  }
}
