package io.github.mentoring.core.model;

import io.github.mentoring.core.internal.ModelValidation;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** News shared between meetings: progress, a setback, an accomplishment, a promotion or move. */
@Value.Immutable
public abstract class ProgressUpdate {

  @NotNull
  public abstract LocalDate getDate();

  @Value.Default
  public PartnerRole getFrom() {
    return PartnerRole.MENTEE;
  }

  @NotNull
  public abstract ProgressKind getKind();

  /** What was shared; confidential. */
  public abstract Optional<String> getNote();

  public static ImmutableProgressUpdate.Builder builder() {
    return ImmutableProgressUpdate.builder();
  }

  @Value.Check
  protected void check() {
    ModelValidation.check(this);
  }
}
