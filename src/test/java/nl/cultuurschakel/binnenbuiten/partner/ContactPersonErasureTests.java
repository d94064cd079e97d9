package nl.cultuurschakel.binnenbuiten.partner;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import nl.cultuurschakel.binnenbuiten.IntegrationTest;
import nl.cultuurschakel.binnenbuiten.account.AccountFixtures;
import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.account.Role;
import nl.cultuurschakel.binnenbuiten.contact.ContactData;
import nl.cultuurschakel.binnenbuiten.contact.ContactKind;
import nl.cultuurschakel.binnenbuiten.contact.ContactService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A coordinator erases a contact person's data on request: confirmed first, the name,
 * e-mail address and phone number are gone, the partner's contact moments and figures
 * stay, who and when is recorded and shown, and an event tells the audit trail.
 */
@IntegrationTest
@RecordApplicationEvents
class ContactPersonErasureTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	NetworkFixtures network;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	ContactService contacts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEvents events;

	CurrentUser coordinator;

	CurrentUser advisor;

	Long partner;

	@BeforeEach
	void setUp() {
		this.coordinator = this.accounts.create("eraser", Role.COORDINATOR);
		this.advisor = this.accounts.create("logger", Role.ADVISOR);
		this.partner = this.network.partner("Wisschool", PartnerDomain.EDUCATION);
		for (int i = 0; i < 3; i++) {
			this.contacts.log(new ContactData(LocalDate.of(2023, 3, 1 + i), this.advisor.getId(), this.partner,
					Set.of(), null, ContactKind.MEETING, "Overleg " + i, "Notitie " + i, null, null, false),
					UUID.randomUUID());
		}
	}

	@AfterEach
	void tearDown() {
		this.network.deleteCreated();
		this.accounts.deleteCreated();
	}

	@Test
	void asksForConfirmationFirst() throws Exception {
		this.mvc.perform(get("/partners/{id}", this.partner).with(user(this.coordinator)))
			.andExpect(content().string(containsString("Gegevens contactpersoon wissen (AVG)")));
		this.mvc.perform(get("/partners/{id}/contact-person/erase", this.partner).with(user(this.coordinator)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Dit kan niet ongedaan worden gemaakt")))
			.andExpect(content().string(containsString("contactmomenten en alle cijfers blijven bewaard")));

		assertThat(contactPerson()).containsEntry("contact_name", "Contact Wisschool");
	}

	@Test
	void erasesTheContactPersonAndKeepsTheStatistics() throws Exception {
		Map<String, Object> figuresBefore = figures();
		assertThat(oldValuesInTheAuditTrail()).as("revisions holding the contact person").isPositive();

		this.mvc
			.perform(
					post("/partners/{id}/contact-person/erase", this.partner).with(user(this.coordinator)).with(csrf()))
			.andExpect(redirectedUrl("/partners/" + this.partner))
			.andExpect(flash().attribute("flash", "partner.contactPerson.erased"));

		assertThat(contactPerson()).containsEntry("contact_name", null)
			.containsEntry("contact_email", null)
			.containsEntry("contact_phone", null);
		assertThat(figures()).isEqualTo(figuresBefore);
		assertThat(this.events.stream(ContactPersonErased.class)).containsExactly(
				new ContactPersonErased(this.partner, Set.of("contactName", "contactEmail", "contactPhone")));
		assertThat(this.jdbc.queryForMap(
				"select erased_by, erased_by_name, properties from partner_contact_erasure where partner_id = ?",
				this.partner))
			.containsEntry("erased_by", this.coordinator.getId())
			.containsEntry("erased_by_name", this.coordinator.getDisplayName())
			.containsEntry("properties", "contactEmail,contactName,contactPhone");
		this.mvc.perform(get("/partners/{id}", this.partner).with(user(this.coordinator)))
			.andExpect(content().string(containsString("De gegevens van de contactpersoon zijn op verzoek gewist op")))
			.andExpect(content().string(containsString("door " + this.coordinator.getDisplayName())))
			.andExpect(content().string(not(containsString("Contact Wisschool"))))
			.andExpect(content().string(not(containsString("Gegevens contactpersoon wissen (AVG)"))));
		assertThat(oldValuesInTheAuditTrail()).as("revisions still holding the contact person").isZero();
		this.mvc.perform(get("/admin/audit/partner/{id}", this.partner).with(user(this.coordinator)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Wisschool")))
			.andExpect(content().string(not(containsString("Contact Wisschool"))));
	}

	/**
	 * The partner's stored revisions in the audit trail that still hold a contact
	 * person's data.
	 */
	private int oldValuesInTheAuditTrail() {
		return this.jdbc.queryForObject("select count(*) from partner_aud where id = ? and (contact_name is not null"
				+ " or contact_email is not null or contact_phone is not null)", Integer.class, this.partner);
	}

	@Test
	void onlyCoordinatorsErase() throws Exception {
		this.mvc.perform(get("/partners/{id}", this.partner).with(user(this.advisor)))
			.andExpect(content().string(not(containsString("Gegevens contactpersoon wissen"))));
		this.mvc
			.perform(post("/partners/{id}/contact-person/erase", this.partner).with(user(this.advisor)).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/partners/{id}/contact-person/erase", this.partner).with(user(this.coordinator)))
			.andExpect(status().isForbidden());

		assertThat(contactPerson()).containsEntry("contact_name", "Contact Wisschool");
		assertThat(this.events.stream(ContactPersonErased.class)).isEmpty();
	}

	@Test
	void unknownPartnerIsNotFound() throws Exception {
		this.mvc
			.perform(post("/partners/{id}/contact-person/erase", Long.MAX_VALUE).with(user(this.coordinator))
				.with(csrf()))
			.andExpect(status().isNotFound());
	}

	private Map<String, Object> contactPerson() {
		return this.jdbc.queryForMap("select contact_name, contact_email, contact_phone from partner where id = ?",
				this.partner);
	}

	private Map<String, Object> figures() {
		return this.jdbc.queryForMap("""
				select count(*) as contacts, string_agg(distinct counterpart_domain, ',') as domains,
				       (select count(*) from partner where id = ?) as partners
				  from contact where counterpart_id = ?""", this.partner, this.partner);
	}

}
