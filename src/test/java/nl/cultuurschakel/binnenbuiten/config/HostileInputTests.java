package nl.cultuurschakel.binnenbuiten.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;

import nl.cultuurschakel.binnenbuiten.IntegrationTest;
import nl.cultuurschakel.binnenbuiten.MainPages;
import nl.cultuurschakel.binnenbuiten.account.AccountFixtures;
import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.account.Role;
import nl.cultuurschakel.binnenbuiten.config.FormCatalogue.Field;
import nl.cultuurschakel.binnenbuiten.config.FormCatalogue.Target;
import nl.cultuurschakel.binnenbuiten.partner.PartnerService;
import nl.cultuurschakel.binnenbuiten.partner.SpaceData;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Hostile and malformed input on every form of the app: each POST endpoint of the
 * {@link AuthorisationMatrixTests matrix} (so a new form is tried too), sent by a user
 * who may (and by a partner user too where staff and partner users both may), with the
 * fields of its form as the page shows them (jsoup reads the page) and the parameters its
 * handler declares. In rounds, every field takes a bad value of its kind at once
 * ({@link HostileValues}); then, one field at a time with the others as the page shows
 * them, the values that only harm a valid form (too long, stored markup, the id of
 * nothing); then every field twice, and the form without its CSRF token.
 * <p>
 * Whatever the input: never a 5xx; a rejected request stores nothing (a fingerprint of
 * every business table before and after) and, if it shows a page, shows why; markup never
 * reaches a page unescaped. What was stored (markup, formulas, emoji in names and notes)
 * is then shown escaped on every page and in every export: HTML, CSV (formulas
 * neutralised), XLSX (no formulas), PDF (the markup as text). Deleting forms go last, so
 * the pages still have something to show.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostileInputTests {

	private static final Logger log = LoggerFactory.getLogger(HostileInputTests.class);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	PartnerService partners;

	MainPages main;

	BusinessTables tables;

	Map<String, Set<String>> before;

	FormCatalogue catalogue;

	final Map<Role, CurrentUser> users = new EnumMap<>(Role.class);

	final AtomicInteger cases = new AtomicInteger();

	long started;

	long fingerprinting;

	String lastFingerprint;

	@BeforeAll
	void createRecords(@Autowired ApplicationContext context) throws Exception {
		this.started = System.nanoTime();
		this.tables = new BusinessTables(this.jdbc);
		this.before = this.tables.snapshot();
		this.main = new MainPages(context);
		this.main.create();
		Map<String, String> pages = this.main.pages(Role.ADVISOR);
		String neighbourhood = idIn(pages.get("neighbourhood"));
		String partner = idIn(pages.get("partner"));
		String space = this.partners.addSpace(Long.valueOf(partner), new SpaceData("Zaal", 30, null, true)).toString();
		String membership = this.jdbc.queryForObject(
				"select min(id)::text from partner_membership where partner_id = ?", String.class,
				Long.valueOf(partner));
		// Not the admin who sends the forms: the user whose account the forms change.
		String user = this.accounts.create("hostile-target", Role.ADVISOR).getId().toString();
		Map<String, String> records = new LinkedHashMap<>();
		records.put("activities/{id}", idIn(pages.get("activity")));
		records.put("users/{id}", user);
		records.put("contacts/{id}", idIn(pages.get("contact")));
		records.put("grants/{id}", idIn(pages.get("grant")));
		records.put("ideas/{id}", idIn(pages.get("idea")));
		records.put("memberships/{id}", membership);
		records.put("neighbourhoods/{id}", neighbourhood);
		records.put("partners/{id}", partner);
		records.put("workshops/{id}", idIn(pages.get("workshop")));
		records.put("{partnerId}", partner);
		records.put("{spaceId}", space);
		records.put("{neighbourhoodId}", neighbourhood);
		records.put("{workshopId}", idIn(pages.get("workshop")));
		records.put("{type}", "grant");
		records.put("{type}/{id}", idIn(pages.get("grant")));
		records.put("{year}", "2024");
		records.put("{seriesId}", "00000000-0000-0000-0000-000000000000");
		records.put("{token}", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
		for (Role role : FormCatalogue.SENDERS) {
			this.users.put(role, this.main.user(role));
		}
		// Another organisation's record, for fields that take an id.
		String other = this.jdbc.queryForObject("select max(id)::text from partner where id <> ?", String.class,
				Long.valueOf(partner));
		this.catalogue = new FormCatalogue(this.mvc, this.mappings, records, other, this.users);
	}

	@AfterAll
	void removeRecords() {
		this.tables.deleteAddedSince(this.before);
		this.main.deleteCreated();
		log.info("Hostile input: {} requests in {} ({} of it comparing the tables)", this.cases.get(),
				Duration.ofNanos(System.nanoTime() - this.started), Duration.ofNanos(this.fingerprinting));
	}

	/**
	 * Every POST endpoint but the deleting ones, which {@link #deletingForms()} sends.
	 */
	Iterable<String> forms() throws IOException {
		return FormCatalogue.postEndpoints().stream().filter((endpoint) -> !FormCatalogue.deletes(endpoint)).toList();
	}

	/**
	 * The forms that partner users send as well as staff (those only partner users send
	 * are among {@link #forms()}): their own organisation's activities and spaces.
	 */
	Iterable<String> partnerForms() throws IOException {
		List<String> forms = new ArrayList<>();
		FormCatalogue.matrix().forEach((endpoint, cells) -> {
			if (endpoint.startsWith("POST ") && !FormCatalogue.deletes(endpoint)
					&& FormCatalogue.allows(cells, Role.PARTNER) && FormCatalogue.allows(cells, Role.ADVISOR)) {
				forms.add(endpoint);
			}
		});
		assertThat(forms).isNotEmpty();
		return forms;
	}

	Iterable<String> deletingForms() throws IOException {
		List<String> deleting = FormCatalogue.postEndpoints().stream().filter(FormCatalogue::deletes).toList();
		assertThat(deleting).isNotEmpty();
		return deleting;
	}

	@Order(1)
	@ParameterizedTest(name = "{0}")
	@MethodSource("forms")
	void aFormWithstandsHostileInput(String endpoint) throws Exception {
		attack(this.catalogue.target(endpoint));
	}

	@Order(2)
	@ParameterizedTest(name = "{0} as partner user")
	@MethodSource("partnerForms")
	void aFormSentByAPartnerUserWithstandsHostileInput(String endpoint) throws Exception {
		attack(this.catalogue.target(endpoint, Role.PARTNER));
	}

	@Order(3)
	@Test
	void storedHostileTextIsEscapedOnEveryPageAndInEveryExport() throws Exception {
		new EscapingSweep(this.mvc, this.catalogue, this.users).checkEveryPage();
	}

	@Order(4)
	@ParameterizedTest(name = "{0}")
	@MethodSource("deletingForms")
	void aDeletingFormWithstandsHostileInput(String endpoint) throws Exception {
		attack(this.catalogue.target(endpoint));
	}

	/**
	 * Rounds first: in round i every field takes the i-th bad value of its kind, which
	 * finds what breaks while binding. Then the values that only do harm when the rest of
	 * the form is valid, one field at a time: 10,000 characters and the stored hostile
	 * text in text fields (value too long for a column, markup stored), a blank and the
	 * id of nothing in fields that choose a record. Then every field twice, and the form
	 * without its CSRF token.
	 */
	private void attack(Target target) throws Exception {
		// Opening the pages to find the form may write (recently viewed records).
		this.lastFingerprint = null;
		SoftAssertions softly = new SoftAssertions();
		Map<Field, List<String>> values = new LinkedHashMap<>();
		for (Field field : target.fields()) {
			values.put(field, HostileValues.forField(field.kind(), this.catalogue.otherRecord()));
		}
		int rounds = values.values().stream().mapToInt(List::size).max().orElse(0);
		for (int round = 0; round < rounds; round++) {
			MultiValueMap<String, String> params = new LinkedMultiValueMap<>(target.baseline());
			List<String> sent = new ArrayList<>();
			for (Map.Entry<Field, List<String>> entry : values.entrySet()) {
				String value = entry.getValue().get(round % entry.getValue().size());
				params.put(entry.getKey().name(), List.of(value));
				sent.add(entry.getKey().name() + "=" + shown(value));
			}
			send(softly, target, params, true, "round " + round + ": " + sent);
		}
		for (Field field : target.fields()) {
			for (String value : HostileValues.alone(field.kind())) {
				MultiValueMap<String, String> params = new LinkedMultiValueMap<>(target.baseline());
				params.put(field.name(), List.of(value));
				send(softly, target, params, true, field.name() + "=" + shown(value));
			}
		}
		MultiValueMap<String, String> doubled = new LinkedMultiValueMap<>(target.baseline());
		for (Field field : target.fields()) {
			doubled.add(field.name(), HostileValues.STORED_TEXT);
		}
		send(softly, target, doubled, true, "every field twice");
		int status = send(softly, target, target.baseline(), false, "without CSRF token");
		softly.assertThat(status).as("%s without CSRF token", target.endpoint()).isEqualTo(403);
		softly.assertAll();
	}

	/**
	 * Sends one request and checks what it did; returns its status.
	 */
	private int send(SoftAssertions softly, Target target, MultiValueMap<String, String> params, boolean withToken,
			String what) throws Exception {
		String description = target.endpoint() + " as " + target.role() + " (" + target.path() + ") with " + what;
		String fingerprint = fingerprint();
		MockHttpServletRequestBuilder request = post(target.path()).params(params)
			.with(user(this.users.get(target.role())));
		if (withToken) {
			request.with(csrf());
		}
		this.cases.incrementAndGet();
		MvcResult result;
		try {
			result = this.mvc.perform(request).andReturn();
		}
		catch (Exception ex) {
			// The container would answer 500.
			this.lastFingerprint = null;
			softly.fail("%s: 500, %s", description, rootCause(ex));
			return 500;
		}
		int status = result.getResponse().getStatus();
		String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		softly.assertThat(status).as(description).isLessThan(500);
		softly.assertThat(body).as("%s: markup written unescaped", description).doesNotContain(HostileValues.MARKUP);
		this.lastFingerprint = null;
		if (status / 100 == 3) {
			// Accepted: the next request needs the record's new version.
			this.catalogue.refresh(target);
		}
		else {
			softly.assertThat(fingerprint()).as("%s: stored although rejected", description).isEqualTo(fingerprint);
			if (!body.isEmpty() && status != 403 && status != 404 && status != 409) {
				// The form with its error summary, a notice, or the error page.
				softly.assertThat(body.contains("role=\"alert\"") || body.contains("error-page"))
					.as("%s: %d without a message", description, status)
					.isTrue();
			}
		}
		return status;
	}

	/**
	 * The tables' fingerprint: the one taken after the last request if it was refused
	 * (and so checked), else a new one; each request costs one look at the tables.
	 */
	private String fingerprint() {
		if (this.lastFingerprint == null) {
			long start = System.nanoTime();
			this.lastFingerprint = this.tables.fingerprint();
			this.fingerprinting += System.nanoTime() - start;
		}
		return this.lastFingerprint;
	}

	private static String shown(String value) {
		return (value.length() > 30) ? value.substring(0, 12) + "…(" + value.length() + " characters)"
				: "'" + value + "'";
	}

	static String rootCause(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		String message = String.valueOf(cause.getMessage());
		String where = java.util.Arrays.stream(cause.getStackTrace())
			.filter((frame) -> frame.getClassName().startsWith("nl.cultuurschakel"))
			.findFirst()
			.map(StackTraceElement::toString)
			.orElse("");
		return cause.getClass().getName() + ": " + ((message.length() > 300) ? message.substring(0, 300) : message)
				+ " at " + where;
	}

	private static String idIn(String path) {
		Matcher matcher = java.util.regex.Pattern.compile("\\d+").matcher(path);
		return matcher.find() ? matcher.group() : path;
	}

}
