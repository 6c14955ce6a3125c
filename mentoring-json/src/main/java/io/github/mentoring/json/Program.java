package io.github.mentoring.json;

import io.github.mentoring.core.model.Relationship;
import io.github.mentoring.core.validation.InvalidModelException;
import io.github.mentoring.core.validation.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A mentoring program as stored in a program file: the file's format version, the program's name,
 * the day its relationships are to be judged as of (optional: the caller may choose), and its
 * relationships.
 *
 * <p>Immutable and validated like the model types: the constructor refuses an unsupported format
 * version, a blank name and two relationships with the same id with one
 * {@link InvalidModelException} listing every violation (paths such as
 * {@code relationships[2].id}).
 *
 * @param formatVersion the version of the file format; only {@link #CURRENT_FORMAT_VERSION}
 * @param name the program's name, not blank
 * @param asOf the day health checks judge the relationships as of, if the file names one
 * @param relationships the relationships, each with its own id; copied, never null
 */
public record Program(
    int formatVersion, String name, Optional<LocalDate> asOf, List<Relationship> relationships) {

  /**
   * The format version this library writes, and the version of every {@code Program}: a file of
   * version 1 is read as version 2 (see {@link ProgramJson}).
   */
  public static final int CURRENT_FORMAT_VERSION = 2;

  /**
   * Validates and copies the values.
   *
   * @throws InvalidModelException listing every broken rule
   * @throws NullPointerException if {@code asOf} or {@code relationships} (or an element) is null
   */
  public Program {
    Objects.requireNonNull(asOf, "asOf (use Optional.empty())");
    relationships = List.copyOf(Objects.requireNonNull(relationships, "relationships"));
    List<Violation> violations = new ArrayList<>();
    if (formatVersion != CURRENT_FORMAT_VERSION) {
      violations.add(new Violation("formatVersion", "unsupported format version " + formatVersion
          + "; the only version is " + CURRENT_FORMAT_VERSION));
    }
    if (name == null || name.isBlank()) {
      violations.add(new Violation("name", "must not be blank"));
    }
    Map<String, Integer> firstIndex = new HashMap<>();
    for (int i = 0; i < relationships.size(); i++) {
      String id = relationships.get(i).getId();
      Integer earlier = firstIndex.putIfAbsent(id, i);
      if (earlier != null) {
        violations.add(new Violation("relationships[" + i + "].id",
            "duplicates the id of relationships[" + earlier + "]: '" + id + "'"));
      }
    }
    if (!violations.isEmpty()) {
      throw new InvalidModelException("Program", violations);
    }
  }

  /** A program in the current format version. */
  public static Program of(String name, Optional<LocalDate> asOf, List<Relationship> relationships) {
    return new Program(CURRENT_FORMAT_VERSION, name, asOf, relationships);
  }

  /** A program in the current format version without an "as of" date. */
  public static Program of(String name, List<Relationship> relationships) {
    return of(name, Optional.empty(), relationships);
  }

  /** The relationship with this id, if the program has one. */
  public Optional<Relationship> relationship(String id) {
    return relationships.stream().filter(r -> r.getId().equals(id)).findFirst();
  }
}
