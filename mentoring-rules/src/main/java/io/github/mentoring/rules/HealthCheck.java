package io.github.mentoring.rules;

import io.github.mentoring.core.model.CheckDates;
import io.github.mentoring.core.model.Relationship;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.ref.Cleaner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Judges mentoring relationships "as of" a date with Drools rules: the built-in families
 * (fizzling, vague goals, missed follow-ups, pending closure, agreement gaps), plus any designer
 * DRL, minus rules switched off by id, with a policy of thresholds.
 *
 * <p>Designer DRL can only judge: it is checked against an allowlist before it is compiled and
 * runs under a class loader that refuses the system, files, network, threads and reflection; a
 * rule that keeps firing or runs too long is stopped by the policy's budgets
 * ({@code engine.firing-budget}, {@code engine.time-budget-millis}) with a {@link
 * RuleExecutionException} naming the rule and the relationship.
 *
 * <p>Build once, check many: building loads the built-in rules (compiled when the library was
 * built) and compiles designer files (a fraction of a second each, more in a fresh JVM); a built
 * health check is thread-safe, its rules and policy never change, and every {@code check} runs
 * in its own stateless session. Results are deterministic: the same relationships and date give
 * the same findings in the same order, whatever the thread or the order of meetings in the input.
 *
 * <p>Threads: {@link #check} judges on the calling thread, and so do bulk checks ({@link
 * #checkAll}, {@link #checkStream}) of one batch or with {@link Builder#parallelism(int)
 * parallelism} 1. Larger bulk checks judge their batches on at most {@code parallelism} threads
 * at once, counted over every bulk check running on the health check, while the caller waits:
 * threads of the health check's own, named {@code mentoring-check-1} to {@code
 * mentoring-check-}<i>n</i>, daemons, started on the first bulk check that needs them, or tasks
 * on an {@link Builder#executor(Executor) executor} the caller supplies. Never the JVM's common
 * pool. {@link #close()} ends the health check's own threads once the checks in flight are done
 * (a health check dropped without closing ends them when it is garbage collected); after it, every
 * check throws {@link IllegalStateException}.
 *
 * <p>Over time and across people: {@link #history(Relationship, LocalDate, LocalDate, Period)
 * history} replays the check of a relationship (or of a program) at each step of a period, each
 * step judged with what was known on its day, and says when each finding was raised and
 * resolved; {@link #checkAll} also judges each mentor and mentee across their relationships
 * ({@link ProgramReport#people()}), and {@link ProgramChange} compares two check dates.
 *
 * <pre>{@code
 * try (HealthCheck healthCheck = HealthCheck.builder()
 *     .addRules(Path.of("program-rules"))          // a designer's folder of .drl files
 *     .disable("goals.not-relevant")
 *     .policy(Policy.defaults().with("goals.max-active", "4"))
 *     .parallelism(2)                              // at most two threads judge at once
 *     .build()) {
 *   HealthReport report = healthCheck.check(relationship, LocalDate.of(2026, 11, 27));
 *   ProgramReport all = healthCheck.checkAll(relationships, LocalDate.of(2026, 11, 27));
 *   ProgramHistory year = healthCheck.history(relationships,
 *       LocalDate.of(2025, 11, 28), LocalDate.of(2026, 11, 27));  // weekly steps
 * }
 * }</pre>
 */
public final class HealthCheck implements AutoCloseable {

  /**
   * The built-in rule files on the class path: one per family of rules about a relationship, and
   * {@code people.drl}, whose rules judge a mentor or mentee across their relationships in a bulk
   * check (see {@link ProgramReport#people()}).
   */
  public static final List<String> BUILT_IN_RULES = List.of(
      "io/github/mentoring/rules/drl/fizzling.drl",
      "io/github/mentoring/rules/drl/goals.drl",
      "io/github/mentoring/rules/drl/follow-ups.drl",
      "io/github/mentoring/rules/drl/closure.drl",
      "io/github/mentoring/rules/drl/agreement.drl",
      "io/github/mentoring/rules/drl/people.drl");

  /**
   * The earliest check date accepted. Dates far from today are a sign of bad input, and day counts
   * between far-apart dates do not fit the rules' whole numbers.
   */
  public static final LocalDate EARLIEST_CHECK_DATE = CheckDates.EARLIEST;

  /** The latest check date accepted; see {@link #EARLIEST_CHECK_DATE}. */
  public static final LocalDate LATEST_CHECK_DATE = CheckDates.LATEST;

  /** The step of a history when none is given: a week. */
  public static final Period DEFAULT_HISTORY_STEP = Period.ofWeeks(1);

  /**
   * The most steps a history may have: a day at a time for 27 years, a week at a time for 190. A
   * longer one is a sign of bad input (a step of a day over centuries), and would hold a check's
   * worth of work per step.
   */
  public static final int MAX_HISTORY_STEPS = 10_000;

  private final RuleEngine engine;
  private final int batchSize;
  private final int parallelism;
  /** Runs the batches of bulk checks; null when they run on the caller (parallelism 1). */
  private final Workers workers;
  /** Ends the own threads on {@link #close()}, or when the health check is garbage. */
  private final Cleaner.Cleanable cleanable;
  private volatile boolean closed;

  private HealthCheck(RuleEngine engine, int batchSize, int parallelism, Executor executor) {
    this.engine = engine;
    this.batchSize = batchSize;
    this.parallelism = parallelism;
    this.workers = parallelism > 1 ? new Workers(parallelism, executor) : null;
    // The action holds the workers only, never this health check, or it would never be garbage.
    this.cleanable = workers != null && executor == null
        ? CleanerHolder.CLEANER.register(this, workers::shutDown) : null;
  }

  /** A health check with the built-in rules and the default policy. */
  public static HealthCheck withBuiltInRules() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Judges one relationship.
   *
   * @throws RuleExecutionException if a rule fails, naming it
   */
  public HealthReport check(Relationship relationship, LocalDate asOf) {
    Objects.requireNonNull(relationship, "relationship");
    checkDate(asOf);
    ensureOpen();
    List<RuleExecutionException> failures = new ArrayList<>(0);
    HealthReport report = engine.check(List.of(relationship), asOf, failures).get(0);
    if (!failures.isEmpty()) {
      throw failures.get(0);
    }
    return report;
  }

  /**
   * Judges every relationship of a program, on as many threads as the health check may use (see
   * the class comment); reports in input order, with a summary. Then rolls the reports up per
   * person and judges each mentor and mentee across their relationships with the rules that judge
   * people ({@code people.drl}), on the calling thread: see {@link ProgramReport#people()}.
   *
   * @throws IllegalStateException if the health check is closed
   * @throws CancellationException if the calling thread is interrupted while it waits for the
   *     batches (its interrupt status is kept; batches not yet started are skipped)
   */
  public ProgramReport checkAll(Collection<Relationship> relationships, LocalDate asOf) {
    checkDate(asOf);
    ensureOpen();
    List<Relationship> all = List.copyOf(relationships);
    ProgramSummary.Builder summary = new ProgramSummary.Builder();
    List<RuleExecutionException> failures = new ArrayList<>(0);
    List<HealthReport> reports = checkList(all, asOf, summary, failures);
    java.util.Map<String, HealthReport> byId = new java.util.HashMap<>(reports.size() * 2);
    reports.forEach(r -> byId.put(r.relationshipId(), r));
    RuleEngine.People people = engine.judgePeople(all, byId, asOf);
    List<CheckFailure> failed = new ArrayList<>(failures.size() + people.failures().size());
    failures.forEach(f -> failed.add(CheckFailure.of(f)));
    failed.addAll(people.failures());
    return new ProgramReport(asOf, reports, summary.build(), failed, people.reports());
  }

  /**
   * Judges a stream of relationships lazily, a few batches at a time, so that programs larger than
   * memory can be checked; reports come in input order. While the health check's threads judge
   * one chunk (batch size times parallelism), the thread taking the reports takes the next chunk
   * from the input, so that reading it (parsing a file, say) and judging overlap; at most two
   * chunks are held. Close the returned stream if the input needs closing.
   *
   * @throws RuleExecutionException from the stream, in the place of the first relationship whose
   *     check failed, after the reports before it
   * @throws IllegalStateException if the health check is closed, from this method or, once it is
   *     closed, from the stream
   */
  public Stream<HealthReport> checkStream(Stream<Relationship> relationships, LocalDate asOf) {
    checkDate(asOf);
    ensureOpen();
    Iterator<Relationship> input = relationships.iterator();
    int chunk = batchSize * parallelism;
    // The next chunk is taken from the input (read, parsed: the caller's work) while the workers
    // judge the one before, so that reading and judging overlap instead of taking turns.
    Iterator<HealthReport> output = new Iterator<>() {
      private Iterator<HealthReport> current = List.<HealthReport>of().iterator();
      private RuleExecutionException failure;
      private Judging judging;
      /** What taking the next chunk threw, raised once the chunk being judged is handed out. */
      private RuntimeException inputFailure;

      @Override
      public boolean hasNext() {
        if (!current.hasNext() && failure != null) {
          throw failure;
        }
        while (!current.hasNext()) {
          if (judging == null) {
            if (inputFailure != null) {
              RuntimeException e = inputFailure;
              inputFailure = null;
              throw e;
            }
            List<Relationship> first = take();
            if (first.isEmpty()) {
              return false;
            }
            judging = startJudging(first, asOf);
          }
          List<Relationship> next = List.of();
          if (inputFailure == null) {
            try {
              next = take();
            } catch (RuntimeException e) {
              // As before this overlap: the chunk taken so far is dropped, the reports already
              // under way are handed out, then this is thrown.
              inputFailure = e;
            }
          }
          Judging done = judging;
          judging = next.isEmpty() ? null : startJudging(next, asOf);
          List<RuleExecutionException> failures = new ArrayList<>(0);
          List<HealthReport> reports = done.reports(failures);
          if (!failures.isEmpty()) {
            // The reports before the failure are handed out first, then the failure is thrown;
            // the chunk judged behind it is not.
            failure = failures.get(0);
            judging = null;
            inputFailure = null;
            int upTo = 0;
            while (upTo < done.chunk().size()
                && !done.chunk().get(upTo).getId().equals(failure.relationshipId())) {
              upTo++;
            }
            reports = reports.subList(0, Math.min(upTo, reports.size()));
          }
          current = reports.iterator();
          if (!current.hasNext() && failure != null) {
            throw failure;
          }
        }
        return true;
      }

      private List<Relationship> take() {
        List<Relationship> next = new ArrayList<>(chunk);
        while (next.size() < chunk && input.hasNext()) {
          next.add(Objects.requireNonNull(input.next(), "relationship"));
        }
        return next;
      }

      @Override
      public HealthReport next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return current.next();
      }
    };
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(output, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(relationships::close);
  }

  /**
   * The history of one relationship with weekly steps ({@link #DEFAULT_HISTORY_STEP}); see
   * {@link #history(Relationship, LocalDate, LocalDate, Period)}.
   */
  public RelationshipHistory history(Relationship relationship, LocalDate from, LocalDate to) {
    return history(relationship, from, to, DEFAULT_HISTORY_STEP);
  }

  /**
   * Replays the check of one relationship at each step from {@code from} to {@code to} (the dates
   * of {@link #historySteps}), each step judged with what was known on its day, and answers when
   * each finding was raised and resolved and the status at each step. Steps before the
   * relationship's start date are not judged. Runs on the calling thread.
   *
   * @throws IllegalArgumentException if a date lies outside {@link #isCheckDateInRange}, {@code
   *     from} is after {@code to}, the step is not positive, or there would be more than {@link
   *     #MAX_HISTORY_STEPS} steps
   * @throws RuleExecutionException if a rule fails at some step, naming it
   * @throws IllegalStateException if the health check is closed
   */
  public RelationshipHistory history(Relationship relationship, LocalDate from, LocalDate to,
      Period step) {
    Objects.requireNonNull(relationship, "relationship");
    List<LocalDate> dates = historySteps(from, to, step);
    ensureOpen();
    List<RuleExecutionException> failures = new ArrayList<>(0);
    HistoryBatch batch = judgeHistory(List.of(relationship), dates, failures);
    if (!failures.isEmpty()) {
      throw failures.get(0);
    }
    return batch.histories().get(0);
  }

  /**
   * The history of every relationship of a program with weekly steps ({@link
   * #DEFAULT_HISTORY_STEP}); see {@link #history(Collection, LocalDate, LocalDate, Period)}.
   */
  public ProgramHistory history(Collection<Relationship> relationships, LocalDate from,
      LocalDate to) {
    return history(relationships, from, to, DEFAULT_HISTORY_STEP);
  }

  /**
   * Replays the check of every relationship of a program at each step from {@code from} to
   * {@code to} (see {@link #history(Relationship, LocalDate, LocalDate, Period)}), in batches on
   * as many threads as a bulk check may use (see the class comment). A relationship whose check
   * fails at some step is left out of the histories and named among the failures. The people of
   * the program are judged at the last step, as {@link #checkAll} judges them, and at every step
   * for the spans of the findings about them ({@link ProgramHistory#personSpans()}).
   *
   * @throws IllegalArgumentException if a date lies outside {@link #isCheckDateInRange}, {@code
   *     from} is after {@code to}, the step is not positive, or there would be more than {@link
   *     #MAX_HISTORY_STEPS} steps
   * @throws IllegalStateException if the health check is closed
   * @throws CancellationException if the calling thread is interrupted while it waits for the
   *     batches
   */
  public ProgramHistory history(Collection<Relationship> relationships, LocalDate from,
      LocalDate to, Period step) {
    Objects.requireNonNull(relationships, "relationships");
    List<LocalDate> dates = historySteps(from, to, step);
    ensureOpen();
    List<Relationship> all = List.copyOf(relationships);
    int batches = (all.size() + batchSize - 1) / batchSize;
    List<HistoryBatch> parts = runBatches(batches, index -> {
      List<RuleExecutionException> failed = new ArrayList<>(0);
      HistoryBatch part = judgeHistory(all.subList(index * batchSize,
          Math.min(all.size(), (index + 1) * batchSize)), dates, failed);
      return new HistoryBatch(part.histories(), failed);
    });
    List<RelationshipHistory> histories = new ArrayList<>(all.size());
    List<CheckFailure> failures = new ArrayList<>(0);
    for (HistoryBatch part : parts) {
      histories.addAll(part.histories());
      part.failures().forEach(f -> failures.add(CheckFailure.of(f)));
    }
    // The people as of the last step, from each relationship's report on that day.
    LocalDate last = dates.get(dates.size() - 1);
    java.util.Map<String, HealthReport> latest = new java.util.HashMap<>(histories.size() * 2);
    for (RelationshipHistory history : histories) {
      history.latest().filter(r -> r.asOf().equals(last))
          .ifPresent(r -> latest.put(r.relationshipId(), r));
    }
    RuleEngine.People people = engine.judgePeople(all, latest, last);
    failures.addAll(people.failures());
    return new ProgramHistory(dates, histories, failures, people.reports(),
        personSpans(all, histories, dates, last, people.reports()));
  }

  /**
   * The spans of the findings about people: the people judged at every step before the last
   * from the relationships' standing on that day (read from their histories), and at the last
   * from {@code lastPeople}.
   */
  private List<FindingSpan> personSpans(List<Relationship> all,
      List<RelationshipHistory> histories, List<LocalDate> dates, LocalDate last,
      List<PersonReport> lastPeople) {
    if (!engine.judgesPeople()) {
      return List.of();
    }
    // Each day's people are judged on their own, on the bulk check's threads: only the people
    // flagged that day are kept.
    List<List<PersonReport>> flagged = runBatches(dates.size(), step -> {
      LocalDate day = dates.get(step);
      if (day.equals(last)) {
        return lastPeople.stream().filter(p -> !p.findings().isEmpty()).toList();
      }
      java.util.Map<String, RuleEngine.Standing> standings =
          new java.util.HashMap<>(histories.size() * 2);
      for (RelationshipHistory history : histories) {
        history.statusOn(day).ifPresent(status -> standings.put(history.relationshipId(),
            new RuleEngine.Standing(status, fizzlingOn(history, day))));
      }
      // A person whose rules fail on an earlier day is named at the last step, or not at all.
      return engine.judgePeopleBy(all, standings, day, true).reports();
    });
    java.util.Map<String, HistoryRecorder> recorders = new java.util.TreeMap<>();
    for (int step = 0; step < dates.size(); step++) {
      LocalDate day = dates.get(step);
      java.util.Set<String> seen = new java.util.HashSet<>();
      for (PersonReport person : flagged.get(step)) {
        recorders.computeIfAbsent(person.personId(), id -> new HistoryRecorder(id,
            engine::ownId)).add(HealthReport.of(person.personId(), day, person.findings()));
        seen.add(person.personId());
      }
      recorders.forEach((id, recorder) -> {
        if (!seen.contains(id)) {
          recorder.add(HealthReport.of(id, day, List.of()));
        }
      });
    }
    List<FindingSpan> spans = new ArrayList<>();
    recorders.values().forEach(recorder -> spans.addAll(recorder.history().spans()));
    spans.sort(java.util.Comparator.comparing(FindingSpan::raised)
        .thenComparing(FindingSpan::ruleId).thenComparing(FindingSpan::subject));
    return spans;
  }

  /**
   * The steps of a history: {@code from}, then {@code from} plus one step, two steps and so on
   * while not after {@code to}, and {@code to} itself as the last step when the steps do not
   * land on it. Each step is counted from {@code from} ({@code from.plus(step.multipliedBy(k))}),
   * so monthly steps from 31 January give 28 February, then 31 March.
   *
   * @throws IllegalArgumentException if a date lies outside {@link #isCheckDateInRange}, {@code
   *     from} is after {@code to}, the step is zero or has a negative part, or there would be more
   *     than {@link #MAX_HISTORY_STEPS} steps
   */
  public static List<LocalDate> historySteps(LocalDate from, LocalDate to, Period step) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(step, "step");
    List<String> problems = new ArrayList<>(2);
    if (!isCheckDateInRange(from) || !isCheckDateInRange(to)) {
      problems.add("the history's dates must lie between " + EARLIEST_CHECK_DATE + " and "
          + LATEST_CHECK_DATE + ", were " + from + " to " + to);
    } else if (from.isAfter(to)) {
      problems.add("a history runs forward: from " + from + " is after to " + to);
    }
    if (step.isZero() || step.isNegative()) {
      problems.add("the step of a history must be positive (no part negative), was " + step);
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", problems));
    }
    List<LocalDate> dates = new ArrayList<>();
    for (int k = 0; ; k++) {
      LocalDate day;
      try {
        day = from.plus(step.multipliedBy(k));
      } catch (DateTimeException | ArithmeticException beyondAnyDate) {
        break;
      }
      if (day.isAfter(to)) {
        break;
      }
      if (dates.size() == MAX_HISTORY_STEPS) {
        throw new IllegalArgumentException("a history has at most " + MAX_HISTORY_STEPS
            + " steps; from " + from + " to " + to + " by " + step + " would have more: take a"
            + " longer step or a shorter period");
      }
      dates.add(day);
    }
    if (!dates.get(dates.size() - 1).equals(to)) {
      if (dates.size() == MAX_HISTORY_STEPS) {
        throw new IllegalArgumentException("a history has at most " + MAX_HISTORY_STEPS
            + " steps; from " + from + " to " + to + " by " + step + " would have more");
      }
      dates.add(to);
    }
    return List.copyOf(dates);
  }

  /**
   * Judges a batch of relationships at every step it had begun by, on the calling thread. When
   * every rule matches one fact at a time, the whole batch's steps are judged in one session (a
   * relationship on several days at once: no rule can see two of its days together), which saves
   * a session per step; otherwise each step is a session of the relationships begun by then. A
   * relationship that fails at some step adds its failure and has no history.
   */
  private HistoryBatch judgeHistory(List<Relationship> batch, List<LocalDate> dates,
      List<RuleExecutionException> failures) {
    HistoryRecorder[] recorders = new HistoryRecorder[batch.size()];
    for (int i = 0; i < recorders.length; i++) {
      recorders[i] = new HistoryRecorder(batch.get(i).getId(), engine::ownId);
    }
    boolean[] failed = new boolean[batch.size()];
    if (engine.judgesOneFactAtATime()) {
      // Every relationship's steps in order, one relationship after the other.
      List<Relationship> entries = new ArrayList<>(batch.size() * dates.size());
      List<LocalDate> days = new ArrayList<>(batch.size() * dates.size());
      List<Integer> owner = new ArrayList<>(batch.size() * dates.size());
      for (int i = 0; i < recorders.length; i++) {
        Relationship r = batch.get(i);
        for (LocalDate day : dates) {
          if (!r.getStartDate().isAfter(day)) {
            entries.add(r);
            days.add(day);
            owner.add(i);
          }
        }
      }
      List<HealthReport> reports = entries.isEmpty() ? List.of()
          : engine.checkSteps(entries, days, failures);
      for (int k = 0; k < reports.size(); k++) {
        int i = owner.get(k);
        if (reports.get(k) == null) {
          failed[i] = true;
        } else if (!failed[i]) {
          recorders[i].add(reports.get(k));
        }
      }
      // A relationship fails at all its steps in one session: keep its first failure only.
      java.util.Set<String> named = new java.util.HashSet<>();
      failures.removeIf(f -> !named.add(String.valueOf(f.relationshipId())));
    } else {
      List<Relationship> judged = new ArrayList<>(batch.size());
      int[] index = new int[batch.size()];
      for (LocalDate day : dates) {
        judged.clear();
        for (int i = 0; i < recorders.length; i++) {
          Relationship r = batch.get(i);
          if (!failed[i] && !r.getStartDate().isAfter(day)) {
            index[judged.size()] = i;
            judged.add(r);
          }
        }
        if (judged.isEmpty()) {
          continue;
        }
        List<HealthReport> reports = engine.check(judged, day, failures);
        for (int k = 0; k < reports.size(); k++) {
          if (reports.get(k) == null) {
            failed[index[k]] = true;
          } else {
            recorders[index[k]].add(reports.get(k));
          }
        }
      }
    }
    List<RelationshipHistory> histories = new ArrayList<>(batch.size());
    for (int i = 0; i < recorders.length; i++) {
      if (!failed[i]) {
        histories.add(recorders[i].history());
      }
    }
    return new HistoryBatch(histories, failures);
  }

  /** Whether a relationship had a fizzling finding of warning severity or worse on a step. */
  private static boolean fizzlingOn(RelationshipHistory history, LocalDate day) {
    for (FindingSpan span : history.spans()) {
      if (span.category() == Category.FIZZLING && span.coversDay(day)
          && span.levelOn(day).orElseThrow().severity().compareTo(Severity.WARNING) >= 0) {
        return true;
      }
    }
    return false;
  }

  private record HistoryBatch(List<RelationshipHistory> histories,
      List<RuleExecutionException> failures) {}

  /**
   * Runs {@code batches} tasks, in parallel when the health check may, and answers their results
   * in task order; the caller waits. After a crash (not a rule failure, which a task keeps with
   * its relationship) or the caller's interrupt, tasks not yet started are skipped and the crash
   * is thrown.
   */
  private <T> List<T> runBatches(int batches, IntFunction<T> task) {
    return startBatches(batches, task, false).await();
  }

  /**
   * Starts the batches on the workers, or runs them here when there are none (or only one batch,
   * unless {@code onWorkers}), and returns without waiting for them.
   */
  private <T> Started<T> startBatches(int batches, IntFunction<T> task, boolean onWorkers) {
    Object[] parts = new Object[batches];
    if (workers == null || batches == 0 || batches == 1 && !onWorkers) {
      for (int b = 0; b < batches; b++) {
        parts[b] = task.apply(b);
      }
      return new Started<>(parts, new CountDownLatch(0), new AtomicReference<>());
    }
    CountDownLatch done = new CountDownLatch(batches);
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    List<Runnable> tasks = new ArrayList<>(batches);
    for (int b = 0; b < batches; b++) {
      int index = b;
      tasks.add(() -> {
        try {
          if (thrown.get() == null) {
            parts[index] = task.apply(index);
          }
        } catch (Throwable t) {
          thrown.compareAndSet(null, t);
        } finally {
          done.countDown();
        }
      });
    }
    workers.run(tasks);
    return new Started<>(parts, done, thrown);
  }

  /** Batches under way: each one's result in its place once {@code done} reaches zero. */
  private record Started<T>(Object[] parts, CountDownLatch done,
      AtomicReference<Throwable> thrown) {

    /** Waits for every batch; throws what a batch threw. */
    List<T> await() {
      try {
        done.await();
      } catch (InterruptedException e) {
        thrown.compareAndSet(null, e);
        Thread.currentThread().interrupt();
        CancellationException cancelled =
            new CancellationException("the bulk check was interrupted");
        cancelled.initCause(e);
        throw cancelled;
      }
      Throwable crash = thrown.get();
      if (crash instanceof RuntimeException e) {
        throw e;
      } else if (crash instanceof Error e) {
        throw e;
      } else if (crash != null) {
        throw new IllegalStateException(crash);
      }
      List<T> results = new ArrayList<>(parts.length);
      // Latch's await: every task's write to parts happened before this read.
      for (Object part : parts) {
        @SuppressWarnings("unchecked")
        T result = (T) part;
        results.add(result);
      }
      return results;
    }
  }

  /**
   * Stops the health check: checks that are running finish, later ones throw {@link
   * IllegalStateException}, and the health check's own threads end once idle. An executor the
   * caller supplied is left running. Closing again does nothing. The catalogue and policy can
   * still be read.
   */
  @Override
  public void close() {
    closed = true;
    if (cleanable != null) {
      cleanable.clean();
    }
  }

  private void ensureOpen() {
    if (closed) {
      throw new IllegalStateException("the health check is closed; build a new one to check again");
    }
  }

  /** Every loaded rule (built-in and designer, minus disabled) with its metadata. */
  public RuleCatalogue catalogue() {
    return engine.catalogue();
  }

  /** The thresholds the rules read. */
  public Policy policy() {
    return engine.policy();
  }

  /**
   * Whether a date lies in the range a check accepts ({@link #EARLIEST_CHECK_DATE} to {@link
   * #LATEST_CHECK_DATE}, both included).
   */
  public static boolean isCheckDateInRange(LocalDate date) {
    return CheckDates.isInRange(date);
  }

  private static void checkDate(LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    if (!isCheckDateInRange(asOf)) {
      throw new IllegalArgumentException("the check date must lie between " + EARLIEST_CHECK_DATE
          + " and " + LATEST_CHECK_DATE + ", was " + asOf);
    }
  }

  /**
   * Judges the relationships in batches, in parallel when allowed; counts each batch's reports
   * into {@code summary} (if given) right after checking it, while they are still in the cache.
   */
  private List<HealthReport> checkList(List<Relationship> all, LocalDate asOf,
      ProgramSummary.Builder summary, List<RuleExecutionException> failures) {
    int batches = (all.size() + batchSize - 1) / batchSize;
    if (batches <= 1 || workers == null) {
      List<HealthReport> reports = new ArrayList<>(all.size());
      for (int from = 0; from < all.size(); from += batchSize) {
        List<HealthReport> part = engine.check(
            all.subList(from, Math.min(all.size(), from + batchSize)), asOf, failures);
        addJudged(part, reports, summary);
      }
      return reports;
    }
    List<Batch> parts = runBatches(batches, index -> judgeBatch(all.subList(index * batchSize,
        Math.min(all.size(), (index + 1) * batchSize)), asOf, summary != null));
    List<HealthReport> reports = new ArrayList<>(all.size());
    for (Batch part : parts) {
      reports.addAll(part.reports());
      failures.addAll(part.failures());
      if (summary != null) {
        summary.addAll(part.counts());
      }
    }
    return reports;
  }

  /** Adds a batch's reports (leaving out the failed ones' nulls) and counts them. */
  private static void addJudged(List<HealthReport> part, List<HealthReport> into,
      ProgramSummary.Builder summary) {
    for (HealthReport report : part) {
      if (report != null) {
        into.add(report);
        if (summary != null) {
          summary.add(report);
        }
      }
    }
  }

  /** Judges one batch of a parallel bulk check, counting its reports if asked to. */
  private Batch judgeBatch(List<Relationship> batch, LocalDate asOf, boolean count) {
    List<RuleExecutionException> failed = new ArrayList<>(0);
    List<HealthReport> part = engine.check(batch, asOf, failed);
    ProgramSummary.Builder counts = count ? new ProgramSummary.Builder() : null;
    List<HealthReport> judged = new ArrayList<>(part.size());
    addJudged(part, judged, counts);
    return new Batch(judged, counts, failed);
  }

  private record Batch(List<HealthReport> reports, ProgramSummary.Builder counts,
      List<RuleExecutionException> failures) {}

  /**
   * Starts judging a chunk of a stream on the workers and returns at once; without workers, it
   * is judged here. A chunk of one batch goes to the workers too: the caller's thread is reading
   * the next chunk meanwhile, and judging it here as well would judge on one thread more than the
   * parallelism allows.
   */
  private Judging startJudging(List<Relationship> chunk, LocalDate asOf) {
    ensureOpen();
    int batches = (chunk.size() + batchSize - 1) / batchSize;
    return new Judging(chunk, startBatches(batches, index -> judgeBatch(chunk.subList(
        index * batchSize, Math.min(chunk.size(), (index + 1) * batchSize)), asOf, false),
        workers != null));
  }

  /** A chunk of a stream being judged. */
  private record Judging(List<Relationship> chunk, Started<Batch> parts) {
    /** Waits for the chunk's reports, in input order, adding its failures to {@code failures}. */
    List<HealthReport> reports(List<RuleExecutionException> failures) {
      List<HealthReport> reports = new ArrayList<>(chunk.size());
      for (Batch part : parts.await()) {
        reports.addAll(part.reports());
        failures.addAll(part.failures());
      }
      return reports;
    }
  }

  /** Created on first use, so that a health check that never runs in parallel costs no thread. */
  private static final class CleanerHolder {
    static final Cleaner CLEANER = Cleaner.create(runnable -> {
      Thread thread = new Thread(null, runnable, "mentoring-check-cleaner", 0, false);
      thread.setDaemon(true);
      return thread;
    });
  }

  /**
   * Runs the batches of every bulk check of one health check on at most {@code limit} workers at
   * once; a worker is a task on the executor that judges queued batches until none is left. It
   * refers to no health check, so that the cleaner can shut it down once the health check is
   * garbage.
   */
  private static final class Workers {
    private final int limit;
    private final Executor supplied;
    private final ConcurrentLinkedQueue<Runnable> queued = new ConcurrentLinkedQueue<>();
    private final AtomicInteger running = new AtomicInteger();
    private ThreadPoolExecutor own;
    private boolean shutDown;

    Workers(int limit, Executor supplied) {
      this.limit = limit;
      this.supplied = supplied;
    }

    /** Queues the tasks and starts workers for them, up to the limit. */
    void run(List<Runnable> tasks) {
      queued.addAll(tasks);
      while (!queued.isEmpty() && takeSlot()) {
        try {
          executor().execute(this::work);
        } catch (RejectedExecutionException e) {
          // The executor is full or shut down (the health check was closed during this check):
          // the caller works in the slot it took, so the check still ends and the bound holds.
          work();
        }
      }
    }

    private boolean takeSlot() {
      while (true) {
        int now = running.get();
        if (now >= limit) {
          return false;
        }
        if (running.compareAndSet(now, now + 1)) {
          return true;
        }
      }
    }

    private void work() {
      do {
        for (Runnable task = queued.poll(); task != null; task = queued.poll()) {
          task.run();
        }
        running.decrementAndGet();
        // Tasks queued between the last poll and the decrement found every slot taken: whoever
        // queued them started no worker, so this one carries on if a slot is still free.
      } while (!queued.isEmpty() && takeSlot());
    }

    private synchronized Executor executor() {
      if (supplied != null) {
        return supplied;
      }
      if (own == null) {
        if (shutDown) {
          throw new RejectedExecutionException("the health check is closed");
        }
        AtomicInteger count = new AtomicInteger();
        ThreadFactory named = runnable -> {
          // No inherited thread locals and a fixed class loader: the first caller's (a web
          // application's, say) must not stay reachable from the health check's threads.
          Thread thread = new Thread(null, runnable, "mentoring-check-" + count.incrementAndGet(),
              0, false);
          thread.setDaemon(true);
          thread.setContextClassLoader(HealthCheck.class.getClassLoader());
          return thread;
        };
        own = new ThreadPoolExecutor(limit, limit, 0, TimeUnit.MILLISECONDS,
            new LinkedBlockingQueue<>(), named);
      }
      return own;
    }

    synchronized void shutDown() {
      shutDown = true;
      if (own != null) {
        own.shutdown();
      }
    }
  }

  /** Collects rule sources, switched-off ids and the policy; {@link #build()} compiles them. */
  public static final class Builder {
    private final List<RuleEngine.Source> sources = new ArrayList<>();
    private final Set<String> disabled = new LinkedHashSet<>();
    private boolean builtIns = true;
    private Policy policy = Policy.defaults();
    private int batchSize = 250;
    private int parallelism = Runtime.getRuntime().availableProcessors();
    private Executor executor;

    private Builder() {}

    /**
     * Adds a designer's DRL file, or every {@code .drl} file under a folder (sorted by path).
     * Designer files may only judge: {@link #build()} checks each against the designer allowlist
     * before compiling it (see the README's "Security and trust") and refuses one that does more.
     */
    public Builder addRules(Path fileOrFolder) {
      if (Files.isDirectory(fileOrFolder)) {
        try (Stream<Path> files = Files.walk(fileOrFolder)) {
          files.filter(p -> p.toString().endsWith(".drl") && Files.isRegularFile(p))
              .sorted()
              .forEach(this::addFile);
        } catch (IOException e) {
          throw new UncheckedIOException("Cannot read rules folder " + fileOrFolder, e);
        }
      } else {
        addFile(fileOrFolder);
      }
      return this;
    }

    /**
     * Adds a designer's DRL resource from the class path, e.g. {@code
     * "program/quarterly-check-in.drl"}; checked like {@link #addRules(Path)}.
     */
    public Builder addRulesFromClasspath(String resource) {
      String path = resource.startsWith("/") ? resource.substring(1) : resource;
      ClassLoader loader = Thread.currentThread().getContextClassLoader() != null
          ? Thread.currentThread().getContextClassLoader() : HealthCheck.class.getClassLoader();
      try (InputStream in = loader.getResourceAsStream(path)) {
        if (in == null) {
          throw new RuleBuildException(List.of(new RuleBuildException.Problem("classpath:" + path,
              0, "no such resource on the class path")));
        }
        sources.add(RuleEngine.Source.designer("classpath:" + path,
            new String(in.readAllBytes(), StandardCharsets.UTF_8)));
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read " + path, e);
      }
      return this;
    }

    /** Adds a designer's DRL text under a name used in error messages; checked like a file. */
    public Builder addRules(String name, String drl) {
      sources.add(RuleEngine.Source.designer(name, drl));
      return this;
    }

    /**
     * Adds DRL text that the caller vouches for: it is not checked against the designer
     * allowlist and runs with the rights of the host application. Only for rules written or
     * reviewed by the application's own developers, never for text that arrives at run time
     * (an upload, a request, a command-line option); runaway budgets still apply.
     */
    public Builder addTrustedRules(String name, String drl) {
      sources.add(new RuleEngine.Source(name, drl, RuleEngine.Trust.TRUSTED));
      return this;
    }

    /** Switches off rules by id; an unknown id fails the build. */
    public Builder disable(String... ruleIds) {
      disabled.addAll(List.of(ruleIds));
      return this;
    }

    /** Switches off rules by id; an unknown id fails the build. */
    public Builder disable(Collection<String> ruleIds) {
      disabled.addAll(ruleIds);
      return this;
    }

    /** Leaves the built-in rules out, for a program that brings all of its own. */
    public Builder withoutBuiltInRules() {
      builtIns = false;
      return this;
    }

    /** The thresholds; {@link Policy#defaults()} unless set. */
    public Builder policy(Policy policy) {
      this.policy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /** Relationships judged per session call in bulk checks (default 250). */
    public Builder batchSize(int batchSize) {
      if (batchSize < 1) {
        throw new IllegalArgumentException("batchSize must be at least 1, was " + batchSize);
      }
      this.batchSize = batchSize;
      return this;
    }

    /**
     * Threads that may judge at once in bulk checks, over every bulk check running on the health
     * check (default: the number of processors; 1 judges on the calling thread). Above 1, the
     * batches run on threads of the health check's own (see {@link HealthCheck}) or on the
     * {@link #executor(Executor) executor} given.
     */
    public Builder parallelism(int parallelism) {
      if (parallelism < 1) {
        throw new IllegalArgumentException("parallelism must be at least 1, was " + parallelism);
      }
      this.parallelism = parallelism;
      return this;
    }

    /**
     * Runs the batches of bulk checks as tasks on the caller's executor, never more than {@link
     * #parallelism(int) parallelism} of them at once, instead of on threads of the health
     * check's own. The health check never shuts the executor down. Each task judges batches until
     * none is queued and never waits; the caller of a bulk check waits for them, so that caller
     * must not be the only thread that could run them (a bulk check called from a task of a
     * one-thread executor passed here would wait forever). If the executor refuses a task, the
     * calling thread judges in its place.
     */
    public Builder executor(Executor executor) {
      this.executor = Objects.requireNonNull(executor, "executor");
      return this;
    }

    /**
     * Compiles the rules.
     *
     * @throws RuleBuildException if a file does not compile, a rule lacks metadata or a disabled
     *     id is unknown; nothing is built
     */
    public HealthCheck build() {
      List<RuleEngine.Source> all = new ArrayList<>();
      if (builtIns) {
        for (String resource : BUILT_IN_RULES) {
          try (InputStream in = HealthCheck.class.getClassLoader().getResourceAsStream(resource)) {
            Objects.requireNonNull(in, resource + " is missing from the class path");
            all.add(new RuleEngine.Source(resource, new String(in.readAllBytes(),
                StandardCharsets.UTF_8), RuleEngine.Trust.BUILT_IN));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      }
      all.addAll(sources);
      return new HealthCheck(RuleEngine.build(all, disabled, policy), batchSize, parallelism,
          executor);
    }

    private void addFile(Path file) {
      try {
        sources.add(RuleEngine.Source.designer(file.toString(), Files.readString(file)));
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read rules file " + file, e);
      }
    }
  }
}
