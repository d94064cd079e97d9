package nl.cultuurschakel.binnenbuiten;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
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
import nl.cultuurschakel.binnenbuiten.partner.MembershipRole;
import nl.cultuurschakel.binnenbuiten.partner.NetworkFixtures;
import nl.cultuurschakel.binnenbuiten.partner.PartnerDomain;
import nl.cultuurschakel.binnenbuiten.shared.GeoPoint;

import org.springframework.context.ApplicationContext;

/**
 * One neighbourhood with a record of every kind (partners with long names and e-mail
 * addresses, a contact moment with an overdue follow-up, a workshop, an idea, an awarded
 * grant with a budget, an activity), and the main pages of each role that show them. Used
 * by the page checks (phone layout, HTML validity). {@link #deleteCreated()} removes it
 * all again.
 */
public class MainPages {

	/** Long unbreakable words, as real organisations have them. */
	public static final String LONG_NAME = "Verhalenhuisduizendeneenkinderkunstcentrum";

	private final AccountFixtures accounts;

	private final NetworkFixtures network;

	private final ActivityFixtures activities;

	private final YouthFixtures youth;

	private final ContactService contacts;

	private Long neighbourhood;

	private Long own;

	private Long contact;

	private Long workshop;

	private Long idea;

	private Long grant;

	private Long activity;

	private CurrentUser advisor;

	/**
	 * Takes the fixtures from the test's application context.
	 */
	public MainPages(ApplicationContext context) {
		this.accounts = context.getBean(AccountFixtures.class);
		this.network = context.getBean(NetworkFixtures.class);
		this.activities = context.getBean(ActivityFixtures.class);
		this.youth = context.getBean(YouthFixtures.class);
		this.contacts = context.getBean(ContactService.class);
	}

	/**
	 * Creates the records; the advisor owns the contact moment and its follow-up.
	 */
	public void create() {
		this.neighbourhood = this.activities.neighbourhood("Telefoonwijk");
		this.own = this.network.partner(LONG_NAME, PartnerDomain.ARTS_CULTURE, true);
		Long other = this.network.partner("Buurtwerkcentrumdeschilderswijkvoorjongeren", PartnerDomain.SOCIAL);
		this.network.membership(this.own, this.neighbourhood, LocalDate.of(2022, 1, 1), null, MembershipRole.KEY_FIGURE,
				MembershipRole.PLAN_OWNER);
		this.network.membership(other, this.neighbourhood, LocalDate.of(2022, 1, 1), null,
				MembershipRole.TARGET_GROUP_LINK, MembershipRole.COORDINATION);
		// One member on the map, the other listed without a location.
		this.network.locate(this.own, new GeoPoint("52.039100", "4.256100"));
		this.advisor = this.accounts.create("pages-advisor", Role.ADVISOR);
		this.contact = this.contacts.log(new ContactData(LocalDate.of(2024, 3, 5), this.advisor.getId(), this.own,
				Set.of(other), this.neighbourhood, ContactKind.MEETING, "Kennismaking " + LONG_NAME,
				"Aantekeningen over " + LONG_NAME, "Offerte sturen naar info@" + LONG_NAME.toLowerCase() + ".example",
				LocalDate.of(2024, 3, 12), false), UUID.randomUUID());
		this.workshop = this.youth.workshop(this.neighbourhood, LocalDate.of(2024, 3, 5), 24);
		this.idea = this.youth.idea(this.neighbourhood, this.workshop, "Een " + LONG_NAME + "festival",
				LocalDate.of(2024, 3, 5));
		this.grant = this.youth.awardedGrant(this.idea, this.own, "1250.00", LocalDate.of(2024, 3, 20));
		this.youth.budget(2024, "25000.00");
		this.activity = this.activities.activity(
				ActivityFixtures.activity(this.neighbourhood, this.own, LocalDate.of(2024, 3, 5), "15:00", "16:30")
					.title("Voorstelling " + LONG_NAME)
					.partners(this.own, other));
	}

	public void deleteCreated() {
		this.youth.deleteCreated();
		this.accounts.deleteCreated();
		this.activities.deleteCreated();
		this.network.deleteCreated();
	}

	/** The user who logged the contact moment. */
	public CurrentUser advisor() {
		return this.advisor;
	}

	public CurrentUser user(Role role) {
		return (role == Role.ADVISOR) ? this.advisor : this.accounts.create("pages-" + role.name().toLowerCase(), role,
				(role == Role.PARTNER) ? this.own : null);
	}

	/** Name → path of the main pages the given role works with. */
	public Map<String, String> pages(Role role) {
		Map<String, String> pages = new LinkedHashMap<>();
		pages.put("home", "/");
		switch (role) {
			case ADVISOR, COORDINATOR -> {
				pages.put("dashboard", "/dashboard?from=2024-01-01&to=2024-12-31");
				pages.put("neighbourhoods", "/neighbourhoods");
				pages.put("neighbourhood", "/neighbourhoods/" + this.neighbourhood);
				networkPages(pages);
				pages.put("partners", "/partners");
				pages.put("partner", "/partners/" + this.own);
				pages.put("partner-timeline", "/partners/" + this.own + "/timeline");
				pages.put("contacts", "/contacts?from=2024-01-01&to=2024-12-31");
				pages.put("contact-new", "/contacts/new");
				pages.put("contact", "/contacts/" + this.contact);
				pages.put("follow-ups", "/contacts/follow-ups");
				pages.put("agenda", "/agenda");
				pages.put("workshops", "/workshops");
				pages.put("workshop", "/workshops/" + this.workshop);
				pages.put("ideas", "/ideas");
				pages.put("idea", "/ideas/" + this.idea);
				pages.put("grants", "/grants");
				pages.put("grant", "/grants/" + this.grant);
				pages.put("budget", "/grants/budget?year=2024");
				activityPages(pages);
				pages.put("report", "/reports/annual/2024");
			}
			case PARTNER -> {
				pages.put("my-network", "/my-network");
				pages.put("profile", "/my-network/profile");
				networkPages(pages);
				pages.put("grants", "/grants");
				pages.put("grant", "/grants/" + this.grant);
				activityPages(pages);
			}
			case ADMIN -> {
				pages.put("users", "/admin/users");
				pages.put("user", "/admin/users/" + this.advisor.getId() + "/edit");
				pages.put("user-new", "/admin/users/new");
				pages.put("audit", "/admin/audit");
				pages.put("audit-grant", "/admin/audit/grant/" + this.grant);
			}
		}
		pages.put("password", "/account/password");
		// Long unbreakable names among the results.
		pages.put("search", "/search?q=" + LONG_NAME.substring(0, 9));
		return pages;
	}

	private void networkPages(Map<String, String> pages) {
		pages.put("network", "/network/" + this.neighbourhood + "?from=2024-01-01&to=2024-12-31");
		pages.put("scan", "/neighbourhoods/" + this.neighbourhood + "/scan/2024");
		pages.put("map", "/neighbourhoods/" + this.neighbourhood + "/map");
		pages.put("neighbourhood-overview", "/neighbourhoods/" + this.neighbourhood + "/overview");
	}

	private void activityPages(Map<String, String> pages) {
		pages.put("activities", "/activities?from=2024-01-01&to=2024-12-31");
		pages.put("activity", "/activities/" + this.activity);
		pages.put("calendar", "/activities/calendar?month=2024-03");
		pages.put("activity-new", "/activities/new");
	}

}
