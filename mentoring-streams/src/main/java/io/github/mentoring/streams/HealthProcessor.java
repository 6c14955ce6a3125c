package io.github.mentoring.streams;

import io.github.mentoring.core.model.Relationship;
import io.github.mentoring.json.Problem;
import io.github.mentoring.rules.CheckFailure;
import io.github.mentoring.rules.HealthCheck;
import io.github.mentoring.rules.HealthReport;
import io.github.mentoring.rules.ProgramReport;
import io.github.mentoring.rules.RuleExecutionException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The health stream's one processor: applies each event to its relationship's stored state,
 * checks the relationship and forwards what changed; once per day of stream time it checks every
 * relationship of its partition not yet checked that day, so that a relationship that goes quiet
 * is flagged without an event. Events that cannot be applied go to the dead-letter sink with
 * every problem, and the stream goes on.
 *
 * <p>Check dates: an event's check is as of its event date, or of the relationship's last check
 * date if that is later, so that a relationship's check dates never go backwards (a late event is
 * applied to the relationship and judged as of the last check). The daily check is as of the UTC
 * date of stream time (the largest record timestamp the partition has seen).
 */
final class HealthProcessor implements Processor<String, byte[], String, byte[]> {

  /** How often stream time is looked at for a new day; a day's check runs once. */
  static final Duration DAY_PROBE = Duration.ofHours(1);

  /** Relationships judged per bulk call of the daily check. */
  private static final int DAILY_BATCH = 250;

  /**
   * Relationships kept read per task, the most recently used: reading one from its store goes
   * through the program format's validating reader, which costs several times a check.
   */
  static final int CACHED_RELATIONSHIPS = 1_000;

  private static final Logger LOG = LoggerFactory.getLogger(HealthProcessor.class);
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private final Supplier<HealthCheck> healthCheck;
  private ProcessorContext<String, byte[]> context;
  private KeyValueStore<String, Relationship> relationships;
  private KeyValueStore<String, HealthState> health;
  /** The last day whose daily check ran in this task; null after a start. */
  private LocalDate lastDailyCheck;
  /**
   * The store's relationships as last read or written by this processor, which alone writes the
   * store: never stale. Empty after a start, when the store may have been restored.
   */
  private final Map<String, Relationship> cache = new RecentlyUsed();

  HealthProcessor(Supplier<HealthCheck> healthCheck) {
    this.healthCheck = Objects.requireNonNull(healthCheck, "healthCheck");
  }

  @Override
  public void init(ProcessorContext<String, byte[]> context) {
    this.context = context;
    this.relationships = context.getStateStore(HealthTopology.RELATIONSHIPS_STORE);
    this.health = context.getStateStore(HealthTopology.HEALTH_STORE);
    context.schedule(DAY_PROBE, PunctuationType.STREAM_TIME, this::dailyCheck);
  }

  @Override
  public void process(Record<String, byte[]> record) {
    RelationshipEvent event;
    Relationship next;
    try {
      event = EventReader.read(record.key(), record.value());
      next = EventApplier.apply(relationship(event.relationshipId()), event);
    } catch (EventFormatException e) {
      deadLetter(record, e.problems());
      return;
    }
    String id = event.relationshipId();
    relationships.put(id, next);
    cache.put(id, next);
    HealthState before = health.get(id);
    LocalDate asOf = before == null || event.eventDate().isAfter(before.checkedOn())
        ? event.eventDate() : before.checkedOn();
    HealthReport report;
    try {
      report = check(hc -> hc.check(next, asOf));
    } catch (RuleExecutionException e) {
      // Not the event's fault: the event is applied, and the failure is recorded with it.
      LOG.warn("Rule '{}' failed on relationship '{}'; its health is unchanged", e.ruleId(), id);
      deadLetter(record, List.of(new Problem("$", "applied, but the health check failed: rule '"
          + e.ruleId() + "' failed")));
      return;
    }
    emit(before, report, record.timestamp());
  }

