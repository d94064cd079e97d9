package nl.cultuurschakel.binnenbuiten.shared.web;

import org.junit.jupiter.api.Test;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class EditConflictAdviceTests {

	private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new StaleController())
		.setControllerAdvice(new EditConflictAdvice())
		.build();

	@Test
	void aConflictNoFormHandlesIsTheConflictPage() throws Exception {
		this.mvc.perform(post("/stale")).andExpect(status().isConflict());
	}

	@Test
	void otherRequestsAreLeftAlone() throws Exception {
		this.mvc.perform(post("/fine")).andExpect(status().isOk());
	}

	@RestController
	static class StaleController {

		@PostMapping("/stale")
		String stale() {
			throw new ObjectOptimisticLockingFailureException(Object.class, 1L);
		}

		@PostMapping("/fine")
		String fine() {
			return "ok";
		}

	}

}
