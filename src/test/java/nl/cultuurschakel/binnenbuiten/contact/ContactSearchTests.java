package nl.cultuurschakel.binnenbuiten.contact;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.cultuurschakel.binnenbuiten.IntegrationTest;
import nl.cultuurschakel.binnenbuiten.account.AccountFixtures;
import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.account.Role;
import nl.cultuurschakel.binnenbuiten.partner.NetworkFixtures;
import nl.cultuurschakel.binnenbuiten.partner.PartnerDomain;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What each optional filter of the contact list means, now that they are specifications:
 * the same answers the hand-built SQL gave, on the page, its count and the exports.
 */
@IntegrationTest
class ContactSearchTests {

	@Autowired
	ContactService contacts;

	@Autowired
	NetworkFixtures network;

	@Autowired
	AccountFixtures accounts;

	CurrentUser advisor;

	Long neighbourhood;

	Long counterpart;

	Long present;

	@BeforeEach
	void setUp() {
		this.advisor = this.accounts.create("search", Role.ADVISOR);
		this.neighbourhood = this.network.neighbourhood("Zoekwijk");
		this.counterpart = this.network.partner("Zoekpartner", PartnerDomain.ARTS_CULTURE);
		this.present = this.network.partner("Aanwezige", PartnerDomain.SOCIAL);
		log(LocalDate.of(2024, 3, 1), Set.of(this.present), "beta 100% zeker", LocalDate.of(2024, 4, 1));
		log(LocalDate.of(2024, 3, 2), Set.of(), "Alfa", null);
		log(LocalDate.of(2024, 3, 3), Set.of(), "gamma 100 procent", LocalDate.of(2024, 3, 20));
	}

	@AfterEach
	void cleanUp() {
		this.network.deleteCreated();
		this.accounts.deleteCreated();
	}

	@Test
	void aPartnerFindsTheContactsItWasCounterpartOrPresentAt() {
		assertThat(subjects(filter(this.present, null), Sort.by("date"))).containsExactly("beta 100% zeker");
		assertThat(subjects(filter(this.counterpart, null), Sort.by("date"))).hasSize(3);
	}

	@Test
	void subjectTextMatchesInAnyCaseWithPercentTakenLiterally() {
		assertThat(subjects(filter(this.counterpart, "100%"), Sort.by("date"))).containsExactly("beta 100% zeker");
		assertThat(subjects(filter(this.counterpart, "ALFA"), Sort.by("date"))).containsExactly("Alfa");
		assertThat(subjects(filter(this.counterpart, "  "), Sort.by("date"))).hasSize(3);
	}

	@Test
	void sortsSubjectsInAnyCaseAndEmptyDueDatesLastBothWays() {
		assertThat(subjects(filter(this.counterpart, null), Sort.by("subject"))).containsExactly("Alfa",
				"beta 100% zeker", "gamma 100 procent");
		assertThat(subjects(filter(this.counterpart, null), Sort.by("followUpDue")))
			.containsExactly("gamma 100 procent", "beta 100% zeker", "Alfa");
		assertThat(subjects(filter(this.counterpart, null), Sort.by(Sort.Direction.DESC, "followUpDue")))
			.containsExactly("beta 100% zeker", "gamma 100 procent", "Alfa");
	}

	@Test
	void pageCountAndExportAgree() {
		ContactFilter filter = new ContactFilter(LocalDate.of(2024, 3, 2), null, this.advisor.getId(), null, null,
				this.neighbourhood, null, null);
		assertThat(this.contacts.find(filter, PageRequest.of(0, 1)).getTotalElements()).isEqualTo(2);
		List<String> exported = new ArrayList<>();
		this.contacts.forEach(filter, (row) -> exported.add(row.subject()));
		assertThat(exported).containsExactly("Alfa", "gamma 100 procent");
		assertThat(this.contacts.domainSplit(filter).count(PartnerDomain.ARTS_CULTURE)).isEqualTo(2);
	}

	@Test
	void anEmptySelectionOfNeighbourhoodsExportsNothing() {
		List<ContactRow> rows = new ArrayList<>();
		this.contacts.forEachIn(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), List.of(), rows::add);
		assertThat(rows).isEmpty();
		this.contacts.forEachIn(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), List.of(this.neighbourhood),
				rows::add);
		assertThat(rows).hasSize(3);
	}

	private ContactFilter filter(Long partner, String subject) {
		return new ContactFilter(null, null, null, partner, null, null, null, subject);
	}

	private List<String> subjects(ContactFilter filter, Sort sort) {
		return this.contacts.find(filter, PageRequest.of(0, 10, sort)).map(ContactRow::subject).getContent();
	}

	private void log(LocalDate date, Set<Long> participants, String subject, LocalDate followUpDue) {
		this.contacts
			.log(new ContactData(date, this.advisor.getId(), this.counterpart, participants, this.neighbourhood,
					ContactKind.PHONE, subject, null, (followUpDue != null) ? "Nabellen" : null, followUpDue, false),
					UUID.randomUUID());
	}

}
