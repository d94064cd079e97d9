package nl.cultuurschakel.binnenbuiten.shared.web;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class DateRangeAdviceTests {

	final MockMvc mvc = MockMvcBuilders.standaloneSetup(new MonthController())
		.setControllerAdvice(new DateRangeAdvice())
		.build();

	@Test
	void monthAtTheEdgeOfTheCalendarIsABadRequest() throws Exception {
		this.mvc.perform(get("/month").param("month", "+999999999-12")).andExpect(status().isBadRequest());
	}

	@Test
	void ordinaryMonthIsServed() throws Exception {
		this.mvc.perform(get("/month").param("month", "2026-12"))
			.andExpect(status().isOk())
			.andExpect(content().string("2027-01"));
	}

	@RestController
	static class MonthController {

		/** Like a calendar page: the month after the one shown. */
		@GetMapping("/month")
		String next(@RequestParam YearMonth month) {
			return month.plusMonths(1).toString();
		}

	}

}
