package nl.cultuurschakel.binnenbuiten.network.web;

import java.time.LocalDate;

import nl.cultuurschakel.binnenbuiten.shared.Period;
import nl.cultuurschakel.binnenbuiten.shared.web.PeriodFilter;

import org.springframework.validation.BindingResult;

/**
 * The period of a network page and its exports: {@code from} and {@code to} (both or
 * neither), by default the current calendar year; at most five years.
 */
public class NetworkParams extends PeriodFilter {

	static final int MAX_YEARS = 5;

	/**
	 * @throws nl.cultuurschakel.binnenbuiten.shared.InvalidPeriodException (400) for an
	 * unreadable day, one end missing, an end before the start or a too long period
	 */
	Period resolve(BindingResult binding, LocalDate today) {
		Period asked = period(binding);
		if (asked.from() == null && asked.to() == null) {
			return Period.year(today.getYear());
		}
		return Period.closed(asked.from(), asked.to()).atMostYears(MAX_YEARS);
	}

}
