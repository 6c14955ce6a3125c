package io.github.mentoring.json.internal;

import io.github.mentoring.json.Problem;
import io.github.mentoring.json.Program;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads program documents of format version 1 as version 2, and explains the fields version 2
 * replaced when a version 2 document still uses them.
 *
 * <p>Version 2 records what happened: one flag {@code endedEarly} (with {@code earlyEndReason})
 * became the object {@code earlyEnd} (who raised it, when, how, and the reason), and the closure's
 * flag {@code acknowledged} became {@code thankedBy}, the partners who thanked. A version 1
 * document is upgraded in its tree before it is checked against the schema: {@code endedEarly:
 * true} becomes {@code earlyEnd: {"reason": ...}}, {@code acknowledged: true} becomes
 * {@code thankedBy: ["mentor", "mentee"]}, and {@code false} leaves the new field out. Problems
 * found afterwards are reported at the version 1 names ({@link #version1Path(String)}), so the
 * file's author sees the field they wrote.
 */
public final class FormatUpgrade {

  /** The format version that {@link #fromVersion1} reads. */
  public static final int VERSION_1 = 1;

  private static final Pattern EARLY_END_REASON =
      Pattern.compile("(\\.relationships\\[\\d+])\\.earlyEnd\\.reason$");
  private static final Pattern EARLY_END =
      Pattern.compile("(\\.relationships\\[\\d+])\\.earlyEnd$");
  private static final Pattern THANKED_BY =
      Pattern.compile("(\\.relationships\\[\\d+]\\.closure)\\.thankedBy(.*)$");

  private FormatUpgrade() {}

  /**
   * Turns a version 1 document into version 2 in place.
   *
   * @return the problems only version 1 can have (e.g. a reason for an early end that did not
   *     happen), at their paths in the version 1 document
   */
  public static List<Problem> fromVersion1(ObjectNode root) {
    List<Problem> problems = new ArrayList<>();
    root.put("formatVersion", Program.CURRENT_FORMAT_VERSION);
    JsonNode relationships = root.get("relationships");
    if (relationships == null || !relationships.isArray()) {
      return problems; // the schema reports it
    }
    for (int i = 0; i < relationships.size(); i++) {
      if (relationships.get(i) instanceof ObjectNode r) {
        upgradeRelationship(r, "$.relationships[" + i + "]", problems);
      }
    }
    return problems;
  }

  private static void upgradeRelationship(ObjectNode r, String at, List<Problem> problems) {
    JsonNode endedEarly = r.remove("endedEarly");
    JsonNode reason = r.remove("earlyEndReason");
    if (endedEarly != null && r.has("earlyEnd")) {
      problems.add(new Problem(at + ".endedEarly", "give endedEarly (format version 1) or "
          + "earlyEnd (version 2), not both; set formatVersion to 2 and keep earlyEnd"));
    } else if (endedEarly != null && !endedEarly.isBoolean()) {
      problems.add(new Problem(at + ".endedEarly",
          "must be a boolean, found " + JsonValues.describe(endedEarly)));
    } else if (endedEarly != null && endedEarly.booleanValue()) {
      ObjectNode earlyEnd = r.putObject("earlyEnd");
      if (reason != null) {
        earlyEnd.set("reason", reason);
      }
    } else if (reason != null) {
      problems.add(new Problem(at + ".earlyEndReason",
          "only a relationship that ended early has a reason for it"));
    }
    if (r.get("closure") instanceof ObjectNode closure) {
      JsonNode acknowledged = closure.remove("acknowledged");
      if (acknowledged == null) {
        return;
      }
      if (closure.has("thankedBy")) {
        problems.add(new Problem(at + ".closure.acknowledged", "give acknowledged (format "
            + "version 1) or thankedBy (version 2), not both; set formatVersion to 2 and keep "
            + "thankedBy"));
      } else if (!acknowledged.isBoolean()) {
        problems.add(new Problem(at + ".closure.acknowledged",
            "must be a boolean, found " + JsonValues.describe(acknowledged)));
      } else if (acknowledged.booleanValue()) {
        ArrayNode both = closure.putArray("thankedBy");
        both.add("mentor").add("mentee");
      }
    }
  }

  /**
   * The fields of version 1 that a version 2 document still uses, each with how to write it in
   * version 2; they are removed from the tree so that the schema does not report them again as
   * unknown fields.
   */
  public static List<Problem> replacedFields(ObjectNode root) {
    List<Problem> problems = new ArrayList<>();
    JsonNode relationships = root.get("relationships");
    if (relationships == null || !relationships.isArray()) {
      return problems;
    }
    String upgrade = " (or set formatVersion to 1 to read the file as version 1)";
    for (int i = 0; i < relationships.size(); i++) {
      if (!(relationships.get(i) instanceof ObjectNode r)) {
        continue;
      }
      String at = "$.relationships[" + i + "]";
      if (r.remove("endedEarly") != null) {
        problems.add(new Problem(at + ".endedEarly", "format version 2 replaced endedEarly with "
            + "earlyEnd, e.g. \"earlyEnd\": {\"raisedBy\": \"mentee\"}" + upgrade));
      }
      if (r.remove("earlyEndReason") != null) {
        problems.add(new Problem(at + ".earlyEndReason", "format version 2 moved "
            + "earlyEndReason to earlyEnd.reason" + upgrade));
      }
      if (r.get("closure") instanceof ObjectNode closure && closure.remove("acknowledged") != null) {
        problems.add(new Problem(at + ".closure.acknowledged", "format version 2 replaced "
            + "acknowledged with thankedBy, the partners who thanked, e.g. \"thankedBy\": "
            + "[\"mentor\", \"mentee\"]" + upgrade));
      }
    }
    return problems;
  }

  /**
   * A problem's path in the upgraded tree, as it reads in the version 1 document: problems with
   * the reason for an early end, the early end or the thanks name the fields the file has.
   */
  public static String version1Path(String path) {
    String p = EARLY_END_REASON.matcher(path).replaceFirst("$1.earlyEndReason");
    p = EARLY_END.matcher(p).replaceFirst("$1.endedEarly");
    return THANKED_BY.matcher(p).replaceFirst("$1.acknowledged");
  }
}
