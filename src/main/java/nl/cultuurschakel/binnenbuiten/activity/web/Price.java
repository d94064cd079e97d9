package nl.cultuurschakel.binnenbuiten.activity.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Positive;

/**
 * A price in euros: more than 0, less than 10000, whole cents. A missing price is valid
 * (whether one is needed depends on the cost type, see {@link ConsistentActivity}).
 */
@Documented
@Positive
@DecimalMax(value = "10000", inclusive = false)
@Digits(integer = 4, fraction = 2)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@interface Price {

	String message() default "{activity.price.invalid}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
