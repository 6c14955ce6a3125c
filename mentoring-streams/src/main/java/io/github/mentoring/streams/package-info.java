/**
 * Continuous health checks on Kafka Streams: relationship change events in, each relationship's
 * state in a persistent store, the health check on every change and once per day of stream time,
 * and only what changed out (findings raised and resolved, status changes).
 *
 * <p>Start with {@link io.github.mentoring.streams.MentoringStreams} (a running instance) or
 * {@link io.github.mentoring.streams.HealthTopology} (the topology, for an application of one's
 * own); the event format is read by {@link io.github.mentoring.streams.EventReader} and applied
 * by {@link io.github.mentoring.streams.EventApplier}.
 */
package io.github.mentoring.streams;
