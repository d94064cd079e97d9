package nl.cultuurschakel.binnenbuiten.story;

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
 * A partner with one of each kind of story entry, on days that sort them: membership
 * (2022-01-10), idea taken up (collected 2023-05-04), grant (awarded 2024-02-01), contact
 * moment (2024-03-05) and activity (2024-06-01).
 */
public final class StoryScenario {

	public static final String CONTACT_SUBJECT = "Overleg over het zomerprogramma";

	public static final String ACTIVITY_TITLE = "Dansles op het plein";

	public static final String IDEA_TITLE = "Een skatebaan bij school";

	public final Long neighbourhood;

	public final Long partner;

	public final CurrentUser advisor;

	/**
	 * The fixtures it uses, for a test's further data; {@link #deleteCreated()} cleans
	 * up.
	 */
	public final NetworkFixtures network;

	public final AccountFixtures accounts;

	public final YouthFixtures youth;

	private final ContactService contacts;

	private final ActivityFixtures activities;

	private final IdeaService ideas;

	public StoryScenario(ApplicationContext context) {
		this.network = context.getBean(NetworkFixtures.class);
		this.accounts = context.getBean(AccountFixtures.class);
		this.youth = context.getBean(YouthFixtures.class);
		this.contacts = context.getBean(ContactService.class);
		this.activities = context.getBean(ActivityFixtures.class);
		this.ideas = context.getBean(IdeaService.class);
		this.neighbourhood = this.activities.neighbourhood("Verhaalwijk");
		this.partner = this.network.partner("Verhalenhuis", PartnerDomain.ARTS_CULTURE);
		this.network.membership(this.partner, this.neighbourhood, LocalDate.of(2022, 1, 10), null,
				MembershipRole.KEY_FIGURE);
		this.advisor = this.accounts.create("story-advisor", Role.ADVISOR);
		contact(LocalDate.of(2024, 3, 5), CONTACT_SUBJECT);
		activity(LocalDate.of(2024, 6, 1), ACTIVITY_TITLE);
		Long idea = idea(LocalDate.of(2023, 5, 4), IDEA_TITLE);
		this.youth.awardedGrant(idea, this.partner, "750.00", LocalDate.of(2024, 2, 1));
	}

	/** Removes everything the scenario and the test made with its fixtures. */
	public void deleteCreated() {
		this.youth.deleteCreated();
		this.activities.deleteCreated();
		this.accounts.deleteCreated();
		this.network.deleteCreated();
	}

	public void contact(LocalDate on, String subject) {
		this.contacts.log(
				new ContactData(on, this.advisor.getId(), this.partner, Set.of(), this.neighbourhood,
						ContactKind.MEETING, subject, "Notitie alleen voor staf", null, null, false),
				UUID.randomUUID());
	}

	public void activity(LocalDate on, String title) {
		this.activities
			.activity(ActivityFixtures.activity(this.neighbourhood, this.partner, on, "15:00", "16:00").title(title));
	}

	public Long idea(LocalDate collectedOn, String title) {
		Long idea = this.youth.idea(this.neighbourhood, title, collectedOn);
		this.ideas.setPartners(idea, Set.of(this.partner));
		return idea;
	}

}
