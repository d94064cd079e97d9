package nl.cultuurschakel.binnenbuiten.shared.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import nl.cultuurschakel.binnenbuiten.shared.DenHaag;
import nl.cultuurschakel.binnenbuiten.shared.GeoArea;
import nl.cultuurschakel.binnenbuiten.shared.GeoPoint;

/**
 * An edit form with an optional position on the map: a latitude and a longitude, typed or
 * picked on the form's small map ({@code fragments/position.html}). Both or neither, and
 * near Den Haag ({@link DenHaag#AREA}); a problem is reported on the coordinate it is
 * about. Text that is no number is refused by the binder before this check
 * ({@code typeMismatch}), and then not reported twice.
 */
@PositionForm.NearDenHaag
public abstract class PositionForm extends VersionedForm {

	private BigDecimal latitude;

	private BigDecimal longitude;

	/**
	 * The position entered, rounded to six decimals, or {@code null} without one.
	 */
	public GeoPoint position() {
		return GeoPoint.ofNullable(this.latitude, this.longitude);
	}

	protected void fillPosition(GeoPoint position) {
		this.latitude = (position != null) ? position.latitude() : null;
		this.longitude = (position != null) ? position.longitude() : null;
	}

	public BigDecimal getLatitude() {
		return this.latitude;
	}

	public void setLatitude(BigDecimal latitude) {
		this.latitude = latitude;
	}

	public BigDecimal getLongitude() {
		return this.longitude;
	}

	public void setLongitude(BigDecimal longitude) {
		this.longitude = longitude;
	}

	/**
	 * Both coordinates or neither, each inside {@link DenHaag#AREA}.
	 */
	@Documented
	@Target(ElementType.TYPE)
	@Retention(RetentionPolicy.RUNTIME)
	@Constraint(validatedBy = NearDenHaagValidator.class)
	public @interface NearDenHaag {

		String message() default "{position.outside}";

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};

	}

	static class NearDenHaagValidator implements ConstraintValidator<NearDenHaag, PositionForm> {

		private static final GeoArea AREA = DenHaag.AREA;

		@Override
		public boolean isValid(PositionForm form, ConstraintValidatorContext context) {
			BigDecimal latitude = form.getLatitude();
			BigDecimal longitude = form.getLongitude();
			boolean valid = true;
			context.disableDefaultConstraintViolation();
			if (latitude != null && !AREA.containsLatitude(latitude)) {
				valid = reject(context, "latitude", "{position.latitude.outside}");
			}
			if (longitude != null && !AREA.containsLongitude(longitude)) {
				valid = reject(context, "longitude", "{position.longitude.outside}");
			}
			if ((latitude == null) != (longitude == null)) {
				valid = reject(context, (latitude == null) ? "latitude" : "longitude", "{position.both}");
			}
			return valid;
		}

		private static boolean reject(ConstraintValidatorContext context, String field, String message) {
			context.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
			return false;
		}

	}

}
