package io.github.mentoring.examples.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mentoring.json.Program;
import io.github.mentoring.rules.Category;
import io.github.mentoring.rules.ProgramReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * The HTML report without a browser: what it shows of the bundled sample, that every text is
 * escaped, that nothing confidential reaches it and that it loads nothing from elsewhere.
 */
class HtmlReportTest {

  /** The fields the model's Javadoc calls confidential, by their JSON names. */
  private static final Set<String> CONFIDENTIAL = Set.of("notes", "note", "wants", "brings",
      "expects", "useful", "nextSteps", "beforeNextTime", "changeNextTime", "workedBest",
      "mostChallenging", "doDifferently", "description", "confidentiality", "reason");

  private static final String SAMPLE = ReportSample.html();

  private static List<String> all(String regex, String text) {
    Matcher m = Pattern.compile(regex).matcher(text);
    List<String> found = new ArrayList<>();
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  @Test
  void everyRelationshipOfTheSampleIsARowWorstFirst() {
    List<String> ids = all("<tbody class=\"relationship\" id=\"r\\d+\" data-id=\"([^\"]*)\"",
        SAMPLE);
    List<String> statuses = all("<tbody class=\"relationship\"[^>]* data-status=\"([^\"]*)\"",
        SAMPLE);

    assertThat(ids).hasSize(17).doesNotHaveDuplicates().contains("rel-gita-hugo", "rel-ana-ben");
    List<String> order = List.of("at-risk", "needs-attention", "healthy");
    for (int i = 1; i < statuses.size(); i++) {
      assertThat(order.indexOf(statuses.get(i))).as("row %d after a %s row", i,
          statuses.get(i - 1)).isGreaterThanOrEqualTo(order.indexOf(statuses.get(i - 1)));
    }
    assertThat(statuses).contains("at-risk", "healthy");
  }

  @Test
  void thePageNamesTheProgramTheCheckDateAndTheRuleSet() {
    assertThat(SAMPLE).startsWith("<!DOCTYPE html>")
        .contains("<title>Mentoring health of 2026 engineering and product mentoring program "
            + "as of 2026-11-27</title>")
        .contains("<time id=\"as-of\" datetime=\"2026-11-27\">2026-11-27</time>")
        .containsPattern("<span id=\"rule-set\">\\d+ rules: \\d+ built-in</span>");
  }

  @Test
  void aMentorWhoCancelledAndDidNotShowIsMarkedAboveTheLineOfTheTimeline() {
    String row = SAMPLE.substring(SAMPLE.indexOf("data-id=\"rel-gita-hugo\""));
    row = row.substring(0, row.indexOf("</tbody>"));

    assertThat(all("<path class=\"mark (held|booked|cancelled|no-show)\"", row))
        .containsExactly("held", "held", "held", "held", "held", "held", "held", "held", "held",
            "cancelled", "no-show", "cancelled");
    assertThat(row).contains("data-meeting=\"m10\" data-date=\"2026-10-06\" data-by=\"mentee\"")
        .contains("<title>Meeting m11 on 2026-10-20: the mentor did not show</title>")
        .contains("<title>Meeting m12 on 2026-11-03: cancelled by the mentor</title>")
        .contains("planned end 2026-10-16")
        .contains("12 meetings: 9 held, 2 cancelled (1 by the mentor, 1 by the mentee), "
            + "1 no-show (1 by the mentor), 0 booked");
    assertThat(all("<line class=\"(rhythm)\"", row)).as("a tick every 14 days from 2026-04-20 "
        + "to the planned end").hasSize(13);
  }

  @Test
  void aFindingSaysSinceWhenItHasBeenRaised() {
    assertThat(all("<p class=\"began\">([^<]*)</p>", SAMPLE))
        .isNotEmpty()
        .allMatch(text -> text.matches("(first raised at this check, not at the check of|raised "
            + "at every weekly check since( it began, from)?|raised since the weekly check of) "
            + "\\d{4}-\\d{2}-\\d{2}"));
    assertThat(SAMPLE).contains("<g class=\"week\" data-date=\"2026-11-27\"")
        .contains("<g class=\"week\" data-date=\"2026-09-11\"");
  }

  @Test
  void hostileNamesAndIdsAreShownAsTextNeverAsMarkup() {
    JsonNode tree = ReportSample.tree();
    ObjectNode first = (ObjectNode) tree.get("relationships").get(0);
    ((ObjectNode) first.get("mentor")).put("name", "<script>alert('mentor')</script>");
    ((ObjectNode) first.get("mentee")).put("name", "\"><img src=x onerror=alert(1)>");
    first.put("id", "rel-</td></tr><b>bold</b>");
    String hostileMeeting = "m\"<svg onload=alert(2)>";
    String meeting = first.get("meetings").get(0).get("id").asString();
    ((ObjectNode) first.get("meetings").get(0)).put("id", hostileMeeting);
    first.get("followUps").forEach(f -> {
      if (f.path("fromMeeting").asString("").equals(meeting)) {
        ((ObjectNode) f).put("fromMeeting", hostileMeeting);
      }
    });
    ((ObjectNode) tree).put("name", "</title><script>alert('program')</script>");

    String html = ReportSample.html(ReportSample.program(tree));

    assertThat(all("(<script)", html)).as("the page's own script only").hasSize(1);
    assertThat(html).doesNotContain("<b>bold</b>", "<img", "<svg onload", "</title><script>")
        .contains("&lt;script&gt;alert(")
        .contains("rel-&lt;/td&gt;&lt;/tr&gt;&lt;b&gt;bold&lt;/b&gt;");
  }

  @Test
  void noConfidentialTextReachesThePage() {
    JsonNode tree = ReportSample.tree();
    int[] placed = {0};
    mark(tree, null, placed);

    String html = ReportSample.html(ReportSample.program(tree));

    assertThat(placed[0]).as("markers put in confidential fields").isGreaterThan(50);
    assertThat(html).doesNotContain("Zq7secret");
  }

  /** Puts a marker in every confidential text of the tree. */
  private static void mark(JsonNode node, String field, int[] placed) {
    if (node instanceof ObjectNode object) {
      for (String name : List.copyOf(object.propertyNames())) {
        JsonNode value = object.get(name);
        if (CONFIDENTIAL.contains(name) && value.isString()) {
          object.set(name, StringNode.valueOf("Zq7secret " + placed[0]++ + " of " + name));
        } else {
          mark(value, name, placed);
        }
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        if (CONFIDENTIAL.contains(field) && array.get(i).isString()) {
          array.set(i, StringNode.valueOf("Zq7secret " + placed[0]++ + " in " + field));
        } else {
          mark(array.get(i), field, placed);
        }
      }
    }
  }

  @Test
  void aMentorWhoseEveryRelationshipFizzlesIsNamedAmongThePeopleWithTheFinding() {
    JsonNode tree = ReportSample.tree();
    ArrayNode relationships = (ArrayNode) tree.get("relationships");
    for (JsonNode r : relationships) {
      if (r.get("id").asString().equals("rel-gita-hugo")) {
        // the same relationship with another mentee, who owns what Hugo owned
        ObjectNode second = (ObjectNode) ReportSample.MAPPER.readTree(ReportSample.MAPPER
            .writeValueAsString(r).replace("\"hugo\"", "\"ines\""));
        second.put("id", "rel-gita-ines");
        second.set("mentee", ReportSample.MAPPER.createObjectNode().put("id", "ines")
            .put("name", "Ines"));
        relationships.add(second);
        break;
      }
    }

    String html = ReportSample.html(ReportSample.program(tree));

    String people = html.substring(html.indexOf("<section id=\"people\""));
    people = people.substring(0, people.indexOf("</section>"));
    assertThat(people).contains("<th scope=\"row\">Gita (gita)</th><td>2</td>")
        .contains("fizzling.over-committed-mentor: ");
  }

  @Test
  void thePageLoadsNothingFromElsewhere() {
    assertThat(SAMPLE).doesNotContain("http://", "https://", "<link", "<img", "<iframe",
        "@import", "url(")
        .doesNotContainPattern("<script[^>]+src=");
    assertThat(all("(<style>)", SAMPLE)).hasSize(1);
    assertThat(all("(<script>)", SAMPLE)).hasSize(1);
  }

  @Test
  void thePageIsReadableWithoutColourAndPrintable() {
    assertThat(SAMPLE).contains("<th scope=\"col\">Status</th>")
        .contains("<label for=\"filter-status\">")
        .contains("<label for=\"filter-category\">")
        .contains("<label for=\"filter-person\">")
        .contains("@media print")
        .containsPattern("<span class=\"status status-at-risk\">At risk</span>")
        .containsPattern("<svg class=\"timeline\"[^>]* role=\"img\" aria-label=\"Began ");
  }

  @Test
  void aReportLimitedToSomeCategoriesSaysSoAndFiltersByThemOnly() {
    Program program = ReportSample.program(ReportSample.tree());
    ProgramReport full = ReportSample.HEALTH_CHECK.checkAll(program.relationships(),
        program.asOf().orElseThrow());
    ProgramReport limited = ProgramReport.of(full.asOf(), full.reports().stream()
        .map(r -> io.github.mentoring.rules.HealthReport.of(r.relationshipId(), r.asOf(),
            r.findings().stream().filter(f -> f.category() == Category.FIZZLING).toList()))
        .toList());

    String html = HtmlReport.write(ReportSample.HEALTH_CHECK, program.relationships(), limited,
        program.name(), List.of(Category.FIZZLING));

    assertThat(html).contains("Only these categories: <span id=\"only\">fizzling")
        .contains("<option value=\"fizzling\">Fizzling</option>")
        .doesNotContain("<option value=\"vague-goal\">");
    assertThat(all("<li class=\"finding [^\"]*\" data-rule=\"[^\"]*\" data-category=\"([^\"]*)\"",
        html)).isNotEmpty().containsOnly("fizzling");
  }
}
