package nl.cultuurschakel.binnenbuiten.activity;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The activity form as tests post it, and pages as tests read them.
 */
public final class ActivityRequests {

	private ActivityRequests() {
	}

	/**
	 * Every field of a valid activity: a free dance lesson for ages 8–12 on 5 March 2024,
	 * 15:00–16:00, at an address. Change or remove entries before posting.
	 */
	public static Map<String, String> validFields(Long neighbourhoodId, Long partnerId) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("title", "Dansles");
		fields.put("neighbourhoodId", neighbourhoodId.toString());
		fields.put("partnerIds", partnerId.toString());
		fields.put("date", "2024-03-05");
		fields.put("startTime", "15:00");
		fields.put("endTime", "16:00");
		fields.put("address", "Wijkpark 1");
		fields.put("discipline", "DANCE");
		fields.put("minAge", "8");
		fields.put("maxAge", "12");
		fields.put("costType", "FREE");
		return fields;
	}

	/**
	 * The same fields in a valid activity placed in a space instead of at an address.
	 */
	public static Map<String, String> inSpace(Map<String, String> fields, Long spaceId) {
		fields.remove("address");
		fields.put("spaceId", spaceId.toString());
		return fields;
	}

	/**
	 * A form post (with a CSRF token) of the fields to the URL.
	 */
	public static MockHttpServletRequestBuilder post(Map<String, String> fields, String url, Object... uriVariables) {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(url, uriVariables).with(csrf());
		fields.forEach(request::param);
		return request;
	}

	/**
	 * The page the request answers with 200, parsed.
	 */
	public static Document page(MockMvc mvc, MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup.parse(mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

}
