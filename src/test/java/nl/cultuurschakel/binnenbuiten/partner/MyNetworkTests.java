package nl.cultuurschakel.binnenbuiten.partner;

import java.time.LocalDate;

import nl.cultuurschakel.binnenbuiten.IntegrationTest;
import nl.cultuurschakel.binnenbuiten.account.AccountFixtures;
import nl.cultuurschakel.binnenbuiten.account.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A partner user sees exactly the own organisation's networks, and can change nothing but
 * the own profile and spaces, whatever ids are put in the URL.
 */
@IntegrationTest
class MyNetworkTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PartnerService partners;

	@Autowired
	NetworkFixtures network;

	Long own;

	Long colleague;

	Long stranger;

	Long ownNeighbourhood;

	Long otherNeighbourhood;

	RequestPostProcessor partnerUser;

	@BeforeEach
	void setUp() {
		this.own = this.network.partner("Eigenorg", PartnerDomain.ARTS_CULTURE);
		this.colleague = this.network.partner("Collega", PartnerDomain.SOCIAL);
		this.stranger = this.network.partner("Vreemde", PartnerDomain.EDUCATION);
		this.ownNeighbourhood = this.network.neighbourhood("Thuiswijk");
		this.otherNeighbourhood = this.network.neighbourhood("Anderewijk");
		LocalDate start = LocalDate.of(2022, 1, 1);
		this.network.membership(this.own, this.ownNeighbourhood, start, null, MembershipRole.PLAN_OWNER);
		this.network.membership(this.colleague, this.ownNeighbourhood, start, null, MembershipRole.KEY_FIGURE);
		this.network.membership(this.stranger, this.otherNeighbourhood, start, null);
		this.partnerUser = user(AccountFixtures.principal(Role.PARTNER, this.own));
	}

	@AfterEach
	void cleanUp() {
		this.network.deleteCreated();
	}

	@Test
	void showsOwnOrganisationAndTheOtherMembersOfItsNetworks() throws Exception {
		String html = this.mvc.perform(get("/my-network").with(this.partnerUser))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html)
			.contains(name(this.own), name(this.colleague), "Contact " + "Collega", "Sleutelfiguur / wegwijzer",
					nameOfNeighbourhood())
			.doesNotContain(name(this.stranger));
	}

	@Test
	void updatesOwnProfileButNotNameDomainOrKnowledgeFlag() throws Exception {
		PartnerDetails before = this.partners.get(this.own);
		this.mvc
			.perform(post("/my-network/profile").with(this.partnerUser)
				.with(csrf())
				.param("name", "Gekaapte naam")
				.param("domain", "SOCIAL")
				.param("knowledgePartner", "true")
				.param("contactName", "Nieuwe Contactpersoon")
				.param("tags", "THEATRE")
				.param("version", String.valueOf(before.version())))
			.andExpect(redirectedUrl("/my-network"));
		PartnerDetails after = this.partners.get(this.own);
		assertThat(after.profile().contactName()).isEqualTo("Nieuwe Contactpersoon");
		assertThat(after.name()).isEqualTo(before.name());
		assertThat(after.domain()).isEqualTo(PartnerDomain.ARTS_CULTURE);
		assertThat(after.knowledgePartner()).isFalse();
	}

	@Test
	void managesOwnSpacesButNotThoseOfOthers() throws Exception {
		this.mvc
			.perform(post("/partners/{id}/spaces", this.own).with(this.partnerUser)
				.with(csrf())
				.param("name", "Oefenruimte")
				.param("capacity", "25"))
			.andExpect(redirectedUrl("/my-network"));
		assertThat(this.partners.spaces(this.own)).hasSize(1);

		this.mvc
			.perform(post("/partners/{id}/spaces", this.colleague).with(this.partnerUser)
				.with(csrf())
				.param("name", "Kaping")
				.param("capacity", "25"))
			.andExpect(status().isForbidden());
		assertThat(this.partners.spaces(this.colleague)).isEmpty();

		Long foreignSpace = this.partners.addSpace(this.colleague, new SpaceData("Zaal van collega", 10, null));
		// A space of another partner under the own partner's URL is not found, never
		// shown or changed.
		this.mvc.perform(get("/partners/{p}/spaces/{s}/edit", this.own, foreignSpace).with(this.partnerUser))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(
					post("/partners/{p}/spaces/{s}/delete", this.own, foreignSpace).with(this.partnerUser).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(this.partners.spaces(this.colleague)).hasSize(1);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/partners", "/partners/%2$d", "/partners/%2$d/edit", "/partners/%1$d",
			"/partners/%1$d/edit", "/neighbourhoods", "/neighbourhoods/%3$d", "/neighbourhoods/%4$d",
			"/partners/%2$d/memberships/new", "/admin/users" })
	void everythingElseIsForbidden(String template) throws Exception {
		String path = String.format(template, this.own, this.stranger, this.ownNeighbourhood, this.otherNeighbourhood);
		this.mvc.perform(get(path).with(this.partnerUser)).andExpect(status().isForbidden());
	}

	@Test
	void staffHaveNoMyNetworkPage() throws Exception {
		this.mvc.perform(get("/my-network").with(AccountFixtures.as(Role.ADVISOR))).andExpect(status().isForbidden());
	}

	private String name(Long partnerId) {
		return this.partners.get(partnerId).name();
	}

	private String nameOfNeighbourhood() {
		return "Thuiswijk";
	}

}
