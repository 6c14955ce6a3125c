package io.github.mentoring.core.validation;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.mentoring.core.internal.ConsistencyValidators;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Marks a model type whose values must agree with each other (e.g. a planned end after the start,
 * a cancellation time only on cancelled meetings). Each violation is reported on the property it
 * concerns.
 */
@Documented
@Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = {
    ConsistencyValidators.ForRelationship.class,
    ConsistencyValidators.ForMeeting.class,
    ConsistencyValidators.ForFollowUp.class,
    ConsistencyValidators.ForSmartGoal.class,
    ConsistencyValidators.ForAgreement.class,
    ConsistencyValidators.ForAvailability.class,
    ConsistencyValidators.ForRoadmapEntry.class
})
public @interface Consistent {

  String message() default "inconsistent values";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
