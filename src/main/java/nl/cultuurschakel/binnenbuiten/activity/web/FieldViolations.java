package nl.cultuurschakel.binnenbuiten.activity.web;

import jakarta.validation.ConstraintValidatorContext;

/**
 * The field errors of a class-level constraint, each with its own message key (instead of
 * the constraint's one message on the whole form).
 */
final class FieldViolations {

	private final ConstraintValidatorContext context;

	private boolean any;

	FieldViolations(ConstraintValidatorContext context) {
		this.context = context;
		context.disableDefaultConstraintViolation();
	}

	void add(String field, String messageKey) {
		this.context.buildConstraintViolationWithTemplate("{" + messageKey + "}")
			.addPropertyNode(field)
			.addConstraintViolation();
		this.any = true;
	}

	boolean none() {
		return !this.any;
	}

}
