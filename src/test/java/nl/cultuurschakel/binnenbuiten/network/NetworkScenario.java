package nl.cultuurschakel.binnenbuiten.network;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import nl.cultuurschakel.binnenbuiten.account.AccountFixtures;
import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.account.Role;
import nl.cultuurschakel.binnenbuiten.activity.ActivityFixtures;
import nl.cultuurschakel.binnenbuiten.contact.ContactData;
import nl.cultuurschakel.binnenbuiten.contact.ContactKind;
import nl.cultuurschakel.binnenbuiten.contact.ContactService;
import nl.cultuurschakel.binnenbuiten.grant.YouthFixtures;
import nl.cultuurschakel.binnenbuiten.idea.IdeaService;
import nl.cultuurschakel.binnenbuiten.partner.MembershipRole;
import nl.cultuurschakel.binnenbuiten.partner.NetworkFixtures;
import nl.cultuurschakel.binnenbuiten.partner.PartnerDomain;

import org.springframework.context.ApplicationContext;

/**
 * A small neighbourhood network with known ties, built through the modules' services.
 * <p>
 * Members since 2022: arts provider A (plan owner), school B, welfare C, library D
 * (knowledge partner), school E (no ties); F (arts) is a member of another neighbourhood
 * only. In 2024: A and B organise two activities together and a third with F; C meets
 * with A and D present; B and C take up an idea collected in 2024, on which D receives a
 * grant. In 2023: A and C organise one activity. So in 2024 the ties are A–B (3
 * activities), A–C, A–D (contact), C–D (contact and grant), B–C (idea), B–D (grant).
 */
public final class NetworkScenario {

	public static final LocalDate SINCE = LocalDate.of(2022, 1, 1);

	public static final String CONTACT_SUBJECT = "Vertrouwelijk onderwerp";

	public static final String CONTACT_NOTES = "Geheime notitie over de wijk";

	public final Long neighbourhood;

	public final Long otherNeighbourhood;

	public final Long a;

	public final Long b;

	public final Long c;

	public final Long d;

	public final Long e;

	public final Long f;

	private final NetworkFixtures network;

	private final ActivityFixtures activities;

	private final YouthFixtures youth;

	private final AccountFixtures accounts;

	/**
	 * Builds the scenario with the fixtures and services of the running test application.
	 */
	public static NetworkScenario create(ApplicationContext context) {
		return new NetworkScenario(context.getBean(NetworkFixtures.class), context.getBean(ActivityFixtures.class),
				context.getBean(YouthFixtures.class), context.getBean(AccountFixtures.class),
				context.getBean(ContactService.class), context.getBean(IdeaService.class));
	}

	private NetworkScenario(NetworkFixtures network, ActivityFixtures activities, YouthFixtures youth,
			AccountFixtures accounts, ContactService contacts, IdeaService ideas) {
		this.network = network;
		this.activities = activities;
		this.youth = youth;
		this.accounts = accounts;
		this.neighbourhood = activities.neighbourhood("Netwerkwijk");
		this.otherNeighbourhood = activities.neighbourhood("Buurwijk");
		this.a = network.partner("Kunstpunt", PartnerDomain.ARTS_CULTURE);
		this.b = network.partner("Basisschool", PartnerDomain.EDUCATION);
		this.c = network.partner("Welzijn", PartnerDomain.SOCIAL);
		this.d = network.partner("Bibliotheek", PartnerDomain.OTHER, true);
		this.e = network.partner("Eenzameschool", PartnerDomain.EDUCATION);
		this.f = network.partner("Buurtkunst", PartnerDomain.ARTS_CULTURE);
		network.membership(this.a, this.neighbourhood, SINCE, null, MembershipRole.PLAN_OWNER);
		network.membership(this.b, this.neighbourhood, SINCE, null, MembershipRole.TARGET_GROUP_LINK);
		network.membership(this.c, this.neighbourhood, SINCE, null);
		network.membership(this.d, this.neighbourhood, SINCE, null, MembershipRole.KEY_FIGURE);
		network.membership(this.e, this.neighbourhood, SINCE, null);
		network.membership(this.f, this.otherNeighbourhood, SINCE, null);
		activity(LocalDate.of(2024, 3, 1), this.a, this.b);
		activity(LocalDate.of(2024, 4, 1), this.a, this.b);
		activity(LocalDate.of(2024, 5, 1), this.a, this.b, this.f);
		activity(LocalDate.of(2023, 5, 1), this.a, this.c);
		CurrentUser advisor = accounts.create("netwerkadviseur", Role.ADVISOR);
		contacts.log(new ContactData(LocalDate.of(2024, 6, 1), advisor.getId(), this.c, Set.of(this.a, this.d),
				this.neighbourhood, ContactKind.NETWORK_MEETING, CONTACT_SUBJECT, CONTACT_NOTES, null, null, false),
				UUID.randomUUID());
		Long idea = youth.idea(this.neighbourhood, "Een muziekfeest", LocalDate.of(2024, 2, 1));
		ideas.setPartners(idea, Set.of(this.b, this.c));
		youth.grant(idea, this.d, "500.00", LocalDate.of(2024, 2, 15));
	}

	private void activity(LocalDate on, Long... partners) {
		this.activities.activity(
				ActivityFixtures.activity(this.neighbourhood, partners[0], on, "10:00", "11:00").partners(partners));
	}

	public void deleteCreated() {
		this.youth.deleteCreated();
		this.activities.deleteCreated();
		this.accounts.deleteCreated();
		this.network.deleteCreated();
	}

}