  /** Checks, as of the new day of stream time, every relationship not checked on it yet. */
  private void dailyCheck(long streamTime) {
    LocalDate day = LocalDate.ofInstant(Instant.ofEpochMilli(streamTime), ZoneOffset.UTC);
    if (lastDailyCheck != null && !day.isAfter(lastDailyCheck)) {
      return;
    }
    lastDailyCheck = day;
    List<String> due = new ArrayList<>();
    try (KeyValueIterator<String, HealthState> all = health.all()) {
      while (all.hasNext()) {
        KeyValue<String, HealthState> entry = all.next();
        if (entry.value.checkedOn().isBefore(day)) {
          due.add(entry.key);
        }
      }
    }
    for (int from = 0; from < due.size(); from += DAILY_BATCH) {
      List<Relationship> batch = new ArrayList<>(DAILY_BATCH);
      for (String id : due.subList(from, Math.min(due.size(), from + DAILY_BATCH))) {
        batch.add(relationship(id));
      }
      ProgramReport reports = check(hc -> hc.checkAll(batch, day));
      for (HealthReport report : reports.reports()) {
        emit(health.get(report.relationshipId()), report, streamTime);
      }
      for (CheckFailure failure : reports.failures()) {
        LOG.warn("The daily check of relationship '{}' failed; its health is unchanged",
            failure.relationshipId());
      }
    }
  }

  /** The stored relationship of an id, or null. */
  private Relationship relationship(String id) {
    Relationship relationship = cache.get(id);
    if (relationship == null) {
      relationship = relationships.get(id);
      if (relationship != null) {
        cache.put(id, relationship);
      }
    }
    return relationship;
  }

  /**
   * Runs a check on the current health check; if a swap closed it meanwhile, once more on its
   * successor.
   */
  private <T> T check(Function<HealthCheck, T> check) {
    HealthCheck current = healthCheck.get();
    try {
      return check.apply(current);
    } catch (IllegalStateException e) {
      HealthCheck replaced = healthCheck.get();
      if (replaced == current) {
        throw e;
      }
      return check.apply(replaced);
    }
  }

  private void emit(HealthState before, HealthReport report, long timestamp) {
    health.put(report.relationshipId(), HealthState.of(report));
    for (HealthChange change : HealthChange.between(before, report)) {
      context.forward(new Record<>(report.relationshipId(), change.toBytes(), timestamp),
          HealthTopology.CHANGES_SINK);
    }
  }

  /**
   * Forwards the problems of an event to the dead letters: where the event was (topic, partition,
   * offset), its key, and each problem with its path. Never the event itself, which may hold
   * notes or feedback.
   */
  private void deadLetter(Record<String, byte[]> record, List<Problem> problems) {
    ObjectNode letter = MAPPER.createObjectNode();
    if (record.key() != null) {
      letter.put("key", record.key());
    }
    context.recordMetadata().ifPresent((RecordMetadata where) -> {
      letter.put("topic", where.topic());
      letter.put("partition", where.partition());
      letter.put("offset", where.offset());
    });
    letter.put("timestamp", Instant.ofEpochMilli(record.timestamp()).toString());
    ArrayNode list = letter.putArray("problems");
    for (Problem problem : problems) {
      list.addObject().put("path", problem.path()).put("message", problem.message());
    }
    LOG.warn("An event of key '{}' could not be applied ({} problems); sent to the dead letters",
        record.key(), problems.size());
    context.forward(new Record<>(record.key(), MAPPER.writeValueAsBytes(letter),
        record.timestamp()), HealthTopology.DEAD_LETTERS_SINK);
  }

  /** The {@value #CACHED_RELATIONSHIPS} relationships used last, in order of use. */
  private static final class RecentlyUsed extends LinkedHashMap<String, Relationship> {
    private static final long serialVersionUID = 1L;

    RecentlyUsed() {
      super(64, 0.75f, true);
    }

    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Relationship> eldest) {
      return size() > CACHED_RELATIONSHIPS;
    }
  }
}
