package io.github.mentoring.json;

import java.util.Objects;

/**
 * One thing wrong with a JSON document: where it is, as a JSON path such as
 * {@code $.relationships[3].meetings[2].actualMinutes} ({@code $} for the document as a whole),
 * and what is wrong, in plain words.
 *
 * <p>Paths name object members with a dot ({@code $.name}), or with brackets and quotes when the
 * name is not a plain identifier ({@code $['my field']}), and array elements by their zero-based
 * index ({@code [3]}). A problem about a missing or unknown field carries the path of that field.
 *
 * @param path the JSON path of the value concerned
 * @param message what is wrong
 */
public record Problem(String path, String message) {

  /** Checks that both parts are present. */
  public Problem {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return path + ": " + message;
  }
}
