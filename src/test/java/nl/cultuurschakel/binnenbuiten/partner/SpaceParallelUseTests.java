package nl.cultuurschakel.binnenbuiten.partner;

import nl.cultuurschakel.binnenbuiten.IntegrationTest;
import nl.cultuurschakel.binnenbuiten.account.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static nl.cultuurschakel.binnenbuiten.account.AccountFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A partner says whether a shared space may host several activities at the same time.
 */
@IntegrationTest
class SpaceParallelUseTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PartnerService partners;

	@Autowired
	NetworkFixtures network;

	@AfterEach
	void cleanUp() {
		this.network.deleteCreated();
	}

	@Test
	void parallelUseIsOffByDefaultAndCanBeSwitchedOn() throws Exception {
		Long partner = this.network.partner("Zaalverhuurder", PartnerDomain.OTHER);
		this.mvc.perform(get("/partners/{id}/spaces/new", partner).with(as(Role.ADVISOR)))
			.andExpect(content().string(containsString("Tegelijk gebruik toegestaan")));

		this.mvc.perform(
				post("/partners/{id}/spaces", partner).with(as(Role.ADVISOR)).with(csrf()).param("name", "Kleine zaal"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/partners/{id}/spaces", partner).with(as(Role.ADVISOR))
				.with(csrf())
				.param("name", "Sporthal")
				.param("parallelUse", "true"))
			.andExpect(status().is3xxRedirection());

		assertThat(this.partners.spaces(partner)).extracting(SpaceView::name, SpaceView::parallelUse)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Kleine zaal", false),
					org.assertj.core.groups.Tuple.tuple("Sporthal", true));
		SpaceView hall = this.partners.spaces(partner).get(1);
		assertThat(this.partners.findSpace(hall.id())).contains(hall);
		assertThat(this.partners.spaceOptions()).anySatisfy((option) -> {
			assertThat(option.id()).isEqualTo(hall.id());
			assertThat(option.parallelUse()).isTrue();
			assertThat(option.partnerName()).startsWith("Zaalverhuurder");
		});
		assertThat(this.partners.names(java.util.List.of(partner)).get(partner)).startsWith("Zaalverhuurder");
	}

}
