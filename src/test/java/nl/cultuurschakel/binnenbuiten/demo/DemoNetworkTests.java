package nl.cultuurschakel.binnenbuiten.demo;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.cultuurschakel.binnenbuiten.IntegrationTest;
import nl.cultuurschakel.binnenbuiten.account.AccountFixtures;
import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.account.Role;
import nl.cultuurschakel.binnenbuiten.network.Member;
import nl.cultuurschakel.binnenbuiten.network.NetworkMetrics;
import nl.cultuurschakel.binnenbuiten.network.NetworkReport;
import nl.cultuurschakel.binnenbuiten.network.NetworkService;
import nl.cultuurschakel.binnenbuiten.network.Tie;
import nl.cultuurschakel.binnenbuiten.network.scan.ScanFigures;
import nl.cultuurschakel.binnenbuiten.network.scan.ScanFigures.ScanResult;
import nl.cultuurschakel.binnenbuiten.shared.Period;
import org.assertj.core.api.SoftAssertions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every demo neighbourhood has a network a person recognises, as the network module
 * derives it from the demo's activities, contact moments, ideas and grants: its broker
 * (the library, the cultuuranker or the community centre) links most members, a few
 * members have no tie, and every year there are more ties; by 2024 the network is denser
 * and a larger share of its ties cross domains than at the start (in all neighbourhoods
 * together, every year). Every neighbourhood has a building-blocks scan for 2023 and
 * 2024, signed off, with more in place in 2024. Loaded inside the test's transaction and
 * rolled back.
 */
@IntegrationTest
@Transactional
class DemoNetworkTests {

	/**
	 * Where the designed broker is not (yet) the one with the highest betweenness: in
	 * Mariahoeve's first year, its own arts provider linked the schools before the
	 * Podiumhuis did.
	 */
	static final Map<String, String> OTHER_BROKER = Map.of("Mariahoeve/2022", "Zangstudio Mariahoeve");

	@Autowired
	DemoDataSet dataSet;

	@Autowired
	NetworkService networks;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	ScanFigures scanFigures;

	@Autowired
	MockMvc mvc;

	@Test
	void everyNeighbourhoodsNetworkGetsStrongerFrom2022To2024AroundItsBroker() {
		Long advisor = this.accounts.create("demo-network", Role.ADVISOR).getId();
		DemoNetwork network = this.dataSet.loadNetwork();
		this.dataSet.loadProgramme(network, List.of(advisor));

		SoftAssertions softly = new SoftAssertions();
		Map<Integer, Integer> ties = new HashMap<>();
		Map<Integer, Integer> crossDomain = new HashMap<>();
		network.neighbourhoods().forEach((name, id) -> {
			Map<Integer, NetworkReport> years = new LinkedHashMap<>();
			for (int year = 2022; year <= 2024; year++) {
				NetworkReport report = this.networks.report(id, Period.year(year));
				if (!report.network().members().isEmpty()) {
					years.put(year, report);
				}
			}
			// Duindorp joined in 2023.
			assertThat(years).as(name).containsKeys(2023, 2024);
			int first = years.keySet().iterator().next();
			NetworkMetrics start = years.get(first).metrics();
			NetworkMetrics middle = years.get(2023).metrics();
			NetworkMetrics end = years.get(2024).metrics();
			if (first < 2023) {
				softly.assertThat(middle.ties())
					.as("%s: ties 2023 against %d", name, first)
					.isGreaterThan(start.ties());
			}
			softly.assertThat(end.ties()).as("%s: ties 2024 against 2023", name).isGreaterThan(middle.ties());
			softly.assertThat(end.crossDomainShare())
				.as("%s: cross-domain share 2024 against %d and 2023", name, first)
				.isGreaterThan(start.crossDomainShare())
				.isGreaterThan(middle.crossDomainShare());
			softly.assertThat(end.density())
				.as("%s: density 2024 against %d", name, first)
				.isGreaterThan(start.density());
			years.forEach((year, report) -> {
				ties.merge(year, report.metrics().ties(), Integer::sum);
				crossDomain.merge(year, (int) Math.round(report.metrics().crossDomainShare() * report.metrics().ties()),
						Integer::sum);
			});

			years.forEach((year, report) -> {
				NetworkMetrics metrics = report.metrics();
				String designed = OTHER_BROKER.getOrDefault(name + "/" + year, designedBroker(name, report));
				softly.assertThat(metrics.brokers())
					.as("%s %d: brokers", name, year)
					.extracting(Member::name)
					.contains(designed)
					.hasSizeBetween(1, 2);
				softly.assertThat(metrics.isolated())
					.as("%s %d: members without ties", name, year)
					.hasSizeBetween(1, 4);
				softly.assertThat(metrics.density())
					.as("%s %d: not everyone with everyone", name, year)
					.isLessThan(0.6);
				Long broker = metrics.brokers().get(0).partnerId();
				if (metrics.ties() >= 8) {
					softly.assertThat(report.network().ties())
						.as("%s %d: ties without the broker, not a star", name, year)
						.filteredOn((Tie tie) -> !tie.connects(broker))
						.hasSizeGreaterThanOrEqualTo(3);
				}
			});
			NetworkReport last = years.get(2024);
			softly.assertThat(last.newTies()).as("%s: new ties in 2024", name).isNotEmpty();
			softly.assertThat(last.fadedTies())
				.as("%s: a few ties faded in 2024", name)
				.isNotEmpty()
				.hasSizeLessThan(last.newTies().size());
		});
		// All neighbourhoods together: more ties, and more of them across domains, every
		// year.
		assertThat(ties.get(2023)).isGreaterThan(ties.get(2022));
		assertThat(ties.get(2024)).isGreaterThan(ties.get(2023));
		assertThat((double) crossDomain.get(2023) / ties.get(2023))
			.isGreaterThan((double) crossDomain.get(2022) / ties.get(2022));
		assertThat((double) crossDomain.get(2024) / ties.get(2024))
			.isGreaterThan((double) crossDomain.get(2023) / ties.get(2023));
		softly.assertAll();
	}

