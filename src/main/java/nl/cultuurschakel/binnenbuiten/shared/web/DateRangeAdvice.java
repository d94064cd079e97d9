package nl.cultuurschakel.binnenbuiten.shared.web;

import java.io.IOException;
import java.time.DateTimeException;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A date in a request that parses but lies beyond what the calendar can handle (a month
 * in the year 999999999, a period running past the year 999999999) fails inside
 * {@code java.time} with a {@link DateTimeException}. That is bad input, so every page
 * answers it with 400 and the friendly error page instead of 500. A page that knows its
 * sensible range should still check it and say so (for example: at most 25 years).
 */
@ControllerAdvice
class DateRangeAdvice {

	private static final Logger log = LoggerFactory.getLogger(DateRangeAdvice.class);

	@ExceptionHandler(DateTimeException.class)
	void dateOutOfRange(DateTimeException ex, HttpServletResponse response) throws IOException {
		log.warn("Request with a date out of range answered 400: {}", ex.getMessage());
		response.sendError(HttpServletResponse.SC_BAD_REQUEST);
	}

}
