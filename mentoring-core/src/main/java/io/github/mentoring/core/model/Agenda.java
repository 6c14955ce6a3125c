package io.github.mentoring.core.model;

import io.github.mentoring.core.internal.ModelValidation;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A meeting's agenda: updates, topics, action items, the next meeting's date and format. */
@Value.Immutable
public abstract class Agenda {

  public abstract List<@NotBlank String> getItems();

  /** When the agenda reached the other partner; empty if it was never sent ahead. */
  public abstract Optional<LocalDateTime> getSentAt();

  /** Whether the mentor added to it. */
  public abstract boolean isMentorInput();

  public static ImmutableAgenda.Builder builder() {
    return ImmutableAgenda.builder();
  }

  @Value.Check
  protected void check() {
    ModelValidation.check(this);
  }
}
