package io.github.mentoring.core.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Text that, when present, holds more than white space. Unlike {@code @NotBlank} it accepts an
 * absent value, so it fits {@code Optional<@NonBlank String>}.
 */
@Documented
@Pattern(regexp = "(?s).*\\S.*")
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({TYPE_USE, METHOD, FIELD, PARAMETER})
@Retention(RUNTIME)
public @interface NonBlank {

  String message() default "must not be blank";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
