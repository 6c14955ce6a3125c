package io.github.mentoring.rules;

import io.github.mentoring.core.model.Relationship;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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
import java.util.stream.IntStream;
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
 * health check is immutable and thread-safe, and every {@code check} runs in its own stateless
 * session. Results are deterministic: the same relationships and date give the same findings in
 * the same order, whatever the thread or the order of meetings in the input.
 *
 * <pre>{@code
 * HealthCheck healthCheck = HealthCheck.builder()
 *     .addRules(Path.of("program-rules"))          // a designer's folder of .drl files
 *     .disable("goals.not-relevant")
 *     .policy(Policy.defaults().with("goals.max-active", "4"))
 *     .build();
 * HealthReport report = healthCheck.check(relationship, LocalDate.of(2026, 11, 27));
 * }</pre>
 */
public final class HealthCheck {

  /** The built-in rule files, one per family, on the class path. */
  public static final List<String> BUILT_IN_RULES = List.of(
      "io/github/mentoring/rules/drl/fizzling.drl",
      "io/github/mentoring/rules/drl/goals.drl",
      "io/github/mentoring/rules/drl/follow-ups.drl",
      "io/github/mentoring/rules/drl/closure.drl",
      "io/github/mentoring/rules/drl/agreement.drl");

  /**
   * The earliest check date accepted. Dates far from today are a sign of bad input, and day counts
   * between far-apart dates do not fit the rules' whole numbers.
   */
  public static final LocalDate EARLIEST_CHECK_DATE = LocalDate.of(1900, 1, 1);

  /** The latest check date accepted; see {@link #EARLIEST_CHECK_DATE}. */
  public static final LocalDate LATEST_CHECK_DATE = LocalDate.of(2999, 12, 31);

  private final RuleEngine engine;
  private final int batchSize;
  private final int parallelism;

  private HealthCheck(RuleEngine engine, int batchSize, int parallelism) {
    this.engine = engine;
    this.batchSize = batchSize;
    this.parallelism = parallelism;
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
    List<RuleExecutionException> failures = new ArrayList<>(0);
    HealthReport report = engine.check(List.of(relationship), asOf, failures).get(0);
    if (!failures.isEmpty()) {
      throw failures.get(0);
    }
    return report;
  }

  /**
   * Judges every relationship of a program, on all the cores the health check may use; reports
   * in input order, with a summary.
   */
  public ProgramReport checkAll(Collection<Relationship> relationships, LocalDate asOf) {
    checkDate(asOf);
    List<Relationship> all = List.copyOf(relationships);
    ProgramSummary.Builder summary = new ProgramSummary.Builder();
    List<RuleExecutionException> failures = new ArrayList<>(0);
    List<HealthReport> reports = checkList(all, asOf, summary, failures);
    return new ProgramReport(asOf, reports, summary.build(),
        failures.stream().map(CheckFailure::of).toList());
  }

  /**
   * Judges a stream of relationships lazily, a few batches at a time, so that programs larger than
   * memory can be checked; reports come in input order. Close the returned stream if the input
   * needs closing.
   *
   * @throws RuleExecutionException from the stream, in the place of the first relationship whose
   *     check failed, after the reports before it
   */
  public Stream<HealthReport> checkStream(Stream<Relationship> relationships, LocalDate asOf) {
    checkDate(asOf);
    Iterator<Relationship> input = relationships.iterator();
    int chunk = batchSize * parallelism;
    Iterator<HealthReport> output = new Iterator<>() {
      private Iterator<HealthReport> current = List.<HealthReport>of().iterator();
      private RuleExecutionException failure;

      @Override
      public boolean hasNext() {
        if (!current.hasNext() && failure != null) {
          throw failure;
        }
        while (!current.hasNext() && input.hasNext()) {
          List<Relationship> next = new ArrayList<>(chunk);
          while (next.size() < chunk && input.hasNext()) {
            next.add(Objects.requireNonNull(input.next(), "relationship"));
          }
          List<RuleExecutionException> failures = new ArrayList<>(0);
          List<HealthReport> reports = checkList(next, asOf, null, failures);
          if (!failures.isEmpty()) {
            // The reports before the failure are handed out first, then the failure is thrown.
            failure = failures.get(0);
            int upTo = 0;
            while (upTo < next.size()
                && !next.get(upTo).getId().equals(failure.relationshipId())) {
              upTo++;
            }
            reports = reports.subList(0, Math.min(upTo, reports.size()));
          }
          current = reports.iterator();
        }
        return current.hasNext();
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
    return !date.isBefore(EARLIEST_CHECK_DATE) && !date.isAfter(LATEST_CHECK_DATE);
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
    if (batches <= 1 || parallelism == 1) {
      List<HealthReport> reports = new ArrayList<>(all.size());
      for (int from = 0; from < all.size(); from += batchSize) {
        List<HealthReport> part = engine.check(
            all.subList(from, Math.min(all.size(), from + batchSize)), asOf, failures);
        addJudged(part, reports, summary);
      }
      return reports;
    }
    List<Batch> parts = IntStream.range(0, batches).parallel()
        .mapToObj(b -> {
          List<RuleExecutionException> failed = new ArrayList<>(0);
          List<HealthReport> part = engine.check(
              all.subList(b * batchSize, Math.min(all.size(), (b + 1) * batchSize)), asOf, failed);
          ProgramSummary.Builder counts = summary != null ? new ProgramSummary.Builder() : null;
          List<HealthReport> judged = new ArrayList<>(part.size());
          addJudged(part, judged, counts);
          return new Batch(judged, counts, failed);
        })
        .toList();
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

  private record Batch(List<HealthReport> reports, ProgramSummary.Builder counts,
      List<RuleExecutionException> failures) {}

  /** Collects rule sources, switched-off ids and the policy; {@link #build()} compiles them. */
  public static final class Builder {
    private final List<RuleEngine.Source> sources = new ArrayList<>();
    private final Set<String> disabled = new LinkedHashSet<>();
    private boolean builtIns = true;
    private Policy policy = Policy.defaults();
    private int batchSize = 250;
    private int parallelism = Runtime.getRuntime().availableProcessors();

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

    /** Threads a bulk check may use (default: the number of processors; 1 runs on the caller). */
    public Builder parallelism(int parallelism) {
      if (parallelism < 1) {
        throw new IllegalArgumentException("parallelism must be at least 1, was " + parallelism);
      }
      this.parallelism = parallelism;
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
      return new HealthCheck(RuleEngine.build(all, disabled, policy), batchSize, parallelism);
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
