package io.github.mentoring.examples.report.html;

import java.util.List;
import java.util.Objects;

/**
 * What the HTML report shows, worked out before the template runs: the template
 * ({@code src/main/jte/report.jte}) only lays it out, so that every number, position and word
 * is computed (and tested) in Java and every text reaches the page through the template
 * engine's HTML escaping. Nothing here holds a note, feedback, reason or other confidential
 * text of the model: only ids, names, dates, statuses and the rules' own words.
 *
 * @param programName the program's name, or null when it has none
 * @param asOf the check date, ISO 8601
 * @param only the categories the report was limited to, by their JSON names; empty for all
 * @param ruleSet a sentence naming the rules that ran (how many, built-in and designer)
 * @param rules the rules that ran
 * @param summary counts as of the check date
 * @param trend the program's status week by week up to the check date
 * @param changes this week against last: newly at risk, recovered, still at risk
 * @param topRules the rules that fire most, most first
 * @param people the people in more than one relationship, busiest first
 * @param rows one per relationship, worst first
 * @param categories the categories the filter offers
 * @param persons the people the filter offers, by name
 */
public record ReportPage(
    String programName,
    String asOf,
    List<String> only,
    String ruleSet,
    List<Rule> rules,
    Summary summary,
    Trend trend,
    Changes changes,
    List<Bar> topRules,
    List<Person> people,
    List<Row> rows,
    List<Option> categories,
    List<Option> persons) {

  /** Checks that nothing is missing. */
  public ReportPage {
    Objects.requireNonNull(asOf, "asOf");
    only = List.copyOf(only);
    Objects.requireNonNull(ruleSet, "ruleSet");
    rules = List.copyOf(rules);
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(trend, "trend");
    Objects.requireNonNull(changes, "changes");
    topRules = List.copyOf(topRules);
    people = List.copyOf(people);
    rows = List.copyOf(rows);
    categories = List.copyOf(categories);
    persons = List.copyOf(persons);
  }

  /** The page's title: the program's name and the check date. */
  public String title() {
    return "Mentoring health" + (programName == null ? "" : " of " + programName) + " as of "
        + asOf;
  }

  /**
   * One rule of the rule set.
   *
   * @param id the rule's id
   * @param category its category, JSON name
   * @param severity its severity, JSON name
   * @param source the file it came from, by name only
   */
  public record Rule(String id, String category, String severity, String source) {}

  /**
   * The counts as of the check date, with the bars of their charts.
   *
   * @param relationships relationships checked
   * @param findings findings in all
   * @param byStatus one bar per status, at risk first
   * @param byCategory one bar per category that found something
   */
  public record Summary(long relationships, long findings, List<Bar> byStatus,
      List<Bar> byCategory) {
    /** Copies the lists. */
    public Summary {
      byStatus = List.copyOf(byStatus);
      byCategory = List.copyOf(byCategory);
    }
  }

  /**
   * One bar of a horizontal bar chart.
   *
   * @param key what it counts, as a CSS class and JSON name (a status, category or rule id)
   * @param label its words
   * @param count the count
   * @param width its length in the chart's units (0 to {@link #MAX_WIDTH})
   * @param y its top in the chart's units
   */
  public record Bar(String key, String label, long count, int width, int y) {
    /** The length of the longest bar. */
    public static final int MAX_WIDTH = 200;
  }

  /**
   * The program's status week by week: a stacked bar per week.
   *
   * @param weeks oldest first; the last is the check date
   * @param height the chart's height in its units
   * @param width the chart's width in its units
   * @param max the largest stack, the chart's top
   * @param summary the trend in one sentence, for screen readers and print
   */
  public record Trend(List<Week> weeks, int height, int width, long max, String summary) {
    /** Copies the list. */
    public Trend {
      weeks = List.copyOf(weeks);
    }
  }

  /**
   * One week of the trend.
   *
   * @param date the day of that week's check
   * @param label the day, short (month and day)
   * @param atRisk relationships at risk that day
   * @param needsAttention relationships needing attention that day
   * @param healthy healthy relationships that day
   * @param notStarted relationships not yet begun that day, not judged
   * @param x the bar's left edge
   * @param barWidth the bar's width
   * @param atRiskY the top of the at-risk part
   * @param atRiskHeight its height
   * @param needsAttentionY the top of the needs-attention part (stacked above at risk)
   * @param needsAttentionHeight its height
   * @param showLabel whether the axis names this week (every other week, and the last)
   */
  public record Week(String date, String label, long atRisk, long needsAttention, long healthy,
      long notStarted, int x, int barWidth, int atRiskY, int atRiskHeight, int needsAttentionY,
      int needsAttentionHeight, boolean showLabel) {}

  /**
   * This week against last.
   *
   * @param since the day of last week's check
   * @param newlyAtRisk relationships at risk now that were not a week ago (the row's anchor and
   *     the relationship's id)
   * @param recovered relationships at risk a week ago that are not now
   * @param stillAtRisk relationships at risk both days
   */
  public record Changes(String since, List<Option> newlyAtRisk, List<Option> recovered,
      List<Option> stillAtRisk) {
    /** Copies the lists. */
    public Changes {
      newlyAtRisk = List.copyOf(newlyAtRisk);
      recovered = List.copyOf(recovered);
      stillAtRisk = List.copyOf(stillAtRisk);
    }
  }

  /**
   * A person in more than one relationship.
   *
   * @param label the person's name and id
   * @param relationships the relationships they are in
   * @param atRisk of which at risk
   * @param needsAttention of which needing attention
   * @param findings findings of the rules about this person (e.g. an over-committed mentor)
   */
  public record Person(String label, long relationships, long atRisk, long needsAttention,
      List<String> findings) {
    /** Copies the list. */
    public Person {
      findings = List.copyOf(findings);
    }
  }

  /**
   * An option of a filter.
   *
   * @param value the value the rows carry
   * @param label its words
   */
  public record Option(String value, String label) {}

  /**
   * One relationship.
   *
   * @param id the relationship's id
   * @param anchor the page-internal id of its row (ids may hold any character)
   * @param mentor the mentor's name and id
   * @param mentee the mentee's name and id
   * @param status the status, JSON name
   * @param statusLabel the status in words
   * @param phase the phase, in words
   * @param categories the categories of its findings, JSON names separated by spaces
   * @param persons the filter values of its mentor and mentee, separated by spaces
   * @param counts its findings by severity, in words (e.g. "1 critical, 2 warnings")
   * @param timeline its meetings against the agreed rhythm and the planned end
   * @param weeks its status week by week, oldest first
   * @param weeksText the same in words
   * @param findings its findings, most severe first
   */
  public record Row(String id, String anchor, String mentor, String mentee, String status,
      String statusLabel, String phase, String categories, String persons, String counts,
      Timeline timeline, List<WeekStatus> weeks, String weeksText, List<FindingView> findings) {
    /** Copies the lists. */
    public Row {
      weeks = List.copyOf(weeks);
      findings = List.copyOf(findings);
    }
  }

  /**
   * One relationship's status in one week of the history.
   *
   * @param date the day of the check
   * @param status the status, JSON name; {@code not-started} before the relationship began
   * @param x the bar's left edge in the strip
   * @param y the bar's top: the worse the status, the taller the bar, so that the strip reads
   *     without colour
   * @param height the bar's height
   */
  public record WeekStatus(String date, String status, int x, int y, int height) {}

  /**
   * A relationship's meetings on a line from its start to its planned end (or the check date,
   * whichever is later).
   *
   * @param width the drawing's width
   * @param height the drawing's height
   * @param axisY where the line runs
   * @param startX where the relationship began
   * @param endX where the line ends
   * @param label the timeline in words, for screen readers and print
   * @param rhythm where meetings were due by the agreed rhythm (empty when none was agreed)
   * @param plannedEnd where the planned end lies, or null when none is known
   * @param plannedEndDate the planned end, or null
   * @param asOfX where the check date lies
   * @param marks the meetings, oldest first
   */
  public record Timeline(int width, int height, int axisY, int startX, int endX, String label,
      List<Integer> rhythm, Integer plannedEnd, String plannedEndDate, int asOfX,
      List<Mark> marks) {
    /** Copies the lists. */
    public Timeline {
      rhythm = List.copyOf(rhythm);
      marks = List.copyOf(marks);
    }
  }

  /**
   * One meeting on a timeline.
   *
   * @param kind {@code held}, {@code cancelled}, {@code no-show} or {@code booked}
   * @param meetingId the meeting's id
   * @param date its day
   * @param by who cancelled or did not show ({@code mentor}, {@code mentee}), else empty
   * @param title the meeting in words
   * @param x where it lies on the line
   * @param shape the SVG path of its mark, drawn at its place
   */
  public record Mark(String kind, String meetingId, String date, String by, String title, int x,
      String shape) {}

  /**
   * One finding as the page shows it.
   *
   * @param ruleId the rule's id
   * @param category the category, JSON name
   * @param severity the severity, JSON name
   * @param subject what it is about, in words
   * @param message what is wrong
   * @param evidence the facts behind it
   * @param advice what to do
   * @param began when it began, in words, from the history
   */
  public record FindingView(String ruleId, String category, String severity, String subject,
      String message, List<Evidence> evidence, String advice, String began) {
    /** Copies the list. */
    public FindingView {
      evidence = List.copyOf(evidence);
    }
  }

  /**
   * One fact of a finding's evidence.
   *
   * @param name its name
   * @param value its value as text
   */
  public record Evidence(String name, String value) {}
}
