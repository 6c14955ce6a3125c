package io.github.mentoring.rules;

/** A rule failed while judging a relationship. Names the rule and the relationship; never swallowed. */
public class RuleExecutionException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String ruleId;
  private final String relationshipId;

  public RuleExecutionException(String ruleId, String relationshipId, Throwable cause) {
    super("Rule '" + ruleId + "' failed"
        + (relationshipId == null ? "" : " on relationship '" + relationshipId + "'")
        + ": " + rootMessage(cause), cause);
    this.ruleId = ruleId;
    this.relationshipId = relationshipId;
  }

  /** The id of the rule that failed, or its Drools name if it has no id. */
  public String ruleId() {
    return ruleId;
  }

  /** The relationship being judged, when it is known. */
  public String relationshipId() {
    return relationshipId;
  }

  private static String rootMessage(Throwable t) {
    Throwable root = t;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName()
        + (root.getMessage() == null ? "" : ": " + root.getMessage());
  }
}
