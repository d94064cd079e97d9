package nl.cultuurschakel.binnenbuiten.activity.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.temporal.ChronoUnit;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

import nl.cultuurschakel.binnenbuiten.activity.SeriesPlan;
import nl.cultuurschakel.binnenbuiten.shared.Period;

/**
 * When a new activity repeats: the series ends on a day within the planning years after
 * the first one or after a number of times (one of both), and has at most
 * {@link SeriesPlan#MAX_OCCURRENCES} occurrences. Messages may name that number as
 * {@code {most}}. Nothing is checked while the first day is missing or refused.
 */
@Documented
@Constraint(validatedBy = ConsistentSeries.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface ConsistentSeries {

	String message() default "";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<ConsistentSeries, ActivityForm> {

		@Override
		public boolean isValid(ActivityForm form, ConstraintValidatorContext context) {
			if (form.getRepeat() == null) {
				return true;
			}
			context.unwrap(HibernateConstraintValidatorContext.class)
				.addMessageParameter("most", String.valueOf(SeriesPlan.MAX_OCCURRENCES));
			PlanningDay.Validator.namePlanningYears(context);
			FieldViolations violations = new FieldViolations(context);
			if (form.getUntil() != null && !Period.inBounds(form.getUntil())) {
				violations.add("until", "activity.date.range");
			}
			else if (!Period.inBounds(form.getDate())) {
				return true;
			}
			else if ((form.getUntil() == null) == (form.getOccurrences() == null)) {
				violations.add("until", "activity.series.endOneOf");
			}
			else if (form.getOccurrences() != null
					&& (form.getOccurrences() < 2 || form.getOccurrences() > SeriesPlan.MAX_OCCURRENCES)) {
				violations.add("occurrences", "activity.series.occurrences");
			}
			else if (form.getUntil() != null && !form.getUntil().isAfter(form.getDate())) {
				violations.add("until", "activity.series.untilAfterDate");
			}
			else if (form.getUntil() != null && ChronoUnit.WEEKS.between(form.getDate(), form.getUntil())
					/ form.getRepeat().weeks() >= SeriesPlan.MAX_OCCURRENCES) {
				violations.add("until", "activity.series.tooLong");
			}
			return violations.none();
		}

	}

}
