package io.github.mentoring.streams;

import io.github.mentoring.core.model.Relationship;
import io.github.mentoring.json.ProgramJson;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * The serde of a {@link Relationship} in a state store and its changelog: one relationship of the
 * program format ({@link ProgramJson#writeRelationship}, compact JSON), read back validated
 * ({@link ProgramJson#readRelationship}). The format is the documented, versioned one of program
 * files, so a store written by one release is read by the next, and a changelog can be read by
 * anyone with the format's schema.
 */
public final class RelationshipSerde implements Serde<Relationship> {

  @Override
  public Serializer<Relationship> serializer() {
    return (topic, relationship) ->
        relationship == null ? null : ProgramJson.writeRelationship(relationship);
  }

  @Override
  public Deserializer<Relationship> deserializer() {
    return (topic, bytes) -> bytes == null ? null : ProgramJson.readRelationship(bytes);
  }
}
