/**
 * The JSON file format of a mentoring program.
 *
 * <p>{@link io.github.mentoring.json.ProgramJson} reads and writes a
 * {@link io.github.mentoring.json.Program}: a format version, the program's name, an
 * optional "as of" date for health checks, and its
 * {@link io.github.mentoring.core.model.Relationship relationships}. Property names mirror the
 * model's (camelCase), enumeration values are lowercase words joined by hyphens ({@code "no-show"},
 * {@code "continuing-informally"}), and dates, times, periods and durations are ISO 8601 strings.
 *
 * <p>Reading is all or nothing: a file with any problem (malformed JSON, an unknown field, a wrong
 * type, a missing required field, a broken model rule) yields no program but one
 * {@link io.github.mentoring.json.ProgramFormatException} that lists every
 * {@link io.github.mentoring.json.Problem} with its JSON path, such as
 * {@code $.relationships[3].meetings[2].actualMinutes}.
 *
 * <p>The format is described by the JSON Schema {@code schemas/program.schema.json} on the
 * classpath (see {@link io.github.mentoring.json.Schemas}) and by {@code FORMAT.md} in
 * the module's sources.
 */
package io.github.mentoring.json;
