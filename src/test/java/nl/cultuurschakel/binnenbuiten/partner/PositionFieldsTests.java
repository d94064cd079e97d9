package nl.cultuurschakel.binnenbuiten.partner;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import nl.cultuurschakel.binnenbuiten.IntegrationTest;
import nl.cultuurschakel.binnenbuiten.account.AccountFixtures;
import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.account.Role;
import nl.cultuurschakel.binnenbuiten.neighbourhood.NeighbourhoodService;
import nl.cultuurschakel.binnenbuiten.shared.GeoPoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The position fields of the partner, profile, space and neighbourhood forms follow one
 * rule (shared.web.PositionForm): both coordinates or neither, near Den Haag; a point
 * inside is stored rounded to six decimals; anything else is a Dutch field message on the
 * coordinate it is about, never a 500, and nothing is stored.
 */
@IntegrationTest
class PositionFieldsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	NetworkFixtures network;

	@Autowired
	PartnerService partners;

	@Autowired
	NeighbourhoodService neighbourhoods;

	@Autowired
	AccountFixtures accounts;

	static Long partner;

	/** Phase changes of a new neighbourhood name a real user. */
	static CurrentUser coordinator;

	@BeforeEach
	void setUp() {
		partner = this.network.partner("Positiepartner", PartnerDomain.ARTS_CULTURE);
		coordinator = this.accounts.create("position-coordinator", Role.COORDINATOR);
	}

	@AfterEach
	void cleanUp() {
		this.network.deleteCreated();
		this.accounts.deleteCreated();
	}

	/**
	 * Each form: its name in the model, and a request with its other fields filled in.
	 */
	static Stream<Arguments> forms() {
		return Stream.of(
				Arguments.of("partnerForm",
						(Supplier<MockHttpServletRequestBuilder>) () -> post("/partners/{id}", partner)
							.with(AccountFixtures.as(Role.ADVISOR))
							.param("name", "Positiepartner " + partner)
							.param("domain", "ARTS_CULTURE")
							.param("version", "0")),
				Arguments.of("profileForm",
						(Supplier<MockHttpServletRequestBuilder>) () -> post("/my-network/profile")
							.with(user(AccountFixtures.principal(Role.PARTNER, partner)))
							.param("version", "0")),
				Arguments.of("spaceForm",
						(Supplier<MockHttpServletRequestBuilder>) () -> post("/partners/{id}/spaces", partner)
							.with(AccountFixtures.as(Role.ADVISOR))
							.param("name", "Zaal")),
				Arguments.of("neighbourhoodForm",
						(Supplier<MockHttpServletRequestBuilder>) () -> post("/neighbourhoods").with(user(coordinator))
							.param("name", NetworkFixtures.unique("Positiewijk"))
							.param("district", "CENTRUM")
							.param("phase", "EXPLORING")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("forms")
	void storesAPointNearDenHaagRoundedToSixDecimals(String form, Supplier<MockHttpServletRequestBuilder> request)
			throws Exception {
		MvcResult result = this.mvc
			.perform(request.get().with(csrf()).param("latitude", "52.07051234").param("longitude", "4,3007"))
			.andReturn();
		// a comma is no number for the binder: the field says how to write it
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getResponse().getContentAsString()).contains("Vul een getal in met een punt");

		result = this.mvc
			.perform(request.get().with(csrf()).param("latitude", "52.07051234").param("longitude", "4.3007"))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(302);
		assertThat(stored(form, result.getResponse().getRedirectedUrl()))
			.isEqualTo(new GeoPoint(new BigDecimal("52.070512"), new BigDecimal("4.300700")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("forms")
	void refusesAPointFarFromDenHaag(String form, Supplier<MockHttpServletRequestBuilder> request) throws Exception {
		String html = this.mvc
			.perform(request.get().with(csrf()).param("latitude", "48.8584").param("longitude", "2.2945"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors(form, "latitude", "longitude"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("Deze breedtegraad ligt niet in of bij Den Haag.")
			.contains("Deze lengtegraad ligt niet in of bij Den Haag.")
			.contains("value=\"48.8584\"");
		assertNothingStored(form);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("forms")
	void refusesHalfAPosition(String form, Supplier<MockHttpServletRequestBuilder> request) throws Exception {
		String html = this.mvc.perform(request.get().with(csrf()).param("longitude", "4.3007"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors(form, "latitude"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("Vul zowel de breedte- als de lengtegraad in, of geen van beide.");
		assertNothingStored(form);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("forms")
	void refusesTextAndHugeNumbersWithAFieldMessage(String form, Supplier<MockHttpServletRequestBuilder> request)
			throws Exception {
		for (List<String> input : List.of(List.of("oost", "4.3"), List.of("1e999999999", "4.3"),
				List.of("52.07", "9".repeat(400)), List.of("-0.0000001", "4.3"))) {
			String html = this.mvc
				.perform(request.get().with(csrf()).param("latitude", input.get(0)).param("longitude", input.get(1)))
				.andExpect(status().isOk())
				.andExpect(model().attributeErrorCount(form, 1))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(html).containsAnyOf("Vul een getal in met een punt", "ligt niet in of bij Den Haag");
		}
		assertNothingStored(form);
	}

	private GeoPoint stored(String form, String redirect) {
		return switch (form) {
			case "partnerForm", "profileForm" -> this.partners.get(partner).profile().position();
			case "spaceForm" -> this.partners.spaces(partner).get(0).position();
			default -> {
				Long id = Long.valueOf(redirect.replace("/neighbourhoods/", ""));
				this.network.track(id, null);
				var saved = this.neighbourhoods.get(id);
				yield new GeoPoint(saved.latitude(), saved.longitude());
			}
		};
	}

	private void assertNothingStored(String form) {
		assertThat(this.partners.get(partner).profile().position()).isNull();
		assertThat(this.partners.spaces(partner)).isEmpty();
	}

}
