package io.github.mentoring.core.model;

import io.github.mentoring.core.internal.ModelValidation;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A partner's request to end a formal relationship before its planned end. The articles ask that
 * an early end be raised in a conversation (in person, by video or phone) rather than by email or
 * text, and that closure still happen; this records who raised it, when and how, so the rules can
 * judge it. Every value is optional: a record may know only that the relationship ended early.
 */
@Value.Immutable
public abstract sealed class EarlyEnd implements WithEarlyEnd
    permits ImmutableEarlyEnd {

  /** Extended only by the generated implementation: every EarlyEnd comes from its builder, validated. */
  EarlyEnd() {}

  /** The partner who asked to end early. */
  public abstract Optional<PartnerRole> getRaisedBy();

  /** The day it was raised: not before the relationship's start nor after its actual end. */
  public abstract Optional<LocalDate> getRaisedOn();

  /**
   * How it was raised: in a conversation ({@link Channel#IN_PERSON}, {@link Channel#VIDEO},
   * {@link Channel#PHONE}) or in writing ({@link Channel#EMAIL}, {@link Channel#CHAT}).
   */
  public abstract Optional<Channel> getRaisedThrough();

  /**
   * Why, in the partners' words; confidential, never logged nor put in a finding (left out of
   * {@link #toString()}).
   */
  @Value.Redacted
  public abstract Optional<String> getReason();

  /** Whether it was raised in a conversation rather than in writing, when the channel is known. */
  public Optional<Boolean> raisedInConversation() {
    return getRaisedThrough().map(c -> c == Channel.IN_PERSON || c == Channel.VIDEO
        || c == Channel.PHONE);
  }

  /** An early end of which nothing more is known. */
  public static EarlyEnd unexplained() {
    return builder().build();
  }

  /** A new, empty builder of {@link EarlyEnd}. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link EarlyEnd}. It has one method per value, named after it without its {@code
   * get}, each returning this builder; {@code from(EarlyEnd)} starts from the values of an
   * existing one. {@code build()} returns the {@code EarlyEnd} or throws one {@link
   * io.github.mentoring.core.validation.InvalidModelException} listing every violation.
   */
  public static final class Builder extends ImmutableEarlyEnd.Builder {
    Builder() {}
  }

  @Value.Check
  protected void check() {
    ModelValidation.check(this);
  }
}
