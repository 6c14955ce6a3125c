package io.github.mentoring.streams;

import io.github.mentoring.rules.HealthCheck;
import java.util.function.Supplier;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.state.KeyValueBytesStoreSupplier;
import org.apache.kafka.streams.state.Stores;

/**
 * The topology of the health stream: the events topic into one processor with two persistent
 * stores (each relationship as it stands, and what its last check found), out to the changes
 * topic and the dead-letter topic.
 *
 * <pre>
 * events ──► health (stores: relationships, health; daily punctuation) ──► changes
 *                                                                     └──► dead letters
 * </pre>
 *
 * <p>Keys are relationship ids (strings), values UTF-8 JSON bytes. Both stores are RocksDB stores
 * with changelog topics, so a restarted or moved task gets its relationships back.
 */
public final class HealthTopology {

  /** Each relationship as it stands: the program format's JSON ({@link RelationshipSerde}). */
  public static final String RELATIONSHIPS_STORE = "mentoring-relationships";
  /** What each relationship's last check found ({@link HealthState}). */
  public static final String HEALTH_STORE = "mentoring-health";

  static final String SOURCE = "events";
  static final String PROCESSOR = "health";
  static final String CHANGES_SINK = "changes";
  static final String DEAD_LETTERS_SINK = "dead-letters";

  private HealthTopology() {}

  /**
   * The topology.
   *
   * @param topics the topics it reads and writes
   * @param healthCheck the health check to judge with, asked on every check so that a replaced
   *     rule set takes effect on the next event or day; shared by every stream thread
   */
  public static Topology build(Topics topics, Supplier<HealthCheck> healthCheck) {
    return build(topics, healthCheck, Stores.persistentKeyValueStore(RELATIONSHIPS_STORE),
        Stores.persistentKeyValueStore(HEALTH_STORE));
  }

  /**
   * The topology with stores of the caller's choosing: RocksDB tuned otherwise, or in memory
   * (still with changelogs; a restart then reads the whole changelog back).
   *
   * @param relationships the store of each relationship; its name must be
   *     {@link #RELATIONSHIPS_STORE}
   * @param health the store of what each relationship's last check found; its name must be
   *     {@link #HEALTH_STORE}
   */
  public static Topology build(Topics topics, Supplier<HealthCheck> healthCheck,
      KeyValueBytesStoreSupplier relationships, KeyValueBytesStoreSupplier health) {
    if (!relationships.name().equals(RELATIONSHIPS_STORE) || !health.name().equals(HEALTH_STORE)) {
      throw new IllegalArgumentException("the stores must be named " + RELATIONSHIPS_STORE
          + " and " + HEALTH_STORE + ", were " + relationships.name() + " and " + health.name());
    }
    Topology topology = new Topology();
    topology.addSource(SOURCE, Serdes.String().deserializer(),
        Serdes.ByteArray().deserializer(), topics.events());
    topology.addProcessor(PROCESSOR, () -> new HealthProcessor(healthCheck), SOURCE);
    topology.addStateStore(Stores.keyValueStoreBuilder(relationships, Serdes.String(),
        new RelationshipSerde()), PROCESSOR);
    topology.addStateStore(Stores.keyValueStoreBuilder(health, Serdes.String(),
        HealthState.serde()), PROCESSOR);
    topology.addSink(CHANGES_SINK, topics.changes(), Serdes.String().serializer(),
        Serdes.ByteArray().serializer(), PROCESSOR);
    topology.addSink(DEAD_LETTERS_SINK, topics.deadLetters(), Serdes.String().serializer(),
        Serdes.ByteArray().serializer(), PROCESSOR);
    return topology;
  }
}
