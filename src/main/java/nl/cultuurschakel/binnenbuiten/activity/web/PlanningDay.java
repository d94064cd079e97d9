package nl.cultuurschakel.binnenbuiten.activity.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

import nl.cultuurschakel.binnenbuiten.shared.Period;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * A day within the planning years ({@link Period#EARLIEST} to {@link Period#LATEST}); a
 * missing day is valid. The message may name the years as {@code {first}} and
 * {@code {last}}.
 */
@Documented
@Constraint(validatedBy = PlanningDay.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
@interface PlanningDay {

	String message() default "{activity.date.range}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<PlanningDay, LocalDate> {

		@Override
		public boolean isValid(LocalDate day, ConstraintValidatorContext context) {
			namePlanningYears(context);
			return day == null || Period.inBounds(day);
		}

		/**
		 * Lets messages name the planning years as {@code {first}} and {@code {last}}.
		 */
		static void namePlanningYears(ConstraintValidatorContext context) {
			context.unwrap(HibernateConstraintValidatorContext.class)
				.addMessageParameter("first", String.valueOf(Period.EARLIEST.getYear()))
				.addMessageParameter("last", String.valueOf(Period.LATEST.getYear()));
		}

	}

}
