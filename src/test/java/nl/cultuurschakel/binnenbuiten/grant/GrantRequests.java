package nl.cultuurschakel.binnenbuiten.grant;

import java.time.LocalDate;

import nl.cultuurschakel.binnenbuiten.account.CurrentUser;

import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The grant request form as tests send it.
 */
public final class GrantRequests {

	private GrantRequests() {
	}

	/**
	 * The user requests a grant for the idea through the form (which must accept it).
	 * @return the new grant's id
	 */
	public static Long request(MockMvc mvc, CurrentUser by, Long idea, Long partner, String amount,
			LocalDate requestedOn) throws Exception {
		String location = mvc
			.perform(post("/grants").with(user(by))
				.with(csrf())
				.param("ideaId", idea.toString())
				.param("partnerId", partner.toString())
				.param("amountRequested", amount)
				.param("requestedOn", requestedOn.toString()))
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.valueOf(location.substring(location.lastIndexOf('/') + 1));
	}

}
