package io.github.mentoring.examples.report.html;

import io.github.mentoring.core.model.Agreement;
import io.github.mentoring.core.model.Meeting;
import io.github.mentoring.core.model.Partner;
import io.github.mentoring.core.model.PartnerRole;
import io.github.mentoring.core.model.Relationship;
import io.github.mentoring.examples.report.JsonOutput;
import io.github.mentoring.examples.report.html.ReportPage.Bar;
import io.github.mentoring.examples.report.html.ReportPage.Changes;
import io.github.mentoring.examples.report.html.ReportPage.Evidence;
import io.github.mentoring.examples.report.html.ReportPage.FindingView;
import io.github.mentoring.examples.report.html.ReportPage.Mark;
import io.github.mentoring.examples.report.html.ReportPage.Option;
import io.github.mentoring.examples.report.html.ReportPage.Person;
import io.github.mentoring.examples.report.html.ReportPage.Row;
import io.github.mentoring.examples.report.html.ReportPage.Rule;
import io.github.mentoring.examples.report.html.ReportPage.Summary;
import io.github.mentoring.examples.report.html.ReportPage.Timeline;
import io.github.mentoring.examples.report.html.ReportPage.Trend;
import io.github.mentoring.examples.report.html.ReportPage.Week;
import io.github.mentoring.examples.report.html.ReportPage.WeekStatus;
import io.github.mentoring.rules.Category;
import io.github.mentoring.rules.Finding;
import io.github.mentoring.rules.HealthReport;
import io.github.mentoring.rules.PersonReport;
import io.github.mentoring.rules.ProgramReport;
import io.github.mentoring.rules.RuleCatalogue;
import io.github.mentoring.rules.RuleInfo;
import io.github.mentoring.rules.Severity;
import io.github.mentoring.rules.Status;
import io.github.mentoring.rules.Subject;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Works out a {@link ReportPage} from a check: the rows worst first, the charts' geometry, the
 * timelines and when each finding began. Reads only ids, names, dates and statuses of the model
 * (never notes, feedback, reasons or other free text), and the rules' own words.
 */
final class PageBuilder {

