package io.github.mentoring.core.model;

import io.github.mentoring.core.internal.ModelValidation;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A meeting's agenda: updates, topics, action items, the next meeting's date and format. */
@Value.Immutable
public abstract sealed class Agenda implements WithAgenda
    permits ImmutableAgenda {

  /** Extended only by the generated implementation: every Agenda comes from its builder, validated. */
  Agenda() {}

  public abstract List<@NotBlank String> getItems();

  /** When the agenda reached the other partner; empty if it was never sent ahead. */
  public abstract Optional<LocalDateTime> getSentAt();

  /** Whether the mentor added to it. */
  public abstract boolean isMentorInput();

  /** A new, empty builder of {@link Agenda}. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Agenda}. It has one method per value, named after it without its {@code get} or
   * {@code is} (lists also have {@code add*} and {@code addAll*}), each returning this builder;
   * {@code from(Agenda)} starts from the values of an existing one. {@code build()} returns the
   * {@code Agenda} or throws one {@link io.github.mentoring.core.validation.InvalidModelException}
   * listing every violation.
   */
  public static final class Builder extends ImmutableAgenda.Builder {
    Builder() {}
  }

  @Value.Check
  protected void check() {
    ModelValidation.check(this);
  }
}
