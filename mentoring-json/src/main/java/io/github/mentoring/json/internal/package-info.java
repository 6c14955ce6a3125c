/**
 * The reader's and writer's workings: no API. Its types are public only so that
 * {@link io.github.mentoring.json} can use them; they may change in any release.
 */
package io.github.mentoring.json.internal;