  static final int TIMELINE_WIDTH = 320;
  static final int TIMELINE_HEIGHT = 36;
  static final int TIMELINE_AXIS = 18;
  private static final int TIMELINE_PAD = 8;
  /** The most rhythm ticks drawn: a daily rhythm over years would be a solid bar anyway. */
  private static final int MAX_TICKS = 400;
  static final int TREND_WIDTH = 360;
  static final int TREND_HEIGHT = 120;
  static final int STRIP_CELL = 10;
  private static final int TOP_RULES = 5;
  private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MMM d",
      Locale.ENGLISH);

  private PageBuilder() {}

  static ReportPage build(ProgramReport report, Collection<Relationship> relationships,
      String programName, Collection<Category> only, RuleCatalogue catalogue,
      WeeklyHistory history) {
    Map<String, Relationship> byId = new HashMap<>();
    relationships.forEach(r -> byId.putIfAbsent(r.getId(), r));
    Map<String, Integer> personIndex = new LinkedHashMap<>();
    Map<String, String> personLabel = new TreeMap<>();
    for (Relationship r : relationships) {
      for (Partner p : List.of(r.getMentor(), r.getMentee())) {
        personIndex.putIfAbsent(p.getId(), personIndex.size());
        personLabel.putIfAbsent(p.getId(), label(p));
      }
    }

    List<HealthReport> ordered = new ArrayList<>(report.reports());
    ordered.sort(Comparator.comparing((HealthReport r) -> r.status()).reversed()
        .thenComparing(Comparator.comparingLong((HealthReport r) -> count(r, Severity.CRITICAL))
            .reversed())
        .thenComparing(Comparator.comparingLong((HealthReport r) -> count(r, Severity.WARNING))
            .reversed())
        .thenComparing(HealthReport::relationshipId));
    List<Row> rows = new ArrayList<>();
    int n = 0;
    for (HealthReport r : ordered) {
      rows.add(row(r, byId.get(r.relationshipId()), personIndex, history, "r" + n++));
    }

    List<Option> persons = personLabel.entrySet().stream()
        .sorted(Map.Entry.comparingByValue(String.CASE_INSENSITIVE_ORDER))
        .map(e -> new Option(String.valueOf(personIndex.get(e.getKey())), e.getValue()))
        .toList();
    List<Option> categories = new ArrayList<>();
    for (Category c : Category.values()) {
      if (only.isEmpty() || only.contains(c)) {
        categories.add(new Option(JsonOutput.name(c), words(c)));
      }
    }
    List<Rule> rules = catalogue.rules().stream()
        .map(r -> new Rule(r.id(), JsonOutput.name(r.category()), JsonOutput.name(r.severity()),
            fileName(r.source())))
        .sorted(Comparator.comparing(Rule::category).thenComparing(Rule::id))
        .toList();
    Map<String, String> anchors = new HashMap<>();
    rows.forEach(r -> anchors.putIfAbsent(r.id(), r.anchor()));
    return new ReportPage(programName, report.asOf().toString(),
        only.stream().sorted().map(JsonOutput::name).toList(), ruleSet(catalogue), rules,
        summary(report), trend(history, relationships),
        changes(history, relationships, anchors),
        topRules(report), people(relationships, report, only), rows, categories, persons);
  }

  private static long count(HealthReport report, Severity severity) {
    return report.findings().stream().filter(f -> f.severity() == severity).count();
  }

  static String label(Partner partner) {
    return partner.getName().map(name -> name + " (" + partner.getId() + ")")
        .orElse(partner.getId());
  }

  private static String fileName(String source) {
    String name = source.replace('\\', '/');
    return name.substring(name.lastIndexOf('/') + 1);
  }

  private static String ruleSet(RuleCatalogue catalogue) {
    long builtIn = catalogue.rules().stream().filter(r -> r.category() != Category.PROGRAM)
        .count();
    long program = catalogue.size() - builtIn;
    return plural(catalogue.size(), "rule") + ": " + builtIn + " built-in"
        + (program == 0 ? "" : ", " + program + " of the program's own");
  }

  static String words(Enum<?> value) {
    String name = JsonOutput.name(value).replace('-', ' ');
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  static String plural(long count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }

  // ---------------------------------------------------------------------------------------------
  // Program: summary, trend, this week against last, rules and people
  // ---------------------------------------------------------------------------------------------

  private static Summary summary(ProgramReport report) {
    Map<Status, Long> byStatus = report.summary().byStatus();
    long most = Math.max(1, byStatus.values().stream().mapToLong(Long::longValue).max()
        .orElse(1));
    List<Bar> statusBars = new ArrayList<>();
    int y = 0;
    for (Status s : List.of(Status.AT_RISK, Status.NEEDS_ATTENTION, Status.HEALTHY)) {
      long count = byStatus.getOrDefault(s, 0L);
      statusBars.add(new Bar(JsonOutput.name(s), words(s), count, width(count, most), y));
      y += 24;
    }
    Map<Category, Long> byCategory = report.summary().byCategory();
    long mostFindings = Math.max(1, byCategory.values().stream().mapToLong(Long::longValue)
        .max().orElse(1));
    List<Bar> categoryBars = new ArrayList<>();
    y = 0;
    for (Category c : Category.values()) {
      long count = byCategory.getOrDefault(c, 0L);
      if (count > 0) {
        categoryBars.add(new Bar(JsonOutput.name(c), words(c), count, width(count,
            mostFindings), y));
        y += 24;
      }
    }
    return new Summary(report.summary().relationships(), report.summary().findings(),
        statusBars, categoryBars);
  }

  private static int width(long count, long most) {
    return (int) Math.round((double) Bar.MAX_WIDTH * count / most);
  }

  private static Trend trend(WeeklyHistory history, Collection<Relationship> relationships) {
    List<LocalDate> steps = history.steps();
    List<long[]> counts = new ArrayList<>();
    long max = 1;
    for (int i = 0; i < steps.size(); i++) {
      long[] c = new long[4];
      for (Relationship r : relationships) {
        Optional<Status> status = history.status(r.getId(), i);
        if (status.isEmpty()) {
          c[3]++;
        } else {
          c[status.get().ordinal()]++;
        }
      }
      counts.add(c);
      max = Math.max(max, c[Status.AT_RISK.ordinal()] + c[Status.NEEDS_ATTENTION.ordinal()]);
    }
    int plot = TREND_HEIGHT - 20;
    int slot = steps.isEmpty() ? TREND_WIDTH : (TREND_WIDTH - 30) / steps.size();
    int bar = Math.max(2, slot - 6);
    List<Week> weeks = new ArrayList<>();
    for (int i = 0; i < steps.size(); i++) {
      long[] c = counts.get(i);
      long atRisk = c[Status.AT_RISK.ordinal()];
      long needs = c[Status.NEEDS_ATTENTION.ordinal()];
      int riskHeight = (int) Math.round((double) plot * atRisk / max);
      int needsHeight = (int) Math.round((double) plot * needs / max);
      int x = 30 + i * slot + 3;
      boolean last = i == steps.size() - 1;
      weeks.add(new Week(steps.get(i).toString(), steps.get(i).format(SHORT), atRisk, needs,
          c[Status.HEALTHY.ordinal()], c[3], x, bar, plot - riskHeight, riskHeight,
          plot - riskHeight - needsHeight, needsHeight,
          last || (steps.size() - 1 - i) % 3 == 0 && i < steps.size() - 2));
    }
    String summary;
    if (weeks.isEmpty()) {
      summary = "No history.";
    } else {
      Week first = weeks.get(0);
      Week now = weeks.get(weeks.size() - 1);
      summary = "Relationships at risk: " + first.atRisk() + " on " + first.date() + ", "
          + now.atRisk() + " on " + now.date() + "; needing attention: " + first.needsAttention()
          + " then " + now.needsAttention() + " (" + plural(weeks.size(), "weekly check") + ").";
    }
    return new Trend(weeks, TREND_HEIGHT, TREND_WIDTH, max, summary);
  }

  private static Changes changes(WeeklyHistory history, Collection<Relationship> relationships,
      Map<String, String> anchors) {
    List<LocalDate> steps = history.steps();
    int now = steps.size() - 1;
    List<String> newly = new ArrayList<>();
    List<String> recovered = new ArrayList<>();
    List<String> still = new ArrayList<>();
    if (now >= 1) {
      for (Relationship r : relationships) {
        boolean was = history.status(r.getId(), now - 1).orElse(null) == Status.AT_RISK;
        boolean is = history.status(r.getId(), now).orElse(null) == Status.AT_RISK;
        if (is && was) {
          still.add(r.getId());
        } else if (is) {
          newly.add(r.getId());
        } else if (was) {
          recovered.add(r.getId());
        }
      }
    }
    return new Changes(now >= 1 ? steps.get(now - 1).toString() : "", links(newly, anchors),
        links(recovered, anchors), links(still, anchors));
  }

  private static List<Option> links(List<String> ids, Map<String, String> anchors) {
    return ids.stream().sorted().distinct()
        .map(id -> new Option(anchors.getOrDefault(id, ""), id)).toList();
  }

  private static List<Bar> topRules(ProgramReport report) {
    Map<String, Long> byRule = report.summary().byRule();
    long most = Math.max(1, byRule.values().stream().mapToLong(Long::longValue).max().orElse(1));
    List<Bar> bars = new ArrayList<>();
    int y = 0;
    for (Map.Entry<String, Long> e : byRule.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed()
            .thenComparing(Map.Entry.comparingByKey()))
        .limit(TOP_RULES).toList()) {
      bars.add(new Bar(e.getKey(), e.getKey(), e.getValue(), width(e.getValue(), most), y));
      y += 24;
    }
    return bars;
  }

  /**
   * The people in more than one relationship, or about whom a rule found something (the rules
   * about people, e.g. an over-committed mentor): from the report's people when it has them.
   */
  private static List<Person> people(Collection<Relationship> relationships,
      ProgramReport report, Collection<Category> only) {
    Map<String, Status> status = new HashMap<>();
    report.reports().forEach(r -> status.put(r.relationshipId(), r.status()));
    Map<String, List<String>> byPerson = new LinkedHashMap<>();
    Map<String, String> labels = new HashMap<>();
    for (Relationship r : relationships) {
      for (Partner p : List.of(r.getMentor(), r.getMentee())) {
        byPerson.computeIfAbsent(p.getId(), id -> new ArrayList<>()).add(r.getId());
        labels.putIfAbsent(p.getId(), label(p));
      }
    }
    Map<String, List<String>> findings = new HashMap<>();
    for (PersonReport person : report.people()) {
      List<String> theirs = new ArrayList<>();
      person.findings().stream().filter(f -> only.isEmpty() || only.contains(f.category()))
          .forEach(f -> theirs.add(f.ruleId() + ": " + f.message()));
      findings.put(person.personId(), theirs);
    }
    List<Person> people = new ArrayList<>();
    byPerson.forEach((id, theirs) -> {
      List<String> found = findings.getOrDefault(id, List.of());
      if (theirs.size() > 1 || !found.isEmpty()) {
        long atRisk = theirs.stream().filter(r -> status.get(r) == Status.AT_RISK).count();
        long needs = theirs.stream().filter(r -> status.get(r) == Status.NEEDS_ATTENTION)
            .count();
        people.add(new Person(labels.get(id), theirs.size(), atRisk, needs, found));
      }
    });
    people.sort(Comparator.comparingInt((Person p) -> p.findings().isEmpty() ? 1 : 0)
        .thenComparing(Comparator.comparingLong(Person::atRisk).reversed())
        .thenComparing(Comparator.comparingLong(Person::relationships).reversed())
        .thenComparing(Person::label));
    return people;
  }

  // ---------------------------------------------------------------------------------------------
  // One relationship
  // ---------------------------------------------------------------------------------------------

  private static Row row(HealthReport report, Relationship relationship,
      Map<String, Integer> personIndex, WeeklyHistory history, String anchor) {
    String mentor = relationship == null ? "" : label(relationship.getMentor());
    String mentee = relationship == null ? "" : label(relationship.getMentee());
    String persons = relationship == null ? "" : personIndex.get(relationship.getMentor()
        .getId()) + " " + personIndex.get(relationship.getMentee().getId());
    String categories = report.findings().stream().map(f -> JsonOutput.name(f.category()))
        .distinct().sorted().collect(Collectors.joining(" "));
    Map<Severity, Long> bySeverity = new EnumMap<>(Severity.class);
    report.findings().forEach(f -> bySeverity.merge(f.severity(), 1L, Long::sum));
    List<String> counts = new ArrayList<>();
    for (Severity s : List.of(Severity.CRITICAL, Severity.WARNING, Severity.INFO)) {
      long c = bySeverity.getOrDefault(s, 0L);
      if (c > 0) {
        counts.add(c + " " + (s == Severity.WARNING ? (c == 1 ? "warning" : "warnings")
            : JsonOutput.name(s)));
      }
    }
    List<WeekStatus> weeks = new ArrayList<>();
    List<Status> statuses = history.statuses(report.relationshipId());
    for (int i = 0; i < statuses.size(); i++) {
      Status s = statuses.get(i);
      // Taller for worse: healthy a third, needs attention two thirds, at risk the whole cell.
      int height = s == null ? 1 : (s.ordinal() + 1) * (STRIP_CELL - 1) / 3;
      weeks.add(new WeekStatus(history.steps().get(i).toString(),
          s == null ? "not-started" : JsonOutput.name(s), i * STRIP_CELL, STRIP_CELL - height,
          height));
    }
    List<FindingView> findings = report.findings().stream()
        .map(f -> finding(f, began(f, report.relationshipId(), history))).toList();
    return new Row(report.relationshipId(), anchor, mentor, mentee,
        JsonOutput.name(report.status()), words(report.status()),
        relationship == null ? "" : words(relationship.getPhase()), categories, persons,
        counts.isEmpty() ? "none" : String.join(", ", counts),
        relationship == null ? null : timeline(relationship, report.asOf()), weeks,
        weeksText(weeks), findings);
  }

  private static String weeksText(List<WeekStatus> weeks) {
    if (weeks.isEmpty()) {
      return "No weekly history.";
    }
    return "Status at each weekly check from " + weeks.get(0).date() + " to "
        + weeks.get(weeks.size() - 1).date() + ": " + weeks.stream()
            .map(w -> w.status().replace('-', ' ')).collect(Collectors.joining(", ")) + ".";
  }

  private static String began(Finding finding, String relationshipId, WeeklyHistory history) {
    Optional<LocalDate> raised = history.raised(relationshipId, finding);
    List<LocalDate> steps = history.steps();
    if (raised.isEmpty() || steps.isEmpty()) {
      return "";
    }
    LocalDate now = steps.get(steps.size() - 1);
    LocalDate first = history.firstJudged(relationshipId).orElse(steps.get(0));
    if (raised.get().equals(now) && !first.equals(now)) {
      return "first raised at this check, not at the check of " + steps.get(steps.size() - 2);
    }
    if (raised.get().equals(first)) {
      return first.equals(steps.get(0)) ? "raised at every weekly check since " + first
          : "raised at every weekly check since it began, from " + first;
    }
    return "raised since the weekly check of " + raised.get();
  }

  private static FindingView finding(Finding finding, String began) {
    List<Evidence> evidence = new ArrayList<>();
    finding.evidence().forEach((name, value) -> evidence.add(new Evidence(name, text(value))));
    return new FindingView(finding.ruleId(), JsonOutput.name(finding.category()),
        JsonOutput.name(finding.severity()), subject(finding.subject()), finding.message(),
        evidence, finding.advice(), began);
  }

  private static String subject(Subject subject) {
    return subject.kind() == Subject.Kind.RELATIONSHIP ? "the relationship"
        : JsonOutput.name(subject.kind()).replace('-', ' ') + " " + subject.id();
  }

  private static String text(Object value) {
    if (value == null) {
      return "none";
    }
    if (value instanceof Collection<?> items) {
      return items.stream().map(PageBuilder::text).collect(Collectors.joining(", "));
    }
    if (value instanceof Enum<?> e) {
      return JsonOutput.name(e);
    }
    return value.toString();
  }

  static Timeline timeline(Relationship relationship, LocalDate asOf) {
    List<Meeting> meetings = relationship.meetingsInOrder();
    LocalDate start = relationship.getStartDate();
    Optional<LocalDate> plannedEnd = relationship.plannedEndDate();
    LocalDate from = start;
    LocalDate to = asOf;
    if (!meetings.isEmpty()) {
      from = min(from, meetings.get(0).date());
      to = max(to, meetings.get(meetings.size() - 1).date());
    }
    if (plannedEnd.isPresent()) {
      to = max(to, plannedEnd.get());
    }
    if (relationship.getActualEnd().isPresent()) {
      to = max(to, relationship.getActualEnd().get());
    }
    from = from.minusDays(3);
    to = to.plusDays(3);
    long days = Math.max(1, ChronoUnit.DAYS.between(from, to));
    LocalDate origin = from;
    java.util.function.ToIntFunction<LocalDate> x = d -> TIMELINE_PAD + (int) Math.round(
        (double) (TIMELINE_WIDTH - 2 * TIMELINE_PAD) * ChronoUnit.DAYS.between(origin, d) / days);

    Optional<Integer> interval = relationship.getAgreement()
        .flatMap(Agreement::meetingIntervalDays).filter(i -> i > 0);
    List<Integer> rhythm = new ArrayList<>();
    if (interval.isPresent()) {
      LocalDate end = to;
      LocalDate last = plannedEnd.map(e -> min(e, end)).orElse(end);
      for (LocalDate due = start; !due.isAfter(last) && rhythm.size() < MAX_TICKS;
          due = due.plusDays(interval.get())) {
        rhythm.add(x.applyAsInt(due));
      }
    }

    List<Mark> marks = new ArrayList<>();
    int held = 0;
    int booked = 0;
    Map<PartnerRole, Integer> cancelled = new EnumMap<>(PartnerRole.class);
    Map<PartnerRole, Integer> noShow = new EnumMap<>(PartnerRole.class);
    int cancelledUnknown = 0;
    int noShowUnknown = 0;
    for (Meeting m : meetings) {
      int mx = x.applyAsInt(m.date());
      String date = m.date().toString();
      switch (m.getStatus()) {
        case HELD -> {
          held++;
          marks.add(new Mark("held", m.getId(), date, "", "Meeting " + m.getId() + " on " + date
              + ": held", mx, circle(mx, TIMELINE_AXIS)));
        }
        case SCHEDULED -> {
          booked++;
          marks.add(new Mark("booked", m.getId(), date, "", "Meeting " + m.getId() + " on "
              + date + ": booked", mx, circle(mx, TIMELINE_AXIS)));
        }
        case CANCELLED -> {
          Optional<PartnerRole> by = m.getCancelledBy();
          by.ifPresent(role -> cancelled.merge(role, 1, Integer::sum));
          if (by.isEmpty()) {
            cancelledUnknown++;
          }
          marks.add(new Mark("cancelled", m.getId(), date, by.map(JsonOutput::name).orElse(""),
              "Meeting " + m.getId() + " on " + date + ": cancelled"
                  + by.map(r -> " by the " + JsonOutput.name(r)).orElse(""),
              mx, cross(mx, offset(by))));
        }
        case NO_SHOW -> {
          Optional<PartnerRole> by = m.getNoShowBy();
          by.ifPresent(role -> noShow.merge(role, 1, Integer::sum));
          if (by.isEmpty()) {
            noShowUnknown++;
          }
          marks.add(new Mark("no-show", m.getId(), date, by.map(JsonOutput::name).orElse(""),
              "Meeting " + m.getId() + " on " + date + ": "
                  + by.map(r -> "the " + JsonOutput.name(r) + " did not show").orElse("no-show"),
              mx, triangle(mx, offset(by))));
        }
        default -> throw new IllegalStateException("unknown meeting status " + m.getStatus());
      }
    }
    StringBuilder label = new StringBuilder("Began " + start);
    interval.ifPresent(i -> label.append("; agreed to meet every ").append(plural(i, "day")));
    plannedEnd.ifPresent(e -> label.append("; planned end ").append(e));
    relationship.getActualEnd().ifPresent(e -> label.append("; ended ").append(e));
    label.append(". ").append(plural(meetings.size(), "meeting")).append(": ").append(held)
        .append(" held, ").append(byRole("cancelled", cancelled, cancelledUnknown)).append(", ")
        .append(byRole("no-show", noShow, noShowUnknown)).append(", ").append(booked)
        .append(" booked. Checked as of ").append(asOf).append('.');
    Integer endX = plannedEnd.map(x::applyAsInt).orElse(null);
    return new Timeline(TIMELINE_WIDTH, TIMELINE_HEIGHT, TIMELINE_AXIS, x.applyAsInt(start),
        TIMELINE_WIDTH - TIMELINE_PAD, label.toString(), rhythm, endX,
        plannedEnd.map(LocalDate::toString).orElse(null), x.applyAsInt(asOf), marks);
  }

  private static String byRole(String what, Map<PartnerRole, Integer> byRole, int unknown) {
    int total = byRole.values().stream().mapToInt(Integer::intValue).sum() + unknown;
    if (total == 0) {
      return "0 " + what;
    }
    List<String> parts = new ArrayList<>();
    byRole.forEach((role, c) -> parts.add(c + " by the " + JsonOutput.name(role)));
    if (unknown > 0) {
      parts.add(unknown + " by either");
    }
    return total + " " + what + " (" + String.join(", ", parts) + ")";
  }

  /** The mentor's cancellations and no-shows sit above the line, the mentee's below it. */
  private static int offset(Optional<PartnerRole> by) {
    return by.map(role -> role == PartnerRole.MENTOR ? TIMELINE_AXIS - 9 : TIMELINE_AXIS + 9)
        .orElse(TIMELINE_AXIS);
  }

  private static String circle(int x, int y) {
    return "M" + (x - 4) + " " + y + "a4 4 0 1 0 8 0a4 4 0 1 0 -8 0Z";
  }

  private static String cross(int x, int y) {
    return "M" + (x - 4) + " " + (y - 4) + "L" + (x + 4) + " " + (y + 4) + "M" + (x - 4) + " "
        + (y + 4) + "L" + (x + 4) + " " + (y - 4);
  }

  private static String triangle(int x, int y) {
    return "M" + x + " " + (y - 5) + "L" + (x + 5) + " " + (y + 4) + "L" + (x - 5) + " "
        + (y + 4) + "Z";
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}
