/**
 * How a Java program embeds the health check:
 * {@link io.github.mentoring.examples.embedding.EmbeddingExample}.
 */
package io.github.mentoring.examples.embedding;
