package nl.cultuurschakel.binnenbuiten.shared.web;

import java.io.IOException;
import java.time.DateTimeException;

import jakarta.servlet.http.HttpServletResponse;
import nl.cultuurschakel.binnenbuiten.shared.InvalidPeriodException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Days and periods in a request that no page can show answer 400 with the friendly error
 * page instead of 500:
 * <ul>
 * <li>a {@link nl.cultuurschakel.binnenbuiten.shared.Period} that cannot be read, ends
 * before it starts, lies outside the years a page has or is longer than it allows
 * ({@link InvalidPeriodException}); a page that explains why (the reports) handles it
 * itself;</li>
 * <li>a date that parses but lies beyond what the calendar can handle (a month in the
 * year 999999999, a period running past the year 999999999), which fails inside
 * {@code java.time} with a {@link DateTimeException}.</li>
 * </ul>
 */
@ControllerAdvice
class DateRangeAdvice {

	private static final Logger log = LoggerFactory.getLogger(DateRangeAdvice.class);

	@ExceptionHandler(InvalidPeriodException.class)
	void invalidPeriod(InvalidPeriodException ex, HttpServletResponse response) throws IOException {
		log.warn("Request with an invalid period answered 400: {}", ex.getMessage());
		response.sendError(HttpServletResponse.SC_BAD_REQUEST);
	}

	@ExceptionHandler(DateTimeException.class)
	void dateOutOfRange(DateTimeException ex, HttpServletResponse response) throws IOException {
		log.warn("Request with a date out of range answered 400: {}", ex.getMessage());
		response.sendError(HttpServletResponse.SC_BAD_REQUEST);
	}

}
