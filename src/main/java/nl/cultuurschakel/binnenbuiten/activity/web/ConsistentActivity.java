package nl.cultuurschakel.binnenbuiten.activity.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import nl.cultuurschakel.binnenbuiten.activity.CostType;

/**
 * The activity form's rules that involve two fields, each reported on the field to
 * correct: the end after the start, the upper age not below the lower one, a price
 * exactly for a paid activity, and a space or an address (not both).
 */
@Documented
@Constraint(validatedBy = ConsistentActivity.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface ConsistentActivity {

	String message() default "";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<ConsistentActivity, ActivityForm> {

		@Override
		public boolean isValid(ActivityForm form, ConstraintValidatorContext context) {
			FieldViolations violations = new FieldViolations(context);
			if (form.getStartTime() != null && form.getEndTime() != null
					&& !form.getEndTime().isAfter(form.getStartTime())) {
				violations.add("endTime", "activity.endTime.afterStart");
			}
			if (form.getMinAge() != null && form.getMaxAge() != null && form.getMinAge() > form.getMaxAge()) {
				violations.add("maxAge", "activity.maxAge.belowMin");
			}
			boolean paid = form.getCostType() == CostType.PAID;
			if (paid && form.getPrice() == null) {
				violations.add("price", "activity.price.required");
			}
			else if (!paid && form.getPrice() != null) {
				violations.add("price", "activity.price.onlyPaid");
			}
			if ((form.getSpaceId() == null) == (form.getAddress() == null)) {
				violations.add("address", "activity.location.oneOf");
			}
			return violations.none();
		}

	}

}
