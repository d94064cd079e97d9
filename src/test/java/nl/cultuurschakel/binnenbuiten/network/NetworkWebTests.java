package nl.cultuurschakel.binnenbuiten.network;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import nl.cultuurschakel.binnenbuiten.IntegrationTest;
import nl.cultuurschakel.binnenbuiten.account.AccountFixtures;
import nl.cultuurschakel.binnenbuiten.account.Role;
import nl.cultuurschakel.binnenbuiten.partner.PartnerService;
import nl.cultuurschakel.binnenbuiten.shared.Period;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The network page and its exports: metrics with their keys and values, the tables, the
 * period rules, who may see which neighbourhood, and that nothing of a contact moment but
 * its kind reaches the page.
 */
@IntegrationTest
class NetworkWebTests extends WithNetworkScenario {

	private static final String GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns";

	@Autowired
	MockMvc mvc;

	@Autowired
	Clock clock;

	@Autowired
	PartnerService partners;

	@Autowired
	NetworkService networks;

	@Test
	void staffSeeTheMetricsWithTheirNumbersAndTheTables() throws Exception {
		String html = page(this.scenario.neighbourhood, AccountFixtures.as(Role.ADVISOR), "2024-01-01", "2024-12-31");
		assertThat(html)
			.contains("data-metric=\"members\" data-value=\"5\"", "data-metric=\"ties\" data-value=\"6\"",
					"data-metric=\"density\" data-value=\"0.6\"",
					"data-metric=\"cross-domain-share\" data-value=\"1.0\"",
					"data-metric=\"isolated\" data-value=\"1\"", "data-metric=\"brokers\" data-value=\"0.0\"")
			.contains("Samen georganiseerde activiteit (3)", "Samen bij een contactmoment (1)",
					"Financiële bijdrage voor hetzelfde idee (1)", "Zelfde idee opgepakt (1)")
			.contains(name(this.scenario.e), "Contact Kunstpunt", "Beheert projectplannen")
			.contains("Nieuwe banden", "Verdwenen banden")
			.contains("(Onderwijs) heeft geen band met kunst en cultuur.")
			.contains("/webjars/cytoscape/", "cytoscape.min.js", "data-graph=");
	}

	@Test
	void thePageShowsTheNetworkOfEachYearUpToThePeriodsLast() throws Exception {
		String html = page(this.scenario.neighbourhood, AccountFixtures.as(Role.ADVISOR), "2024-01-01", "2024-12-31");
		org.jsoup.nodes.Document document = org.jsoup.Jsoup.parse(html);
		List<String> years = document.select("table.network-years tbody tr").eachAttr("data-year");
		assertThat(years).endsWith("2023", "2024").hasSizeLessThanOrEqualTo(NetworkService.MOST_YEARS);
		for (NetworkYear year : this.networks.years(this.scenario.neighbourhood, Integer.parseInt(years.get(0)),
				2024)) {
			org.jsoup.nodes.Element row = document.selectFirst("tr[data-year=" + year.year() + "]");
			assertThat(row.selectFirst("[data-year-metric=ties]").attr("data-value"))
				.isEqualTo(String.valueOf(year.metrics().ties()));
			assertThat(row.selectFirst("[data-year-metric=cross-domain-ties]").attr("data-value"))
				.isEqualTo(String.valueOf(year.metrics().crossDomainTies()));
			assertThat(row.selectFirst("a").attr("href")).isEqualTo("/network/" + this.scenario.neighbourhood + "?from="
					+ year.year() + "-01-01&to=" + year.year() + "-12-31");
		}
		org.jsoup.nodes.Element thisYear = document.selectFirst("tr[data-year=2024]");
		assertThat(thisYear.selectFirst("[data-year-metric=ties]").text()).isEqualTo("6");
		assertThat(thisYear.selectFirst("[data-year-metric=cross-domain-share]").text()).isEqualTo("100,0%");
		assertThat(document.select("#chart-network-years tbody th").eachText()).contains("2024: alle banden",
				"2024: tussen domeinen");
	}

