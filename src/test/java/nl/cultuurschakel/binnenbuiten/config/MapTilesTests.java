package nl.cultuurschakel.binnenbuiten.config;

import java.util.Map;

import nl.cultuurschakel.binnenbuiten.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

/**
 * The map tiles are a setting, and the Content-Security-Policy allows images from exactly
 * the host of that setting: the Dutch government's BRT-Achtergrondkaart by default,
 * nothing more for a relative URL (as in the tests, which never reach the internet).
 */
@IntegrationTest
class MapTilesTests {

	@Autowired
	MockMvc mvc;

	@Test
	void defaultsToTheBrtAchtergrondkaartAndAllowsExactlyItsHost() {
		MapTiles defaults = bind(Map.of());

		assertThat(defaults.tileUrl())
			.isEqualTo("https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png");
		assertThat(defaults.attribution()).isEqualTo("Kaartgegevens © Kadaster");
		assertThat(SecurityConfiguration.contentSecurityPolicy(defaults))
			.contains("; img-src 'self' data: https://service.pdok.nl; ")
			.doesNotContain("*");
	}

	@Test
	void allowsTheHostAndPortOfAnotherTileServerAndNothingForARelativeOne() {
		assertThat(bind(Map.of("binnenbuiten.map.tile-url", "http://tiles.example:8080/{z}/{x}/{y}.png")).origin())
			.hasValue("http://tiles.example:8080");
		assertThat(bind(Map.of("binnenbuiten.map.tile-url", "/tiles/{z}/{x}/{y}.png")).origin()).isEmpty();
		assertThat(bind(Map.of("binnenbuiten.map.tile-url", "")).origin()).isEmpty();
		assertThat(bind(Map.of("binnenbuiten.map.tile-url", "https://{s}.tiles.example/{z}/{x}/{y}.png")).origin())
			.as("a placeholder in the host cannot be allowed as one host")
			.isEmpty();
		assertThat(SecurityConfiguration
			.contentSecurityPolicy(bind(Map.of("binnenbuiten.map.tile-url", "/tiles/{z}/{x}/{y}.png"))))
			.contains("; img-src 'self' data:; ");
	}

	@Test
	void pagesCarryThePolicyOfTheConfiguredTilesWhichInTestsAddsNoHost() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(header().string("Content-Security-Policy",
					SecurityConfiguration.contentSecurityPolicy(
							bind(Map.of("binnenbuiten.map.tile-url", IntegrationTest.OFFLINE_TILES)))))
			.andExpect(header().string("Content-Security-Policy",
					org.hamcrest.Matchers.containsString("img-src 'self' data:;")));
	}

	private static MapTiles bind(Map<String, String> properties) {
		return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("binnenbuiten.map",
				MapTiles.class);
	}

}
