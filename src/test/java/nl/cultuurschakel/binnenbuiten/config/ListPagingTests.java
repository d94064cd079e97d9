package nl.cultuurschakel.binnenbuiten.config;

import java.util.stream.Stream;

import nl.cultuurschakel.binnenbuiten.IntegrationTest;
import nl.cultuurschakel.binnenbuiten.account.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static nl.cultuurschakel.binnenbuiten.account.AccountFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every list answers a page number or size it cannot show with 400 (the friendly error
 * page), whatever the user typed into the URL, and never a 500.
 */
@IntegrationTest
class ListPagingTests {

	/** The lists, with who opens them. */
	static Stream<Arguments> lists() {
		return Stream.of(Arguments.of("/partners", Role.COORDINATOR), Arguments.of("/neighbourhoods", Role.ADVISOR),
				Arguments.of("/contacts", Role.ADVISOR), Arguments.of("/workshops", Role.ADVISOR),
				Arguments.of("/grants", Role.COORDINATOR), Arguments.of("/activities", Role.ADVISOR),
				Arguments.of("/admin/users", Role.ADMIN));
	}

	@Autowired
	MockMvc mvc;

	@ParameterizedTest(name = "{0}")
	@MethodSource("lists")
	void pageOrSizeOutOfRangeIsABadRequest(String list, Role role) throws Exception {
		expect(400, list, role, "page=2147483647", "page=0", "page=-1", "page=abc", "page=1.5", "size=0", "size=-1",
				"size=101", "size=abc", "page=2147483647&size=100");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("lists")
	void validPagingAndUnknownSortAreShown(String list, Role role) throws Exception {
		expect(200, list, role, "", "page=1", "page=1&size=100", "size=1", "sort=unknown", "sort=unknown,desc",
				"sort=,,", "page=1&size=10&sort=id,sideways");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("lists")
	void aPageAfterTheLastOneIsABadRequest(String list, Role role) throws Exception {
		this.mvc.perform(get(list).param("page", "1000000").param("size", "100").with(as(role)))
			.andExpect(status().isBadRequest());
	}

	@Test
	void listsThatShowEverythingIgnorePaging() throws Exception {
		this.mvc.perform(get("/contacts/follow-ups?page=2147483647&size=-1").with(as(Role.COORDINATOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Openstaande vervolgacties")));
	}

	private void expect(int status, String list, Role role, String... queries) throws Exception {
		for (String query : queries) {
			this.mvc.perform(get(list + "?" + query).with(as(role)))
				.andExpect((result) -> assertThat(result.getResponse().getStatus()).as(list + "?" + query)
					.isEqualTo(status));
		}
	}

}
