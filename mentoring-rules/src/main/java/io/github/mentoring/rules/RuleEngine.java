package io.github.mentoring.rules;

import io.github.mentoring.core.model.Phase;
import io.github.mentoring.core.model.Relationship;
import io.github.mentoring.core.model.RelationshipKind;
import io.github.mentoring.rules.RuleBuildException.Problem;
import io.github.mentoring.rules.facts.AgreementFacts;
import io.github.mentoring.rules.facts.ClosureFacts;
import io.github.mentoring.rules.facts.Fact;
import io.github.mentoring.rules.facts.FactBuilder;
import io.github.mentoring.rules.facts.Findings;
import io.github.mentoring.rules.facts.FollowUpFacts;
import io.github.mentoring.rules.facts.GoalFacts;
import io.github.mentoring.rules.facts.MeetingFacts;
import io.github.mentoring.rules.facts.PartnerFacts;
import io.github.mentoring.rules.facts.PersonFacts;
import io.github.mentoring.core.model.PartnerRole;
import io.github.mentoring.rules.facts.RelationshipFacts;
import io.github.mentoring.rules.internal.sandbox.Allowlist;
import io.github.mentoring.rules.internal.sandbox.DesignerFileCheck;
import io.github.mentoring.rules.internal.sandbox.PolicyReads;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.kie.internal.builder.conf.LanguageLevelOption;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.StatelessKieSession;
import org.kie.api.runtime.rule.ConsequenceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A rule base with its metadata: the built-in files come from their executable model, generated
 * and compiled at build time, while other DRL is compiled at run time by the classic builder
 * ({@link RuleCompiler}), so that designers' files are read as they are and errors carry file and
 * line. Immutable after {@link #build}; {@link #check} may be called from many threads at once,
 * each call running its own stateless session.
 */
final class RuleEngine {

  private static final Logger LOG = LoggerFactory.getLogger(RuleEngine.class);

  /** What a designer's file may name: the facts, the two globals and the model's enumerations. */
  static final Allowlist DESIGNER_ALLOWLIST = new Allowlist(
      List.of(Fact.class, RelationshipFacts.class, PartnerFacts.class, MeetingFacts.class,
          GoalFacts.class, FollowUpFacts.class, AgreementFacts.class, ClosureFacts.class),
      Map.of("findings", Findings.class, "policy", Policy.class),
      Set.of("io.github.mentoring.rules.facts", "io.github.mentoring.core.model"));
  // The built-in files are the same text in every build: their policy keys and report calls come
  // from the executable model's index, or are read once per JVM where it has none for a file.
  private static final Map<String, Map<String, PolicyReads.RuleCode>> BUILT_IN_CODE =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * A DRL text, the name it is reported under (a file path or a class-path resource), and how far
   * it is trusted.
   */
  public record Source(String name, String drl, Trust trust) {

    /** Checks that no part is null: every source says how far it is trusted. */
    public Source {
      java.util.Objects.requireNonNull(name, "name");
      java.util.Objects.requireNonNull(drl, "drl");
      java.util.Objects.requireNonNull(trust, "trust");
    }

    /** A source the caller wrote or reviewed in code: trusted. */
    public static Source trusted(String name, String drl) {
      return new Source(name, drl, Trust.TRUSTED);
    }

    /** A designer's file: checked before it is compiled, and run under the judging class loader. */
    public static Source designer(String name, String drl) {
      return new Source(name, drl, Trust.DESIGNER);
    }
  }

  /** How far a rule source is trusted. */
  public enum Trust {
    /** The library's own rules: may use anything, but need nothing beyond what designers may. */
    BUILT_IN,
    /** Marked as trusted in code by the caller: may use anything the host allows. */
    TRUSTED,
    /** A designer's file: may only judge (see {@code DesignerFileCheck}). */
    DESIGNER
  }

  private final KieBase kieBase;
  private final Map<String, RuleInfo> byRuleKey;
  /** The critical level of rules that escalate ({@code @critical}), by rule key. */
  private final Map<String, RuleInfo> criticalByRuleKey;
  private final RuleCatalogue catalogue;
  /** A rule's own id by the id of its critical level ({@code @critical}). */
  private final Map<String, String> ownIdByCriticalId;
  private final Findings findings;
  private final Policy policy;
  private final FactFilter factFilter;
  private final FactBuilder factBuilder;
  private final Set<String> globals;
  /** Whether some loaded rule judges people (see {@link #judgesPeople()}). */
  private final boolean judgesPeople;
  /** See {@link #judgesOneFactAtATime()}. */
  private final boolean oneFactAtATime;
  private final int firingBudget;
  private final long timeBudgetMillis;
  /** To build the rule base again when a failed condition must be traced to its rule. */
  private final List<Source> sources;
  private final boolean confined;

  private RuleEngine(KieBase kieBase, Map<String, RuleInfo> byRuleKey,
      Map<String, RuleInfo> criticalByRuleKey, Set<String> disabled, Policy policy,
      List<Source> sources, boolean confined) {
    this.kieBase = kieBase;
    this.sources = List.copyOf(sources);
    this.confined = confined;
    this.firingBudget = policy.integer("engine.firing-budget");
    this.timeBudgetMillis = policy.integer("engine.time-budget-millis");
    this.byRuleKey = byRuleKey;
    this.criticalByRuleKey = criticalByRuleKey;
    List<RuleInfo> loaded = new ArrayList<>();
    byRuleKey.forEach((key, info) -> {
      if (!disabled.contains(info.id())) {
        loaded.add(info);
      }
      RuleInfo critical = criticalByRuleKey.get(key);
      if (critical != null && !disabled.contains(critical.id())) {
        loaded.add(critical);
      }
    });
    this.catalogue = new RuleCatalogue(loaded);
    Map<String, String> ownIds = new HashMap<>();
    criticalByRuleKey.forEach((key, critical) -> {
      RuleInfo own = byRuleKey.get(key);
      if (own != null) {
        ownIds.put(critical.id(), own.id());
      }
    });
    this.ownIdByCriticalId = Map.copyOf(ownIds);
    this.policy = policy;
    // A consequence hands back the very rule object of the knowledge base: look it up by
    // identity, not by building its name on every finding.
    Map<Rule, RuleInfo> byRule = new IdentityHashMap<>();
    // What findings.report words a finding with: the rule's level, or its critical level when it
    // escalates; a level disabled on its own reports nothing (a disabled critical level leaves
    // the finding at the rule's own severity).
    Map<Rule, RuleInfo> reportedAs = new IdentityHashMap<>();
    Map<Rule, RuleInfo> escalatedTo = new IdentityHashMap<>();
    for (KiePackage p : kieBase.getKiePackages()) {
      for (Rule rule : p.getRules()) {
        RuleInfo info = byRuleKey.get(key(rule));
        if (info != null) {
          byRule.put(rule, info);
          RuleInfo critical = criticalByRuleKey.get(key(rule));
          if (!disabled.contains(info.id())) {
            reportedAs.put(rule, info);
          }
          if (critical != null && !disabled.contains(critical.id())) {
            escalatedTo.put(rule, critical);
          }
        }
      }
    }
    this.findings = new Findings(reportedAs::get, escalatedTo::get);
    this.factFilter = FactFilter.of(kieBase, byRule::get);
    this.factBuilder = new FactBuilder(policy, factFilter);
    this.judgesPeople = factFilter.readsAnywhere(PersonFacts.class);
    this.oneFactAtATime = FactFilter.matchesOneFactAtATime(kieBase);
    Set<String> declared = new LinkedHashSet<>();
    for (KiePackage p : kieBase.getKiePackages()) {
      p.getGlobalVariables().forEach(g -> declared.add(g.getName()));
    }
    this.globals = Set.copyOf(declared);
  }

  /**
   * Compiles the sources, reads every rule's metadata, removes the disabled rules.
   *
   * @throws RuleBuildException listing every problem, with file and line
   */
  public static RuleEngine build(List<Source> sources, Set<String> disabled, Policy policy) {
    long started = System.nanoTime();
    List<Problem> refused = new ArrayList<>();
    for (Source source : sources) {
      if (source.trust() == Trust.DESIGNER) {
        for (DesignerFileCheck.Problem p : DesignerFileCheck.check(source.name(), source.drl(),
            DESIGNER_ALLOWLIST)) {
          refused.add(new Problem(p.file(), p.line(), p.message()));
        }
      }
    }
    if (!refused.isEmpty()) {
      throw new RuleBuildException(refused);
    }
    // Generated code runs under the judging class loader unless the caller vouched for a file.
    boolean confined = sources.stream().noneMatch(s -> s.trust() == Trust.TRUSTED);
    RuleCompiler.Compiled compiled = RuleCompiler.compile(sources, confined);
    KieBase kieBase = compiled.kieBase();
    Map<String, String> names = compiled.names();

    List<Problem> problems = new ArrayList<>();
    Map<String, RuleInfo> byKey = new HashMap<>();
    Map<String, RuleInfo> criticalByKey = new HashMap<>();
    Map<String, String> keyById = new HashMap<>();
    Map<String, String> drlByName = new HashMap<>();
    Set<String> builtInNames = new java.util.HashSet<>();
    sources.forEach(s -> {
      drlByName.putIfAbsent(s.name(), s.drl());
      if (s.trust() == Trust.BUILT_IN) {
        builtInNames.add(s.name());
      }
    });
    Map<String, Map<String, PolicyReads.RuleCode>> codeByFile = new HashMap<>();
    PolicyReads.RuleCode none = new PolicyReads.RuleCode(List.of(), List.of());
    for (KiePackage p : kieBase.getKiePackages()) {
      for (Rule rule : p.getRules()) {
        String file = compiled.modelFiles().containsKey(p.getName())
            ? compiled.modelFiles().get(p.getName()) : displayName(names, sourcePath(rule));
        PolicyReads.RuleCode code = codeByFile
            .computeIfAbsent(file, f -> !drlByName.containsKey(f) ? Map.of()
                : builtInNames.contains(f)
                    ? BUILT_IN_CODE.computeIfAbsent(drlByName.get(f), drl -> BuiltInModel
                        .builtIn().code(f, drl).orElseGet(() -> PolicyReads.code(drl)))
                    : PolicyReads.code(drlByName.get(f)))
            .getOrDefault(rule.getName(), none);
        List<RuleInfo> levels =
            readMetadata(rule, file, drlByName.get(file), code, policy, problems);
        if (levels == null) {
          continue;
        }
        boolean repeated = false;
        for (RuleInfo level : levels) {
          String earlier = keyById.putIfAbsent(level.id(), key(rule));
          if (earlier != null) {
            problems.add(new Problem(file, 0, "rule \"" + rule.getName() + "\" repeats the id '"
                + level.id() + "' of rule " + earlier));
            repeated = true;
          }
        }
        if (repeated) {
          continue;
        }
        byKey.put(key(rule), levels.get(0));
        if (levels.size() > 1) {
          criticalByKey.put(key(rule), levels.get(1));
        }
      }
    }
    for (String id : new java.util.TreeSet<>(disabled)) {
      if (!keyById.containsKey(id)) {
        problems.add(new Problem("", 0, "cannot disable '" + id + "': no loaded rule has that id"
            + near(id, keyById.keySet())));
      }
    }
    if (!problems.isEmpty()) {
      throw new RuleBuildException(problems);
    }
    for (String id : disabled) {
      // A rule goes when every level of it is disabled; one level alone is left out of the
      // catalogue and of the findings (see the constructor).
      String key = keyById.get(id);
      RuleInfo info = byKey.get(key);
      RuleInfo critical = criticalByKey.get(key);
      if (info != null && disabled.contains(info.id())
          && (critical == null || disabled.contains(critical.id()))) {
        byKey.remove(key);
        criticalByKey.remove(key);
        String packageName = key.substring(0, key.indexOf('/'));
        kieBase.removeRule(packageName, info.ruleName());
      }
    }
    RuleEngine engine = new RuleEngine(kieBase, Map.copyOf(byKey), Map.copyOf(criticalByKey),
        Set.copyOf(disabled), policy, sources, confined);
    LOG.info("Built health check: {} rules from {} DRL sources ({} disabled) in {} ms",
        engine.catalogue.size(), sources.size(), disabled.size(),
        (System.nanoTime() - started) / 1_000_000);
    return engine;
  }

  /**
   * Judges a batch of relationships in one stateless session; reports in input order. A
   * relationship whose check failed (a rule threw, a budget was spent, the JVM ran out of stack or
   * memory) has null in its place and its failure in {@code failures}; the others are judged again
   * without it, so that one bad rule or relationship costs no other its report.
   */
  public List<HealthReport> check(List<Relationship> batch, LocalDate asOf,
      List<RuleExecutionException> failures) {
    return checkSteps(batch, java.util.Collections.nCopies(batch.size(), asOf), failures);
  }

  /**
   * Judges each relationship of a batch as of its own day ({@code days}, parallel to {@code
   * batch}; a relationship may come several times, on several days) in one stateless session, as
   * {@link #check} does for one day. Only for a rule base that {@link #judgesOneFactAtATime()}:
   * then no rule can match facts of two of the batch's entries together, and the entries are as
   * independent as in sessions of their own.
   */
  List<HealthReport> checkSteps(List<Relationship> batch, List<LocalDate> days,
      List<RuleExecutionException> failures) {
    HealthReport[] reports = new HealthReport[batch.size()];
    RuleExecutionException[] failed = new RuleExecutionException[batch.size()];
    int[] all = new int[batch.size()];
    for (int i = 0; i < all.length; i++) {
      all[i] = i;
    }
    judge(batch, all, days, reports, failed);
    for (RuleExecutionException f : failed) {
      if (f != null) {
        failures.add(f);
      }
    }
    return Arrays.asList(reports);
  }

  /**
   * Whether every rule matches one fact at a time (one pattern, no join, no {@code not}, {@code
   * exists}, {@code accumulate} or {@code from}): then one session may judge a relationship on
   * several days at once, since no rule can see two of its days' facts together. The built-in
   * rules do; a designer's rule that joins facts makes histories judge each day in a session of
   * its own.
   */
  boolean judgesOneFactAtATime() {
    return oneFactAtATime;
  }

  /** Whether some loaded rule judges people, so that a bulk check builds {@link PersonFacts}. */
  boolean judgesPeople() {
    return judgesPeople;
  }

  private void judge(List<Relationship> batch, int[] indexes, List<LocalDate> days,
      HealthReport[] reports, RuleExecutionException[] failed) {
    Judgement[] judgements = new Judgement[indexes.length];
    List<Object> facts = new ArrayList<>(indexes.length * 16);
    for (int k = 0; k < indexes.length; k++) {
      Relationship r = batch.get(indexes[k]);
      LocalDate asOf = days.get(indexes[k]);
      judgements[k] = new Judgement(r.getId(), asOf);
      factBuilder.addFacts(r, asOf, judgements[k], facts);
    }
    StatelessKieSession session = kieBase.newStatelessKieSession();
    if (globals.contains("findings")) {
      session.setGlobal("findings", findings);
    }
    if (globals.contains("policy")) {
      session.setGlobal("policy", policy);
    }
    RunawayGuard guard = new RunawayGuard(firingBudget, timeBudgetMillis);
    session.addEventListener(guard);
    try {
      session.execute(facts);
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError | LinkageError e) {
      facts = null; // let the failed session's garbage go before judging the rest again
      retryWithout(e, guard, batch, indexes, days, reports, failed);
      return;
    }
    for (int k = 0; k < indexes.length; k++) {
      reports[indexes[k]] = judgements[k].report();
    }
  }

  /** The people of a bulk check, and the failures of the rules that judge them. */
  record People(List<PersonReport> reports, List<CheckFailure> failures) {}

  /**
   * Rolls a bulk check's reports up per person (every mentor and mentee, sorted by id) and judges
   * each person in each role with the rules that read {@link PersonFacts}, in one session. If
   * that session fails, each person is judged again alone; a person whose rules fail has no
   * findings and a failure naming them.
   *
   * @param relationships the relationships judged
   * @param reports their reports by relationship id (a relationship whose check failed has none)
   */
  People judgePeople(List<Relationship> relationships, Map<String, HealthReport> reports,
      LocalDate asOf) {
    Map<String, Standing> standings = new java.util.HashMap<>(reports.size() * 2);
    reports.forEach((id, report) -> standings.put(id, new Standing(report.status(),
        report.findings().stream().anyMatch(f -> f.category() == Category.FIZZLING
            && f.severity().compareTo(Severity.WARNING) >= 0))));
    return judgePeopleBy(relationships, standings, asOf, false);
  }

  /**
   * How a relationship stood on a day, as far as the rules about people ask: its status, and
   * whether it had a fizzling finding of warning severity or worse.
   */
  record Standing(Status status, boolean fizzling) {}

  /**
   * As {@link #judgePeople}, from each judged relationship's standing (a relationship with none
   * was not judged that day); with {@code flaggedOnly}, the reports of the people the rules found
   * something about only.
   */
  People judgePeopleBy(List<Relationship> relationships, Map<String, Standing> standings,
      LocalDate asOf, boolean flaggedOnly) {
    Map<String, Person> byId = new java.util.TreeMap<>();
    for (Relationship r : relationships) {
      Standing standing = standings.get(r.getId());
      if (standing == null) {
        continue;
      }
      boolean active = r.getPhase() == Phase.ACTIVE;
      boolean fizzling = active && standing.fizzling();
      byId.computeIfAbsent(r.getMentor().getId(), Person::new)
          .add(PartnerRole.MENTOR, r.getId(), standing.status(), active, fizzling);
      byId.computeIfAbsent(r.getMentee().getId(), Person::new)
          .add(PartnerRole.MENTEE, r.getId(), standing.status(), active, fizzling);
    }
    List<CheckFailure> failures = new ArrayList<>(0);
    if (judgesPeople && !byId.isEmpty()) {
      List<Person> people = new ArrayList<>(byId.values());
      try {
        judge(people, asOf);
      } catch (RuntimeException | StackOverflowError | LinkageError e) {
        for (Person person : people) {
          try {
            judge(List.of(person), asOf);
          } catch (RuntimeException | StackOverflowError | LinkageError alone) {
            person.judgement = null;
            RuleExecutionException failure = failure(alone, null, person.id);
            LOG.warn("A check failed: rule {} on person {}", failure.ruleId(), person.id);
            failures.add(new CheckFailure("", failure.ruleId(), "Rule '" + failure.ruleId()
                + "' failed on person '" + person.id + "'"));
          }
        }
      }
    }
    List<PersonReport> personReports = new ArrayList<>(flaggedOnly ? 0 : byId.size());
    for (Person person : byId.values()) {
      HealthReport judged = person.judgement == null
          ? new HealthReport(person.id, asOf, Status.HEALTHY, List.of())
          : person.judgement.report();
      if (flaggedOnly && judged.findings().isEmpty()) {
        continue;
      }
      personReports.add(new PersonReport(person.id, person.asMentor, person.asMentee,
          person.byStatus, judged.status(), judged.findings()));
    }
    return new People(personReports, failures);
  }

  /** Judges people with the rules that read {@link PersonFacts}; throws if a rule fails. */
  private void judge(List<Person> people, LocalDate asOf) {
    List<Object> facts = new ArrayList<>(people.size() * 2);
    for (Person person : people) {
      person.judgement = new Judgement(person.id, asOf);
      for (PartnerRole role : PartnerRole.values()) {
        int in = role == PartnerRole.MENTOR ? person.asMentor.size() : person.asMentee.size();
        if (in > 0) {
          facts.add(factBuilder.personFacts(person.judgement, person.id, role, in,
              sorted(person.active.get(role)), sorted(person.fizzling.get(role)),
              person.atRisk[role.ordinal()]));
        }
      }
    }
    StatelessKieSession session = kieBase.newStatelessKieSession();
    if (globals.contains("findings")) {
      session.setGlobal("findings", findings);
    }
    if (globals.contains("policy")) {
      session.setGlobal("policy", policy);
    }
    session.addEventListener(new RunawayGuard(firingBudget, timeBudgetMillis));
    session.execute(facts);
  }

  private static List<String> sorted(List<String> ids) {
    List<String> copy = new ArrayList<>(ids);
    java.util.Collections.sort(copy);
    return copy;
  }

  /** A failure of a rule on a person, named as a relationship's would be, without the stack. */
  private RuleExecutionException failure(Throwable e, Rule rule, String personId) {
    for (Throwable t = e; t != null && rule == null; t = t.getCause()) {
      if (t instanceof ConsequenceException ce && ce.getMatch() != null) {
        rule = ce.getMatch().getRule();
      }
    }
    String ruleId = "(unknown rule)";
    if (rule != null) {
      RuleInfo info = byRuleKey.get(key(rule));
      ruleId = info != null ? info.id() : rule.getName();
    }
    return new RuleExecutionException(ruleId, null, e);
  }

  /** One person's relationships, gathered for {@link #judgePeople}. */
  private static final class Person {
    final String id;
    final List<String> asMentor = new ArrayList<>(2);
    final List<String> asMentee = new ArrayList<>(1);
    final Map<Status, Long> byStatus = new java.util.EnumMap<>(Status.class);
    final Map<PartnerRole, List<String>> active = new java.util.EnumMap<>(PartnerRole.class);
    final Map<PartnerRole, List<String>> fizzling = new java.util.EnumMap<>(PartnerRole.class);
    final int[] atRisk = new int[PartnerRole.values().length];
    Judgement judgement;

    Person(String id) {
      this.id = id;
      for (PartnerRole role : PartnerRole.values()) {
        active.put(role, new ArrayList<>(0));
        fizzling.put(role, new ArrayList<>(0));
      }
    }

    void add(PartnerRole role, String relationshipId, Status status, boolean isActive,
        boolean isFizzling) {
      (role == PartnerRole.MENTOR ? asMentor : asMentee).add(relationshipId);
      byStatus.merge(status, 1L, Long::sum);
      if (isActive) {
        active.get(role).add(relationshipId);
      }
      if (isFizzling) {
        fizzling.get(role).add(relationshipId);
      }
      if (status == Status.AT_RISK) {
        atRisk[role.ordinal()]++;
      }
    }
  }

  private void retryWithout(Throwable e, RunawayGuard guard, List<Relationship> batch,
      int[] indexes, List<LocalDate> days, HealthReport[] reports, RuleExecutionException[] failed) {
    String culprit = guard.firingRelationship();
    Rule rule = guard.firingRule();
    for (Throwable t = e; t != null && rule == null; t = t.getCause()) {
      if (t instanceof ConsequenceException ce && ce.getMatch() != null) {
        rule = ce.getMatch().getRule();
        for (Object o : ce.getMatch().getObjects()) {
          if (o instanceof Fact f) {
            culprit = f.getRelationshipId();
            break;
          }
        }
      }
    }
    if (indexes.length == 1) {
      String id = batch.get(indexes[0]).getId();
      failed[indexes[0]] = failure(e, rule, batch.get(indexes[0]), days.get(indexes[0]));
      LOG.warn("A check failed: rule {} on relationship {}", failed[indexes[0]].ruleId(), id);
      return;
    }
    if (culprit == null) {
      // The failure cannot be put on one relationship: judge each on its own. A relationship
      // judged on several days fails on each alike: its first failure stands for the others, so
      // that a failing condition is traced once, not once a day.
      for (int index : indexes) {
        RuleExecutionException earlier = failedBefore(batch, failed, index);
        if (earlier != null) {
          failed[index] = earlier;
        } else {
          judge(batch, new int[] {index}, days, reports, failed);
        }
      }
      return;
    }
    int[] rest = new int[indexes.length];
    int kept = 0;
    for (int index : indexes) {
      if (culprit.equals(batch.get(index).getId())) {
        failed[index] = failure(e, rule, batch.get(index), days.get(index));
        LOG.warn("A check failed: rule {} on relationship {}", failed[index].ruleId(), culprit);
      } else {
        rest[kept++] = index;
      }
    }
    if (kept > 0) {
      judge(batch, Arrays.copyOf(rest, kept), days, reports, failed);
    }
  }

  /** A failure already found for the relationship of {@code index} in this batch, or null. */
  private static RuleExecutionException failedBefore(List<Relationship> batch,
      RuleExecutionException[] failed, int index) {
    String id = batch.get(index).getId();
    for (int j = 0; j < failed.length; j++) {
      if (failed[j] != null && j != index && batch.get(j).getId().equals(id)) {
        return failed[j];
      }
    }
    return null;
  }

  private RuleExecutionException failure(Throwable e, Rule rule, Relationship relationship,
      LocalDate asOf) {
    if (rule == null) {
      // No rule was firing: a condition threw. Drools names the rules that share a constraint
      // only in its exception's message, so the rule is found by judging again instead.
      rule = failingCondition(relationship, asOf);
    }
    String ruleId = null;
    if (rule != null) {
      RuleInfo info = byRuleKey.get(key(rule));
      ruleId = info != null ? info.id() : rule.getName();
    }
    return new RuleExecutionException(ruleId == null ? "(unknown rule)" : ruleId,
        relationship.getId(), e);
  }

  /**
   * The rule whose condition fails on a relationship, found by judging it again with half of the
   * suspected rules at a time, each time in a knowledge base of its own; null if no one rule's
   * conditions fail on their own. Costs a few builds of the rule base: only for a failed check.
   */
  private Rule failingCondition(Relationship relationship, LocalDate asOf) {
    List<String> suspects = new ArrayList<>(new java.util.TreeSet<>(byRuleKey.keySet()));
    try {
      while (suspects.size() > 1) {
        List<String> half = suspects.subList(0, suspects.size() / 2);
        suspects = conditionFails(half, relationship, asOf) ? new ArrayList<>(half)
            : new ArrayList<>(suspects.subList(half.size(), suspects.size()));
      }
      if (suspects.size() == 1 && conditionFails(suspects, relationship, asOf)) {
        String key = suspects.get(0);
        return kieBase.getRule(key.substring(0, key.indexOf('/')),
            key.substring(key.indexOf('/') + 1));
      }
    } catch (RuntimeException | LinkageError e) {
      LOG.debug("Cannot trace the failed condition to its rule", e);
    }
    return null;
  }

  /** Whether judging the relationship with only these rules fails outside any consequence. */
  private boolean conditionFails(List<String> ruleKeys, Relationship relationship,
      LocalDate asOf) {
    InternalKnowledgeBase only = (InternalKnowledgeBase) RuleCompiler.compile(sources, confined)
        .kieBase();
    Set<String> kept = Set.copyOf(ruleKeys);
    for (KiePackage p : List.copyOf(only.getKiePackages())) {
      for (Rule rule : List.copyOf(p.getRules())) {
        if (!kept.contains(key(rule))) {
          only.removeRule(p.getName(), rule.getName());
        }
      }
    }
    List<Object> facts = new ArrayList<>();
    factBuilder.addFacts(relationship, asOf, new Judgement(relationship.getId(), asOf), facts);
    StatelessKieSession session = only.newStatelessKieSession();
    Set<String> declared = new java.util.HashSet<>();
    only.getKiePackages().forEach(p -> p.getGlobalVariables()
        .forEach(g -> declared.add(g.getName())));
    if (declared.contains("findings")) {
      session.setGlobal("findings", findings);
    }
    if (declared.contains("policy")) {
      session.setGlobal("policy", policy);
    }
    RunawayGuard guard = new RunawayGuard(firingBudget, timeBudgetMillis);
    session.addEventListener(guard);
    try {
      session.execute(facts);
      return false;
    } catch (RuntimeException | StackOverflowError | LinkageError e) {
      return guard.firingRule() == null && !hasMatch(e);
    }
  }

  private static boolean hasMatch(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ConsequenceException ce && ce.getMatch() != null) {
        return true;
      }
    }
    return false;
  }

  public RuleCatalogue catalogue() {
    return catalogue;
  }

  /**
   * The id of a rule's own level for the id of any of its levels: a critical level's id
   * ({@code @critical}) gives the id of the rule it escalates; any other id gives itself.
   */
  String ownId(String ruleId) {
    return ownIdByCriticalId.getOrDefault(ruleId, ruleId);
  }

  public Policy policy() {
    return policy;
  }

  /** Which facts the loaded rules could match (for tests). */
  FactFilter factFilter() {
    return factFilter;
  }

  /**
   * The rule's metadata: its own level, then the critical level it escalates to when it declares
   * {@code @critical}; null, with problems, when the metadata is wrong.
   */
  private static List<RuleInfo> readMetadata(Rule rule, String file, String drl,
      PolicyReads.RuleCode code, Policy policy, List<Problem> problems) {
    List<PolicyReads.Read> reads = code.reads();
    Map<String, Object> meta = new HashMap<>(rule.getMetaData());
    // Drools files @description under the name of its own annotation type.
    meta.putIfAbsent("description", meta.get("org.kie.api.definition.type.Description"));
    String where = "rule \"" + rule.getName() + "\"";
    List<String> missing = new ArrayList<>();
    for (String key : List.of("id", "category", "severity", "description")) {
      if (text(meta.get(key)).isEmpty()) {
        missing.add("@" + key);
      }
    }
    if (!missing.isEmpty()) {
      problems.add(new Problem(file, 0, where + " lacks metadata " + String.join(", ", missing)));
      return null;
    }
    String id = text(meta.get("id"));
    Category category = parseEnum(Category.class, text(meta.get("category")), file, where,
        problems);
    Severity severity = parseEnum(Severity.class, text(meta.get("severity")), file, where,
        problems);
    // A rule's thresholds are the keys it reads, checked here, plus any it names in
    // @thresholds for values the facts work out with them (such as a look-back window).
    Set<String> thresholds = new java.util.LinkedHashSet<>(); // in the order the rule reads them
    for (PolicyReads.Read read : reads) {
      if (read.key() == null) {
        problems.add(new Problem(file, read.line(), where
            + " reads the policy with a computed key: write the key as a quoted string"));
      } else if (!policy.has(read.key())) {
        problems.add(new Problem(file, read.line(), where + " reads an unknown policy key '"
            + read.key() + "'" + near(read.key(), policy.asText().keySet(), "keys")));
      } else {
        thresholds.add(read.key());
      }
    }
    for (String key : text(meta.get("thresholds")).split(",")) {
      key = key.trim();
      if (key.isEmpty()) {
        continue;
      }
      if (!policy.has(key)) {
        problems.add(new Problem(file, 0, where + " names an unknown policy key '" + key
            + "' in @thresholds"));
      } else {
        thresholds.add(key);
      }
    }
    if (!id.matches("[a-z0-9][a-z0-9.-]*")) {
      problems.add(new Problem(file, 0, where + " has @id '" + id
          + "': use lower-case letters, digits, dots and dashes"));
    }
    Set<Phase> phases = applicability(Phase.class, meta, "phases", rule, file, drl, problems);
    Set<RelationshipKind> kinds =
        applicability(RelationshipKind.class, meta, "kinds", rule, file, drl, problems);
    int problemsBefore = problems.size();
    MessageTemplate message = template(meta, "message", rule, file, drl, code.reports(), problems);
    MessageTemplate advice = template(meta, "advice", rule, file, drl, code.reports(), problems);
    if (!code.reports().isEmpty() && problems.size() == problemsBefore
        && (message == null || advice == null)) {
      problems.add(new Problem(file, code.reports().get(0).line(), where
          + " reports with findings.report but lacks "
          + (message == null && advice == null ? "@message and @advice"
              : message == null ? "@message" : "@advice")
          + ": findings.report words the finding from them"));
    }
    RuleInfo critical = criticalLevel(rule, file, drl, code, meta, category, severity,
        thresholds, phases, kinds, message, problems);
    if (category == null || severity == null || phases == null || kinds == null
        || problems.size() > problemsBefore) {
      return null;
    }
    RuleInfo own = new RuleInfo(id, category, severity, text(meta.get("description")),
        List.copyOf(thresholds), file, rule.getName(), phases, kinds, message, advice);
    return critical == null ? List.of(own) : List.of(own, critical);
  }

  /**
   * The critical level of a warning/critical pair written as one rule: {@code @critical} names
   * its id, {@code @criticalDescription}, {@code @criticalMessage} and {@code @criticalAdvice}
   * word it, and every {@code findings.report} of the rule gives the hidden evidence key
   * {@code "_critical"}, true when the finding is critical. Null when the rule declares none (or,
   * with a problem, declares it wrongly).
   */
  private static RuleInfo criticalLevel(Rule rule, String file, String drl,
      PolicyReads.RuleCode code, Map<String, Object> meta, Category category, Severity severity,
      Set<String> thresholds, Set<Phase> phases, Set<RelationshipKind> kinds,
      MessageTemplate message, List<Problem> problems) {
    String where = "rule \"" + rule.getName() + "\"";
    boolean gives = !code.reports().isEmpty()
        && code.reports().stream().allMatch(r -> r.keys().contains(CRITICAL_KEY));
    boolean givesSome = code.reports().stream().anyMatch(r -> r.keys().contains(CRITICAL_KEY));
    if (!meta.containsKey("critical")) {
      if (givesSome) {
        problems.add(new Problem(file, code.reports().get(0).line(), where + " gives \""
            + CRITICAL_KEY + "\" evidence but declares no @critical level to escalate to"));
      }
      return null;
    }
    String id = text(meta.get("critical"));
    List<String> missing = new ArrayList<>();
    for (String key : List.of("criticalDescription", "criticalMessage", "criticalAdvice")) {
      if (text(meta.get(key)).isEmpty()) {
        missing.add("@" + key);
      }
    }
    if (!missing.isEmpty()) {
      problems.add(new Problem(file, lineOf(drl, rule.getName(), "@critical"), where
          + " declares @critical but lacks " + String.join(", ", missing)));
      return null;
    }
    if (severity != null && severity.compareTo(Severity.CRITICAL) >= 0) {
      problems.add(new Problem(file, lineOf(drl, rule.getName(), "@critical"), where
          + " is already critical: @critical escalates a lower severity"));
      return null;
    }
    if (!id.matches("[a-z0-9][a-z0-9.-]*")) {
      problems.add(new Problem(file, lineOf(drl, rule.getName(), "@critical"), where
          + " has @critical '" + id + "': use lower-case letters, digits, dots and dashes"));
      return null;
    }
    if (!gives || message == null) {
      problems.add(new Problem(file, lineOf(drl, rule.getName(), "@critical"), where
          + " declares @critical, so every findings.report of it must give \"" + CRITICAL_KEY
          + "\" (true for a critical finding) and the rule must word its findings with @message"));
      return null;
    }
    Map<String, Object> criticalMeta = new HashMap<>(meta);
    criticalMeta.put("message", meta.get("criticalMessage"));
    criticalMeta.put("advice", meta.get("criticalAdvice"));
    int before = problems.size();
    MessageTemplate criticalMessage =
        template(criticalMeta, "message", rule, file, drl, code.reports(), problems);
    MessageTemplate criticalAdvice =
        template(criticalMeta, "advice", rule, file, drl, code.reports(), problems);
    if (problems.size() > before || category == null || phases == null || kinds == null) {
      return null;
    }
    return new RuleInfo(id, category, Severity.CRITICAL, text(meta.get("criticalDescription")),
        List.copyOf(thresholds), file, rule.getName(), phases, kinds, criticalMessage,
        criticalAdvice);
  }

  /**
   * A rule's {@code @message} or {@code @advice} template, parsed once here with the places of
   * its evidence keys in the rule's {@code findings.report(..)} calls; null when the rule has
   * none, or with a problem when it is malformed or names a key that some call of the rule does
   * not give.
   */
  private static MessageTemplate template(Map<String, Object> meta, String name, Rule rule,
      String file, String drl, List<PolicyReads.Report> reports, List<Problem> problems) {
    if (!meta.containsKey(name)) {
      return null;
    }
    String where = "rule \"" + rule.getName() + "\" ";
    // Parsed only for a problem: a rule that is right costs no parse.
    java.util.function.IntSupplier line = () -> lineOf(drl, rule.getName(), "@" + name);
    List<String> order = reports.isEmpty() ? List.of() : reports.get(0).keys();
    for (PolicyReads.Report report : reports) {
      if (report.keys().contains(null)) {
        if (name.equals("message") || !meta.containsKey("message")) { // said once
          problems.add(new Problem(file, report.line(), where + "gives an evidence key that is"
              + " not a quoted string to findings.report: its templates are filled by key"));
        }
        return null;
      }
      if (!report.keys().equals(order)) {
        order = List.of(); // calls that order their keys differently: look each key up
      }
    }
    MessageTemplate template;
    try {
      template = MessageTemplate.parse(text(meta.get(name)), order);
    } catch (IllegalArgumentException e) {
      problems.add(new Problem(file, line.getAsInt(), where + "has a malformed @" + name + ": "
          + e.getMessage()));
      return null;
    }
    for (String key : template.keys()) {
      if (reports.isEmpty()) {
        problems.add(new Problem(file, line.getAsInt(), where + "has @" + name + " naming {" + key
            + "}, but no findings.report in its consequence gives evidence to fill it"));
        return null;
      }
      for (PolicyReads.Report report : reports) {
        if (!report.keys().contains(key)) {
          problems.add(new Problem(file, line.getAsInt(), where + "has @" + name + " naming {" + key
              + "}, which is not an evidence key of the rule"
              + (report.keys().isEmpty() ? "" : " (its keys: "
                  + String.join(", ", new LinkedHashSet<>(report.keys())) + ")")));
          return null;
        }
      }
    }
    return template;
  }

  /**
   * The phases ({@code @phases}) or kinds ({@code @kinds}) of relationship a rule declares it
   * applies to, written as the constants' names in lower case with dashes and separated by commas;
   * every constant when the rule does not say. Null, with a problem, for a name that is none.
   */
  private static <E extends Enum<E>> Set<E> applicability(Class<E> type, Map<String, Object> meta,
      String key, Rule rule, String file, String drl, List<Problem> problems) {
    if (!meta.containsKey(key)) {
      return EnumSet.allOf(type);
    }
    Map<String, E> byName = new LinkedHashMap<>();
    for (E constant : type.getEnumConstants()) {
      byName.put(constant.name().toLowerCase(Locale.ROOT).replace('_', '-'), constant);
    }
    Set<E> values = EnumSet.noneOf(type);
    List<String> unknown = new ArrayList<>();
    for (String name : text(meta.get(key)).split(",")) {
      String trimmed = name.strip();
      if (trimmed.isEmpty()) {
        continue;
      }
      E value = byName.get(trimmed);
      if (value == null) {
        unknown.add("'" + trimmed + "'");
      } else {
        values.add(value);
      }
    }
    String where = "rule \"" + rule.getName() + "\" ";
    String expected = "; expected one or more of " + String.join(", ", byName.keySet());
    java.util.function.IntSupplier line = () -> lineOf(drl, rule.getName(), "@" + key);
    if (!unknown.isEmpty()) {
      problems.add(new Problem(file, line.getAsInt(), where + "has @" + key + " naming "
          + (unknown.size() == 1 ? "an unknown value " : "unknown values ")
          + String.join(", ", unknown) + expected));
      return null;
    }
    if (values.isEmpty()) {
      problems.add(new Problem(file, line.getAsInt(), where + "has an empty @" + key + expected
          + " (leave it out to apply to every one)"));
      return null;
    }
    return values;
  }

  /**
   * The line of the rule's {@code annotation} in its DRL text: the first one within the rule's
   * text, as the DRL parser bounds it (DRL6 gives annotations no place of their own), or 0 when it
   * cannot be found there (the metadata of a built rule carries no line).
   */
  static int lineOf(String drl, String ruleName, String annotation) {
    if (drl == null) {
      return 0;
    }
    try {
      PackageDescr pkg = new DrlParser(LanguageLevelOption.DRL6).parse(false, drl);
      for (RuleDescr rule : pkg == null ? List.<RuleDescr>of() : pkg.getRules()) {
        if (rule.getName().equals(ruleName) && rule.getStartCharacter() >= 0) {
          int at = drl.indexOf(annotation, rule.getStartCharacter());
          if (at < 0 || (rule.getEndCharacter() > 0 && at > rule.getEndCharacter())) {
            return 0;
          }
          return (int) drl.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
        }
      }
    } catch (DroolsParserException | RuntimeException e) {
      LOG.debug("Cannot parse {} for the line of {}", ruleName, annotation, e);
    }
    return 0;
  }

  private static <E extends Enum<E>> E parseEnum(Class<E> type, String value, String file,
      String where, List<Problem> problems) {
    try {
      return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      problems.add(new Problem(file, 0, where + " has @" + type.getSimpleName().toLowerCase()
          + " '" + value + "'; expected one of " + Arrays.toString(type.getEnumConstants())
          .toLowerCase(Locale.ROOT).replace('_', '-')));
      return null;
    }
  }

  /** The hidden evidence key by which a finding of a rule with {@code @critical} escalates. */
  static final String CRITICAL_KEY = "_critical";

  private static String text(Object value) {
    if (value == null) {
      return "";
    }
    String s = value.toString().strip();
    if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
      s = s.substring(1, s.length() - 1);
    }
    // The classic builder keeps a quote escaped as written; the executable model hands over the
    // string's value: unescape so that both read alike.
    return s.replace("\\\"", "\"");
  }

  private static String near(String id, Set<String> ids) {
    return near(id, ids, "rules");
  }

  private static String near(String id, Set<String> ids, String kind) {
    String prefix = id.contains(".") ? id.substring(0, id.indexOf('.') + 1) : id;
    List<String> similar = ids.stream().filter(i -> i.startsWith(prefix)).sorted().toList();
    return similar.isEmpty() ? "" : " (" + kind + " like it: " + String.join(", ", similar) + ")";
  }

  private static String sourcePath(Rule rule) {
    if (rule instanceof RuleImpl impl && impl.getResource() != null) {
      return impl.getResource().getSourcePath();
    }
    return "";
  }

  static String displayName(Map<String, String> names, String path) {
    if (path == null) {
      return "";
    }
    String name = names.get(path);
    if (name != null) {
      return name;
    }
    for (Map.Entry<String, String> e : names.entrySet()) {
      if (path.endsWith(e.getKey()) || e.getKey().endsWith(path)) {
        return e.getValue();
      }
    }
    return path;
  }

  private static String key(Rule rule) {
    return rule.getPackageName() + "/" + rule.getName();
  }
}