	@Test
	void anotherYearCanBeComparedWithInsteadOfThePeriodBefore() throws Exception {
		String html = this.mvc
			.perform(get("/network/{id}", this.scenario.neighbourhood).param("from", "2024-01-01")
				.param("to", "2024-12-31")
				.param("compare", "2021")
				.with(AccountFixtures.as(Role.ADVISOR)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		org.jsoup.nodes.Document document = org.jsoup.Jsoup.parse(html);
		// in 2021 nobody was a member yet: every tie of 2024 is new
		assertThat(document.select("table.network-metrics thead th").eachText()).contains("2021");
		assertThat(document.select("#new-ties tbody tr")).hasSize(6);
		assertThat(document.selectFirst("#compare-title").text())
			.isEqualTo("Vergeleken met 1 januari 2021 tot en met 31 december 2021");
		assertThat(document.selectFirst("#compare option[selected]").attr("value")).isEqualTo("2021");
		assertThat(document.select("#compare option").eachAttr("value")).doesNotContain("2024").contains("", "2023");
	}

	@ParameterizedTest
	@CsvSource({ "abc", "1999", "12345678901" })
	void anUnreadableYearToCompareWithIsABadRequest(String compare) throws Exception {
		this.mvc
			.perform(get("/network/{id}", this.scenario.neighbourhood).param("compare", compare)
				.with(AccountFixtures.as(Role.ADVISOR)))
			.andExpect(status().isBadRequest());
	}

	@Test
	void theDefaultPeriodIsTheCurrentCalendarYear() throws Exception {
		int year = LocalDate.now(this.clock).getYear();
		String html = this.mvc
			.perform(get("/network/{id}", this.scenario.neighbourhood).with(AccountFixtures.as(Role.COORDINATOR)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("value=\"" + year + "-01-01\"", "value=\"" + year + "-12-31\"")
			.contains("data-metric=\"members\" data-value=\"5\"");
	}

	@ParameterizedTest
	@CsvSource({ "abc,2024-12-31", "2024-12-31,2024-01-01", "2024-01-01,", "2010-01-01,2024-12-31" })
	void badPeriodsAreBadRequests(String from, String to) throws Exception {
		this.mvc
			.perform(get("/network/{id}", this.scenario.neighbourhood).param("from", from)
				.param("to", (to != null) ? to : "")
				.with(AccountFixtures.as(Role.ADVISOR)))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(get("/network/{id}.graphml", this.scenario.neighbourhood).param("from", from)
				.param("to", (to != null) ? to : "")
				.with(AccountFixtures.as(Role.ADVISOR)))
			.andExpect(status().isBadRequest());
	}

	@Test
	void anUnknownOrUnreadableNeighbourhoodIsNotFoundOrBad() throws Exception {
		this.mvc.perform(get("/network/{id}", Long.MAX_VALUE).with(AccountFixtures.as(Role.ADVISOR)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/network/{id}.csv", Long.MAX_VALUE).with(AccountFixtures.as(Role.ADVISOR)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/network/abc").with(AccountFixtures.as(Role.ADVISOR))).andExpect(status().isBadRequest());
	}

	@Test
	void aPartnerUserSeesTheOwnNeighbourhoodButNoContactSubjectOrNotes() throws Exception {
		RequestPostProcessor partner = user(AccountFixtures.principal(Role.PARTNER, this.scenario.a));
		String html = page(this.scenario.neighbourhood, partner, "2024-01-01", "2024-12-31");
		assertThat(html).contains(name(this.scenario.c), "Samen bij een contactmoment (1)")
			.doesNotContain(NetworkScenario.CONTACT_SUBJECT, NetworkScenario.CONTACT_NOTES);
		String csv = page(this.scenario.neighbourhood + ".csv", partner, "2024-01-01", "2024-12-31");
		assertThat(csv).doesNotContain(NetworkScenario.CONTACT_SUBJECT, NetworkScenario.CONTACT_NOTES);
	}

	@Test
	void aPartnerUserCannotOpenAnotherNeighbourhoodsNetwork() throws Exception {
		RequestPostProcessor stranger = user(AccountFixtures.principal(Role.PARTNER, this.scenario.f));
		this.mvc.perform(get("/network/{id}", this.scenario.neighbourhood).with(stranger))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/network/{id}.csv", this.scenario.neighbourhood).with(stranger))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/network/{id}.graphml", this.scenario.neighbourhood).with(stranger))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/network/{id}", this.scenario.otherNeighbourhood).with(stranger))
			.andExpect(status().isOk());
	}

	@Test
	void administratorsDoNotSeeNetworks() throws Exception {
		this.mvc.perform(get("/network/{id}", this.scenario.neighbourhood).with(AccountFixtures.as(Role.ADMIN)))
			.andExpect(status().isForbidden());
	}

	@Test
	void theCsvHasEveryMemberAndEveryTie() throws Exception {
		String csv = page(this.scenario.neighbourhood + ".csv", AccountFixtures.as(Role.ADVISOR), "2024-01-01",
				"2024-12-31");
		List<String> lines = csv.lines().toList();
		assertThat(lines).hasSize(1 + 5 + 6);
		assertThat(lines.get(0)).contains("Soort", "Organisatie", "Domein", "Gewicht");
		assertThat(lines).filteredOn((line) -> line.startsWith("organisatie;")).hasSize(5);
		assertThat(lines).filteredOn((line) -> line.startsWith("band;")).hasSize(6);
		assertThat(csv).contains(name(this.scenario.e));
	}

	@Test
	void theGraphmlParsesWithItsKeysAndEveryMemberAsANode() throws Exception {
		byte[] body = page(this.scenario.neighbourhood + ".graphml", AccountFixtures.as(Role.ADVISOR), "2024-01-01",
				"2024-12-31")
			.getBytes(StandardCharsets.UTF_8);
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
		Element root = document.getDocumentElement();
		assertThat(root.getLocalName()).isEqualTo("graphml");
		assertThat(root.getNamespaceURI()).isEqualTo(GRAPHML_NS);
		assertThat(attributes(document, "key", "attr.name")).contains("domain", "knowledgePartner", "weight");
		assertThat(attributes(document, "node", "id")).hasSize(5).contains("p" + this.scenario.e);
		assertThat(document.getElementsByTagNameNS(GRAPHML_NS, "edge").getLength()).isEqualTo(6);
		assertThat(((Element) document.getElementsByTagNameNS(GRAPHML_NS, "graph").item(0)).getAttribute("edgedefault"))
			.isEqualTo("undirected");
	}

	@Test
	void theGraphmlIsValidAgainstTheGraphmlSchema() throws Exception {
		byte[] body = graphml();
		// The schema as JGraphT ships it (with the xlink schema it imports), so that the
		// test needs no network.
		SchemaFactory schemas = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
		schemas.newSchema(GraphMLImporter.class.getResource("/graphml.xsd"))
			.newValidator()
			.validate(new StreamSource(new ByteArrayInputStream(body)));
	}

	@Test
	void aGraphmlImporterReadsEveryNodeEdgeAndWeight() throws Exception {
		Graph<String, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
		Map<String, String> domains = new HashMap<>();
		GraphMLImporter<String, DefaultWeightedEdge> importer = new GraphMLImporter<>();
		importer.setSchemaValidation(true);
		importer.setVertexFactory((id) -> id);
		importer.addVertexAttributeConsumer((vertexAndKey, value) -> {
			if ("domain".equals(vertexAndKey.getSecond())) {
				domains.put(vertexAndKey.getFirst(), value.getValue());
			}
		});
		importer.importGraph(graph, new ByteArrayInputStream(graphml()));
		assertThat(graph.vertexSet()).hasSize(5).contains("p" + this.scenario.e);
		assertThat(graph.edgeSet()).hasSize(6);
		Network network = this.networks.network(this.scenario.neighbourhood, Period.year(2024));
		for (Tie tie : network.ties()) {
			assertThat(graph.getEdgeWeight(graph.getEdge("p" + tie.first(), "p" + tie.second())))
				.isEqualTo(tie.weight());
		}
		assertThat(domains).hasSize(5).containsValue("EDUCATION");
	}

	private byte[] graphml() throws Exception {
		return page(this.scenario.neighbourhood + ".graphml", AccountFixtures.as(Role.ADVISOR), "2024-01-01",
				"2024-12-31")
			.getBytes(StandardCharsets.UTF_8);
	}

	/** The page or export at /network/{path}, such as "12" or "12.csv". */
	private String page(Object path, RequestPostProcessor who, String from, String to) throws Exception {
		return this.mvc.perform(get("/network/" + path).param("from", from).param("to", to).with(who))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private String name(Long partnerId) {
		return this.partners.get(partnerId).name();
	}

	private static List<String> attributes(Document document, String element, String attribute) {
		NodeList nodes = document.getElementsByTagNameNS(GRAPHML_NS, element);
		List<String> values = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			values.add(((Element) nodes.item(i)).getAttribute(attribute));
		}
		return values;
	}

}
