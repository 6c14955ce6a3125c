/**
 * The domain model of a mentoring relationship: immutable value types, validated when built.
 *
 * <p>Every type is built with a builder ({@code Meeting.builder()...build()}) and changed with
 * {@code with*} copies. A build that breaks any constraint throws one
 * {@link io.github.mentoring.core.validation.InvalidModelException} listing every violation with
 * its path (for example {@code meetings[2].actualMinutes}); no half-built object is ever returned.
 * Collections are immutable, optional values are {@link java.util.Optional}, and equality is by
 * value.
 */
@Value.Style(
    get = {"is*", "get*"},
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    // mandatory values are left null when missing so that Bean Validation reports all of them at once
    validationMethod = Value.Style.ValidationMethod.NONE,
    jdkOnly = true,
    allParameters = false,
    defaults = @Value.Immutable(copy = true, prehash = false))
package io.github.mentoring.core.model;

import org.immutables.value.Value;
