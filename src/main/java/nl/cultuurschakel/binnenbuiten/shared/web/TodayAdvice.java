package nl.cultuurschakel.binnenbuiten.shared.web;

import java.time.Clock;
import java.time.LocalDate;

import lombok.RequiredArgsConstructor;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Every page knows what day it is (in the app's time zone), for what a page marks by
 * today: a follow-up that is overdue, a membership that is current.
 */
@ControllerAdvice
@RequiredArgsConstructor
class TodayAdvice {

	/** The model attribute with today's date. */
	static final String TODAY = "today";

	private final Clock clock;

	@ModelAttribute(TODAY)
	LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
