package nl.cultuurschakel.binnenbuiten;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.account.Role;
import nl.cultuurschakel.binnenbuiten.grant.YouthFixtures;
import org.assertj.core.api.SoftAssertions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.validation.BindingResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The error summary at the top of every form ({@code fragments/forms :: errorSummary}).
 * Each form of the app, sent with the mistakes people make (empty, or typical wrong
 * values where empty is allowed) by a user of the right role, names every problem's field
 * the way the field itself is labelled, "&lt;label&gt;: &lt;message&gt;", in the order of
 * the form, each line a link to an element on the page that takes the focus; in Dutch and
 * in English. {@link #forms()} is the one table of forms; a form added to the templates
 * without a row fails {@link #everyFormOfTheAppIsInTheTable()}.
 */
@IntegrationTest
class FormErrorSummaryTests {

	/** An id that no record has. */
	private static final String UNKNOWN = "987654321";

	@Autowired
	MockMvc mvc;

	@Autowired
	YouthFixtures youth;

	MainPages main;

	final Map<Role, CurrentUser> users = new EnumMap<>(Role.class);

	String neighbourhood;

	String partner;

	String advisor;

	String contact;

	String workshop;

	String idea;

	String requestedGrant;

	String paidGrant;

	String activity;

	@BeforeEach
	void setUp(@Autowired ApplicationContext context) throws Exception {
		this.main = new MainPages(context);
		this.main.create();
		Map<String, String> pages = this.main.pages(Role.ADVISOR);
		this.neighbourhood = idIn(pages.get("neighbourhood"));
		this.partner = idIn(pages.get("partner"));
		this.advisor = this.main.advisor().getId().toString();
		this.contact = idIn(pages.get("contact"));
		this.workshop = idIn(pages.get("workshop"));
		this.idea = idIn(pages.get("idea"));
		this.activity = idIn(pages.get("activity"));
		this.requestedGrant = this.youth
			.grant(Long.valueOf(this.idea), Long.valueOf(this.partner), "500.00", LocalDate.of(2024, 3, 10))
			.toString();
		// The awarded grant of the data set is paid, so that settling it asks for the
		// report.
		this.paidGrant = idIn(pages.get("grant"));
		this.mvc
			.perform(post("/grants/{id}/status", this.paidGrant).with(user(account(Role.COORDINATOR)))
				.with(csrf())
				.param("status", "PAID")
				.param("on", "2024-04-01"))
			.andExpect(status().is3xxRedirection());
	}

	@AfterEach
	void tearDown() {
		this.main.deleteCreated();
	}

	/**
	 * Every form of the app, each sent with mistakes: the view that shows it, the role
	 * that sends it, where it goes, what is sent, and the fields the summary must then
	 * name, in the order of the form. The records come from {@link MainPages}, plus a
	 * requested grant and the data set's grant moved on to paid.
	 */
	private List<Sent> forms() {
		String tooLong = "x".repeat(10_001);
		return List.of(
				// Accounts
				send("admin/users/new", Role.ADMIN, "/admin/users").names("username", "displayName", "role",
						"password"),
				send("admin/users/new", Role.ADMIN, "/admin/users")
					.with("username", "a b", "displayName", "X", "role", "PARTNER", "password", "kort")
					.names("username", "displayName", "partnerId", "password"),
				send("admin/users/edit", Role.ADMIN, "/admin/users/" + this.advisor).names("displayName", "role"),
				send("admin/users/edit", Role.ADMIN, "/admin/users/" + this.advisor)
					.with("displayName", "Adviseur", "role", "ADVISOR", "partnerId", this.partner, "enabled",
							"misschien")
					.names("partnerId", "enabled"),
				send("admin/users/edit", Role.ADMIN, "/admin/users/" + this.advisor + "/password").names("newPassword"),
				send("admin/users/edit", Role.ADMIN, "/admin/users/" + this.advisor + "/password")
					.with("newPassword", "kort")
					.names("newPassword"),
				send("account/password", Role.ADVISOR, "/account/password").names("currentPassword", "newPassword",
						"confirmation"),
				send("account/password", Role.PARTNER, "/account/password")
					.with("currentPassword", "x", "newPassword", "een-lang-nieuw-wachtwoord", "confirmation", "anders")
					.names("confirmation"),
				// Neighbourhoods and partners
				send("neighbourhoods/form", Role.ADVISOR, "/neighbourhoods").with("phase", "")
					.names("name", "district", "phase"),
				send("neighbourhoods/form", Role.ADVISOR, "/neighbourhoods")
					.with("name", "Samenvattingswijk", "activeSince", "2999-01-01", "profile", tooLong, "children4To12",
							"-1", "latitude", "60", "longitude", "oost")
					.names("district", "activeSince", "profile", "children4To12", "latitude", "longitude"),
				send("neighbourhoods/form", Role.COORDINATOR, "/neighbourhoods/" + this.neighbourhood).names("name",
						"district"),
				send("neighbourhoods/detail", Role.ADVISOR, "/neighbourhoods/" + this.neighbourhood + "/phase")
					.names("phase", "changedOn"),
				send("neighbourhoods/detail", Role.ADVISOR, "/neighbourhoods/" + this.neighbourhood + "/phase")
					.with("phase", "REALISING", "changedOn", "2999-01-01")
					.names("changedOn"),
				send("partners/form", Role.ADVISOR, "/partners").names("name", "domain"),
				send("partners/form", Role.ADVISOR, "/partners/" + this.partner)
					.with("name", "X", "domain", "ARTS_CULTURE", "contactEmail", "geen-adres", "contactPhone",
							"bel mij", "website", "ergens", "latitude", "60", "longitude", "oost", "tags", "NOPE")
					.names("name", "contactEmail", "contactPhone", "website", "latitude", "longitude", "tags"),
				send("memberships/form", Role.ADVISOR, "/memberships")
					.with("from", "partner", "partnerId", this.partner)
					.names("neighbourhoodId", "startDate"),
				send("memberships/form", Role.ADVISOR, "/memberships")
					.with("from", "neighbourhood", "neighbourhoodId", this.neighbourhood, "startDate", "2024-05-01",
							"endDate", "2024-01-01", "roles", "NOPE")
					.names("partnerId", "endDate", "roles"),
				send("spaces/form", Role.ADVISOR, "/partners/" + this.partner + "/spaces").with("latitude", "52.07")
					.names("name", "longitude"),
				send("spaces/form", Role.PARTNER, "/partners/" + this.partner + "/spaces")
					.with("name", "Zaal", "capacity", "0", "accessibilityNotes", tooLong, "parallelUse", "misschien")
					.names("capacity", "accessibilityNotes", "parallelUse"),
				send("my-network/profile", Role.PARTNER, "/my-network/profile")
					.with("contactName", tooLong, "contactEmail", "geen-adres", "contactPhone", "bel mij", "website",
							"ergens", "address", tooLong, "longitude", "4.3", "offer", tooLong, "tags", "NOPE")
					.names("contactName", "contactEmail", "contactPhone", "website", "address", "latitude", "offer",
							"tags"),
				// Contact moments
				send("contacts/form", Role.ADVISOR, "/contacts").with("submissionKey", UUID.randomUUID().toString())
					.names("counterpartId", "date", "kind", "subject"),
				send("contacts/form", Role.COORDINATOR, "/contacts")
					.with("submissionKey", UUID.randomUUID().toString(), "counterpartId", this.partner, "date",
							"2999-01-01", "kind", "TELEPATHY", "subject", "X", "neighbourhoodId", UNKNOWN, "notes",
							tooLong, "participantIds", UNKNOWN, "followUpDue", "2024-04-01", "advisorId", UNKNOWN)
					.names("date", "kind", "subject", "neighbourhoodId", "notes", "participantIds", "followUp",
							"advisorId"),
				send("contacts/form", Role.ADVISOR, "/contacts")
					.with("submissionKey", UUID.randomUUID().toString(), "counterpartId", this.partner, "date",
							"2024-03-05", "kind", "PHONE", "subject", "Kennismaken", "followUp", tooLong, "followUpDue",
							"gauw")
					.names("followUp", "followUpDue"),
				send("contacts/form", Role.ADVISOR, "/contacts/" + this.contact)
					.with("counterpartId", this.partner, "date", "2024-03-05", "kind", "PHONE", "subject",
							"Kennismaken", "followUpDone", "misschien")
					.names("followUpDone"),
				// Youth participation
				send("workshops/form", Role.ADVISOR, "/workshops").names("heldOn", "neighbourhoodId", "childrenSpoken"),
				send("workshops/form", Role.ADVISOR, "/workshops/" + this.workshop)
					.with("heldOn", "2024-03-05", "neighbourhoodId", this.neighbourhood, "venuePartnerId", UNKNOWN,
							"childrenSpoken", "0", "ageFrom", "12", "ageTo", "8")
					.names("venuePartnerId", "childrenSpoken", "ageTo"),
				send("workshops/form", Role.ADVISOR, "/workshops")
					.with("heldOn", "2024-03-05", "neighbourhoodId", UNKNOWN, "facilitatorPartnerId", UNKNOWN,
							"childrenSpoken", "12", "ageFrom", "3", "ageTo", "19", "groupDescription", tooLong,
							"methodNotes", tooLong)
					.names("neighbourhoodId", "facilitatorPartnerId", "ageFrom", "ageTo", "groupDescription",
							"methodNotes"),
				send("ideas/form", Role.ADVISOR, "/ideas").names("title", "neighbourhoodId", "discipline",
						"collectedOn"),
				send("ideas/form", Role.ADVISOR, "/ideas/" + this.idea)
					.with("title", "X", "description", tooLong, "neighbourhoodId", UNKNOWN, "discipline", "MUSIC",
							"childrenCount", "0", "collectedOn", "gisteren")
					.names("title", "description", "neighbourhoodId", "childrenCount", "collectedOn"),
				send("ideas/quick-add", Role.ADVISOR, "/workshops/" + this.workshop + "/ideas")
					.with("childrenCount", "")
					.names("title", "discipline", "childrenCount"),
				send("ideas/quick-add", Role.ADVISOR, "/workshops/" + this.workshop + "/ideas")
					.with("title", "Dansen", "description", tooLong, "discipline", "MUSIC", "childrenCount", "201")
					.names("description", "childrenCount"),
				send("ideas/detail", Role.ADVISOR, "/ideas/" + this.idea + "/status").names("status", "changedOn"),
				send("ideas/detail", Role.ADVISOR, "/ideas/" + this.idea + "/status")
					.with("status", "PARKED", "changedOn", "2024-03-06")
					.names("note"),
				send("ideas/detail", Role.ADVISOR, "/ideas/" + this.idea + "/status")
					.with("status", "NOPE", "changedOn", "2999-01-01", "note", tooLong)
					.names("status", "changedOn", "note"),
				// Grants
				send("grants/form", Role.ADVISOR, "/grants").names("ideaId", "partnerId", "amountRequested",
						"requestedOn"),
				send("grants/form", Role.ADVISOR, "/grants")
					.with("ideaId", UNKNOWN, "partnerId", this.partner, "amountRequested", "-5", "requestedOn",
							"2024-03-05", "conditions", tooLong, "reportDueOn", "gauw")
					.names("ideaId", "amountRequested", "conditions", "reportDueOn"),
				send("grants/form", Role.ADVISOR, "/grants/" + this.requestedGrant).names("partnerId",
						"amountRequested", "requestedOn"),
				send("grants/detail", Role.ADVISOR, "/grants/" + this.requestedGrant + "/status").names("status", "on"),
				send("grants/detail", Role.COORDINATOR, "/grants/" + this.requestedGrant + "/status")
					.with("status", "AWARDED", "on", "2024-04-01")
					.names("amountAwarded"),
				send("grants/detail", Role.COORDINATOR, "/grants/" + this.requestedGrant + "/status")
					.with("status", "AWARDED", "on", "2024-04-01", "amountAwarded", "25000.001", "conditions", tooLong,
							"reportDueOn", "gauw", "note", tooLong)
					.names("amountAwarded", "conditions", "reportDueOn", "note"),
				send("grants/detail", Role.COORDINATOR, "/grants/" + this.requestedGrant + "/status")
					.with("status", "AWARDED", "on", "2024-04-01", "amountAwarded", "24000")
					.names("confirmOverBudget"),
				send("grants/detail", Role.COORDINATOR, "/grants/" + this.paidGrant + "/status")
					.with("status", "SETTLED", "on", "2024-06-01")
					.names("reportReceivedOn"),
				send("grants/budget", Role.COORDINATOR, "/grants/budget").names("year", "amount"),
				send("grants/budget", Role.COORDINATOR, "/grants/budget").with("year", "1999", "amount", "-1")
					.names("year", "amount"),
				// Activities
				send("activities/form", Role.ADVISOR, "/activities").names("title", "neighbourhoodId", "partnerIds",
						"date", "startTime", "endTime", "address", "discipline", "minAge", "maxAge", "costType"),
				send("activities/form", Role.PARTNER, "/activities")
					.with("title", "Dansmiddag", "neighbourhoodId", this.neighbourhood, "partnerIds", this.partner,
							"date", "2024-05-01", "startTime", "16:00", "endTime", "15:00", "repeat", "WEEKLY",
							"address", "Plein 1", "discipline", "MUSIC", "minAge", "12", "maxAge", "8", "capacity", "0",
							"costType", "FREE", "price", "5")
					.names("endTime", "until", "maxAge", "capacity", "price"),
				send("activities/form", Role.ADVISOR, "/activities")
					.with("title", "Dansmiddag", "description", tooLong, "neighbourhoodId", this.neighbourhood,
							"partnerIds", this.partner, "date", "2024-05-01", "startTime", "16:00", "endTime", "17:00",
							"repeat", "WEEKLY", "occurrences", "1", "spaceId", UNKNOWN, "discipline", "MUSIC", "minAge",
							"8", "maxAge", "12", "costType", "FREE", "accessibilityNotes", tooLong, "channels", "NOPE",
							"ideaQuery", tooLong, "sourceIdeaId", UNKNOWN)
					.names("description", "occurrences", "spaceId", "accessibilityNotes", "channels", "ideaQuery",
							"sourceIdeaId"),
				send("activities/form", Role.ADVISOR, "/activities/" + this.activity).names("title", "neighbourhoodId",
						"partnerIds", "date", "startTime", "endTime", "address", "discipline", "minAge", "maxAge",
						"costType"),
				send("activities/done", Role.ADVISOR, "/activities/" + this.activity + "/done")
					.names("childrenReached"),
				send("activities/done", Role.ADVISOR, "/activities/" + this.activity + "/done")
					.with("childrenReached", "-1")
					.names("childrenReached"),
				send("activities/cancel", Role.ADVISOR, "/activities/" + this.activity + "/cancel").names("reason"),
				send("activities/cancel", Role.ADVISOR, "/activities/" + this.activity + "/cancel").with("reason", "ab")
					.names("reason"),
				// Building-blocks scan
				send("scan/page", Role.ADVISOR, "/neighbourhoods/" + this.neighbourhood + "/scan/2024")
					.with("version", "-1", "items[CROSS_DOMAIN_NETWORK].status", "", "items[CLEAR_ROLES].note",
							"x".repeat(1001), "items[EVALUATE_AND_ADJUST].status", "MAYBE")
					.names("itemsCROSS_DOMAIN_NETWORK.status", "itemsCLEAR_ROLES.note",
							"itemsEVALUATE_AND_ADJUST.status"),
				// Reports
				send("reports/report", Role.COORDINATOR, "/reports/narrative")
					.with("from", "2024-01-01", "to", "2024-12-31", "introduction", tooLong, "highlights", tooLong,
							"lessons", tooLong)
					.names("introduction", "highlights", "lessons"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "nl", "en" })
	void everyFormNamesEachFieldInFormOrderAndLinksToIt(String language) {
		SoftAssertions softly = new SoftAssertions();
		for (Sent form : forms()) {
			try {
				checkSummary(softly, form, send(form, language), language);
			}
			catch (Exception | AssertionError ex) {
				softly.fail("%s: %s", form, ex);
			}
		}
		softly.assertAll();
	}

	/**
	 * The table above covers every form that binds a form object: each template's
	 * {@code th:object} form that posts is sent with errors by at least one row.
	 */
	@Test
	void everyFormOfTheAppIsInTheTable() throws Exception {
		Set<String> sent = new TreeSet<>();
		for (Sent form : forms()) {
			MvcResult result = perform(form, "nl");
			for (Map.Entry<String, Object> entry : result.getModelAndView().getModel().entrySet()) {
				if (entry.getValue() instanceof BindingResult binding && binding.hasErrors()) {
					sent.add(result.getModelAndView().getViewName() + " " + binding.getObjectName());
				}
			}
		}
		assertThat(sent).containsAll(formsInTemplates());
	}

	/**
	 * A decision sent when the grant has moved on (no status is possible any more) says
	 * why, without links to fields that are no longer on the page.
	 */
	@Test
	void aFormThatIsGoneShowsWhyWithoutLinks() throws Exception {
		Document page = Jsoup.parse(this.mvc
			.perform(post("/grants/{id}/status", this.paidGrant).with(user(account(Role.ADVISOR)))
				.with(csrf())
				.param("status", "WITHDRAWN")
				.param("on", "2024-05-01"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));

		assertThat(page.select("form[action$=/status]")).isEmpty();
		assertThat(page.select(".error-summary li").eachText())
			.containsExactly("Deze statuswijziging is niet toegestaan.");
		assertThat(page.select(".error-summary a")).isEmpty();
	}

	private void checkSummary(SoftAssertions softly, Sent form, Document page, String language) {
		String title = language.equals("en") ? "Please check your input" : "Controleer uw invoer";
		softly.assertThat(page.select(".error-summary h2").eachText()).as("%s: summary", form).containsExactly(title);
		softly.assertThat(page.text()).as("%s: a missing message", form).doesNotContain("??");
		List<String> targets = new ArrayList<>();
		int previous = -1;
		List<Element> all = page.getAllElements();
		for (Element line : page.select(".error-summary li")) {
			Element link = line.selectFirst("a[href^=#]");
			softly.assertThat(link).as("%s: a line without a link to its field: %s", form, line.text()).isNotNull();
			if (link == null) {
				continue;
			}
			String id = link.attr("href").substring(1);
			targets.add(id);
			Element target = page.getElementById(id);
			softly.assertThat(target).as("%s: the target of %s", form, link).isNotNull();
			if (target == null) {
				continue;
			}
			softly.assertThat(focusable(target)).as("%s: %s takes the focus", form, id).isTrue();
			String name = nameOnPage(page, target);
			softly.assertThat(name).as("%s: the label of %s", form, id).isNotBlank();
			softly.assertThat(link.text())
				.as("%s: the line of %s names its field as the page does", form, id)
				.startsWith(name + ": ")
				.hasSizeGreaterThan(name.length() + 2);
			int position = all.indexOf(target);
			softly.assertThat(position)
				.as("%s: %s in the order of the form", form, id)
				.isGreaterThanOrEqualTo(previous);
			previous = position;
		}
		softly.assertThat(targets.stream().distinct().toList()).as("%s: fields named", form).isEqualTo(form.fields());
	}

	/**
	 * What the page calls the field: its label, its group's legend or its checkbox's
	 * label.
	 */
	private static String nameOnPage(Document page, Element target) {
		Element name;
		if (target.is("input, select, textarea")) {
			name = page.selectFirst("label[for=" + target.id() + "]");
		}
		else if (target.is("fieldset")) {
			name = target.getElementsByTag("legend").first();
		}
		else {
			name = target.selectFirst("label");
		}
		return (name != null) ? name.text() : "";
	}

	/** A visible control, or a group (fieldset, checkbox wrapper) with one. */
	private static boolean focusable(Element target) {
		if (target.is("input, select, textarea")) {
			return !target.is("[type=hidden]");
		}
		return target.selectFirst("input:not([type=hidden]), select, textarea") != null;
	}

	private Document send(Sent form, String language) throws Exception {
		MvcResult result = perform(form, language);
		assertThat(result.getModelAndView().getViewName()).as("the view").isEqualTo(form.view());
		return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	private MvcResult perform(Sent form, String language) throws Exception {
		MockHttpServletRequestBuilder request = post(form.target()).with(user(account(form.role())))
			.with(csrf())
			.cookie(new Cookie("binnenbuiten-lang", language));
		for (int i = 0; i < form.params().size(); i += 2) {
			request.param(form.params().get(i), form.params().get(i + 1));
		}
		return this.mvc.perform(request).andExpect(status().isOk()).andReturn();
	}

	private CurrentUser account(Role role) {
		return this.users.computeIfAbsent(role, this.main::user);
	}

	/**
	 * Template and form object of every form in the templates that binds one and posts.
	 */
	private static Set<String> formsInTemplates() throws IOException {
		Set<String> forms = new TreeSet<>();
		for (Resource template : new PathMatchingResourcePatternResolver()
			.getResources("classpath:/templates/**/*.html")) {
			String path = template.getURL().getPath();
			String view = path.substring(path.lastIndexOf("/templates/") + "/templates/".length()).replace(".html", "");
			try (InputStream in = template.getInputStream()) {
				for (Element form : Jsoup.parse(in, "UTF-8", "").select("form")) {
					String object = form.attr("th:object");
					if (!object.isEmpty() && form.attr("method").equalsIgnoreCase("post")) {
						forms.add(view + " " + object.replaceAll("[${}]", ""));
					}
				}
			}
		}
		assertThat(forms).as("forms found in the templates").hasSizeGreaterThan(20);
		return forms;
	}

	private static String idIn(String path) {
		return path.replaceAll("\\D", "");
	}

	private static Sent send(String view, Role role, String target) {
		return new Sent(view, role, target, List.of(), List.of());
	}

	/** A form sent with mistakes; {@code params} are name, value, name, value... */
	private record Sent(String view, Role role, String target, List<String> params, List<String> fields) {

		Sent with(String... nameValues) {
			return new Sent(this.view, this.role, this.target, Arrays.asList(nameValues), this.fields);
		}

		Sent names(String... expected) {
			return new Sent(this.view, this.role, this.target, this.params, List.of(expected));
		}

		@Override
		public String toString() {
			List<String> shown = this.params.stream()
				.map((p) -> (p.length() > 30) ? p.substring(0, 30) + "…" : p)
				.toList();
			return this.view + " (" + this.role + ", " + this.target + " " + shown + ")";
		}

	}

}