	@Test
	void everyNeighbourhoodHasSignedOffScansFor2023And2024WithMoreInPlaceIn2024() throws Exception {
		Long advisor = this.accounts.create("demo-scan-advisor", Role.ADVISOR).getId();
		CurrentUser coordinator = this.accounts.create("demo-scan-coordinator", Role.COORDINATOR);
		DemoNetwork network = this.dataSet.loadNetwork();
		this.dataSet.loadScans(network, advisor, coordinator.getId());
		List<Long> ids = network.neighbourhoodIds();

		Map<Long, ScanResult> in2023 = this.scanFigures.perNeighbourhood(2023, ids);
		Map<Long, ScanResult> in2024 = this.scanFigures.perNeighbourhood(2024, ids);
		assertThat(in2023).containsOnlyKeys(ids);
		assertThat(in2024).containsOnlyKeys(ids);
		network.neighbourhoods().forEach((name, id) -> {
			assertThat(in2023.get(id).signedOff()).as(name).isTrue();
			assertThat(in2024.get(id).signedOff()).as(name).isTrue();
			assertThat(in2024.get(id).inPlace()).as(name).isGreaterThan(in2023.get(id).inPlace());
			assertThat(in2024.get(id).inPlace()).as(name).isLessThanOrEqualTo(in2024.get(id).items());
		});
		// A neighbourhood that sustains its ecosystem has more in place than one still
		// building its network.
		assertThat(in2024.get(network.neighbourhoods().get("Bouwlust")).inPlace())
			.isGreaterThan(in2024.get(network.neighbourhoods().get("Duindorp")).inPlace());

		Document page = Jsoup
			.parse(this.mvc
				.perform(get("/neighbourhoods/{id}/scan/2024", network.neighbourhoods().get("Laakkwartier"))
					.with(user(coordinator)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
		assertThat(page.text()).contains("Afgetekend door Test demo-scan-coordinator",
				"Laatst gewijzigd door Test demo-scan-advisor", "Cultuurpunt Laak coördineert");
	}

	/** The first of the neighbourhood's designed brokers that is a member that year. */
	private static String designedBroker(String neighbourhood, NetworkReport report) {
		return DemoTies.BROKERS.get(neighbourhood)
			.stream()
			.filter((name) -> report.network().members().stream().anyMatch((member) -> member.name().equals(name)))
			.findFirst()
			.orElseThrow();
	}

}
