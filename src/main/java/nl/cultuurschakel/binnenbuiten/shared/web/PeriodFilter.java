package nl.cultuurschakel.binnenbuiten.shared.web;

import java.time.LocalDate;

import nl.cultuurschakel.binnenbuiten.shared.InvalidPeriodException;
import nl.cultuurschakel.binnenbuiten.shared.InvalidPeriodException.Reason;
import nl.cultuurschakel.binnenbuiten.shared.Period;

import org.springframework.validation.BindingResult;

/**
 * The {@code from} and {@code to} of a page's URL (ISO days, both inclusive, either may
 * be left out), for the filter or parameter object that a page binds with
 * {@code @ModelAttribute}: it extends this class. What cannot become a {@link Period}
 * answers 400 ({@link InvalidPeriodException}, see {@link DateRangeAdvice}).
 */
public class PeriodFilter {

	private LocalDate from;

	private LocalDate to;

	/**
	 * The period asked for, either end open.
	 * @param binding the binding of this object; a day that could not be read makes the
	 * request bad (a list of some other period would mislead)
	 * @throws InvalidPeriodException for a day that cannot be read or a period that ends
	 * before it starts
	 */
	public Period period(BindingResult binding) {
		if (binding.hasFieldErrors("from") || binding.hasFieldErrors("to")) {
			throw new InvalidPeriodException(Reason.UNREADABLE);
		}
		return period();
	}

	/**
	 * The period asked for, either end open, for a page bound without a
	 * {@code BindingResult} (where a day that cannot be read is already a bad request).
	 * @throws InvalidPeriodException for a period that ends before it starts
	 */
	public Period period() {
		return new Period(this.from, this.to);
	}

	/** Whether both ends are given. */
	public boolean hasPeriod() {
		return this.from != null && this.to != null;
	}

	public LocalDate getFrom() {
		return this.from;
	}

	public void setFrom(LocalDate from) {
		this.from = from;
	}

	public LocalDate getTo() {
		return this.to;
	}

	public void setTo(LocalDate to) {
		this.to = to;
	}

}
