package nl.cultuurschakel.binnenbuiten.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import nl.cultuurschakel.binnenbuiten.IntegrationTest;
import nl.cultuurschakel.binnenbuiten.account.AccountFixtures;
import nl.cultuurschakel.binnenbuiten.account.Role;
import nl.cultuurschakel.binnenbuiten.contact.ContactFigures;
import nl.cultuurschakel.binnenbuiten.partner.MembershipService;
import nl.cultuurschakel.binnenbuiten.partner.PartnerDomain;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo network as DOMAIN.md and the issue describe it. Loaded inside the test's
 * transaction and rolled back afterwards.
 */
@IntegrationTest
@Transactional
class DemoDataTests {

	@Autowired
	DemoDataSet dataSet;

	@Autowired
	MembershipService memberships;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DemoContacts demoContacts;

	@Autowired
	ContactFigures contactFigures;

	@Autowired
	AccountFixtures accounts;

	@Test
	void demoNetworkHasNineNeighbourhoodsAndTwentyFiveKnowledgePartners() {
		Map<String, Long> partners = this.dataSet.loadNetwork().partners();
		String ids = partners.values().stream().map(String::valueOf).reduce((a, b) -> a + "," + b).orElseThrow();

		assertThat(this.jdbc.queryForList("select name from neighbourhood where name in ('Bouwlust', 'Vrederust', "
				+ "'Moerwijk', 'Mariahoeve', 'Morgenstond', 'Schilderswijk', 'Transvaal', 'Laakkwartier', 'Duindorp')",
				String.class))
			.hasSize(9);
		assertThat(partners).hasSizeBetween(60, 80);

		Integer knowledgePartners = this.jdbc.queryForObject(
				"select count(*) from partner where knowledge_partner " + "and id in (" + ids + ")", Integer.class);
		Integer knowledgePartnersIn2022To2024 = this.jdbc.queryForObject("""
				select count(distinct p.id) from partner p join partner_membership m on m.partner_id = p.id
				where p.knowledge_partner and p.id in (%s)
				  and m.start_date <= date '2024-12-31' and (m.end_date is null or m.end_date >= date '2022-01-01')
				""".formatted(ids), Integer.class);
		assertThat(knowledgePartners).isEqualTo(25);
		assertThat(knowledgePartnersIn2022To2024).isEqualTo(25);

		List<Map<String, Object>> domainsPerNeighbourhood = this.jdbc.queryForList("""
				select n.name, count(distinct p.domain) as domains
				from neighbourhood n join partner_membership m on m.neighbourhood_id = n.id
				join partner p on p.id = m.partner_id
				where p.id in (%s) and p.domain in ('EDUCATION', 'ARTS_CULTURE', 'SOCIAL')
				group by n.name
				""".formatted(ids));
		assertThat(domainsPerNeighbourhood).hasSize(9)
			.allSatisfy((row) -> assertThat(((Number) row.get("domains")).intValue()).isEqualTo(3));

		assertThat(this.memberships.currentNeighbourhoodIds(partners.get(DemoPartners.DEMO_USER_PARTNER),
				LocalDate.of(2026, 11, 28)))
			.hasSize(2);
	}

	@Test
	void demoContactsReproduceTheBrochureSplit() {
		DemoNetwork network = this.dataSet.loadNetwork();
		Long advisor = this.accounts.create("demo-contacts", Role.ADVISOR).getId();
		this.demoContacts.create(network, List.of(advisor));
		List<Long> neighbourhoods = network.neighbourhoodIds();
		// Restricted to the demo neighbourhoods plus contacts without one, all by this
		// advisor.
		Map<String, Object> counts = this.jdbc.queryForMap("""
				select count(*) as total,
				       count(*) filter (where counterpart_domain = 'ARTS_CULTURE') as arts,
				       count(*) filter (where counterpart_domain = 'SOCIAL') as social
				from contact where advisor_id = ? and contact_date between date '2022-01-01' and date '2024-12-31'
				""", advisor);
		assertThat(((Number) counts.get("total")).intValue()).isEqualTo(555);
		assertThat(((Number) counts.get("arts")).intValue()).isEqualTo(261);
		assertThat(((Number) counts.get("social")).intValue()).isEqualTo(139);
		assertThat(this.contactFigures.domainSplit(LocalDate.of(2022, 1, 1), LocalDate.of(2024, 12, 31), null)
			.percent(PartnerDomain.ARTS_CULTURE)).isEqualTo(47);
		Integer in2023 = this.jdbc.queryForObject(
				"select count(*) from contact where advisor_id = ? and extract(year from contact_date) = 2023",
				Integer.class, advisor);
		Integer outside = this.jdbc.queryForObject(
				"select count(*) from contact where advisor_id = ? "
						+ "and (contact_date < date '2022-01-01' or contact_date > date '2024-12-31')",
				Integer.class, advisor);
		assertThat(in2023).isBetween(150, 220);
		assertThat(outside).isPositive();
		assertThat(neighbourhoods).hasSize(9);
	}

	@Test
	void partnerDomainsAreAllRepresented() {
		Map<String, Long> partners = this.dataSet.loadNetwork().partners();
		String ids = partners.values().stream().map(String::valueOf).reduce((a, b) -> a + "," + b).orElseThrow();
		assertThat(
				this.jdbc.queryForList("select distinct domain from partner where id in (" + ids + ")", String.class))
			.containsExactlyInAnyOrder("ARTS_CULTURE", "SOCIAL", "EDUCATION", "OTHER");
	}

}
