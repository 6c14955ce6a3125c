package io.github.mentoring.core.model;

import io.github.mentoring.core.internal.ModelValidation;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** News shared between meetings: progress, a setback, an accomplishment, a promotion or move. */
@Value.Immutable
public abstract sealed class ProgressUpdate implements WithProgressUpdate
    permits ImmutableProgressUpdate {

  /** Extended only by the generated implementation: every ProgressUpdate comes from its builder, validated. */
  ProgressUpdate() {}

  @NotNull
  public abstract LocalDate getDate();

  // A value named "from" means the builder has no from(ProgressUpdate) copy method: intended.
  @SuppressWarnings("immutables:from")
  @Value.Default
  public PartnerRole getFrom() {
    return PartnerRole.MENTEE;
  }

  @NotNull
  public abstract ProgressKind getKind();

  /** What was shared; confidential. */
  public abstract Optional<String> getNote();

  /** A new, empty builder of {@link ProgressUpdate}. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link ProgressUpdate}. It has one method per value, named after it without its {@code
   * get} or {@code is} (lists also have {@code add*} and {@code addAll*}), each returning this
   * builder; {@code from(ProgressUpdate)} starts from the values of an existing one. {@code
   * build()} returns the {@code ProgressUpdate} or throws one {@link
   * io.github.mentoring.core.validation.InvalidModelException} listing every violation.
   */
  public static final class Builder extends ImmutableProgressUpdate.Builder {
    Builder() {}
  }

  @Value.Check
  protected void check() {
    ModelValidation.check(this);
  }
}
