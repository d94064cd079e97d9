package nl.cultuurschakel.binnenbuiten.config;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import nl.cultuurschakel.binnenbuiten.AppInstance;
import nl.cultuurschakel.binnenbuiten.HttpVisitor;
import nl.cultuurschakel.binnenbuiten.SeparateDatabase;
import nl.cultuurschakel.binnenbuiten.account.AccountService;
import nl.cultuurschakel.binnenbuiten.account.NewUser;
import nl.cultuurschakel.binnenbuiten.account.Role;
import nl.cultuurschakel.binnenbuiten.partner.OfferTag;
import nl.cultuurschakel.binnenbuiten.partner.PartnerData;
import nl.cultuurschakel.binnenbuiten.partner.PartnerDomain;
import nl.cultuurschakel.binnenbuiten.partner.PartnerProfile;
import nl.cultuurschakel.binnenbuiten.partner.PartnerService;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the application behind a load balancer without sticky sessions, on one
 * database: the session lives in PostgreSQL (Spring Session JDBC), so a log-in on one
 * instance counts on the other, and stopping one instance loses nothing. Real HTTP, real
 * cookies.
 */
class TwoInstancesTests {

	private static final String PASSWORD = "two-instances-password";

	private AppInstance one;

	private AppInstance other;

	private final HttpVisitor visitor = new HttpVisitor();

	@BeforeEach
	void startTwoInstances() {
		SeparateDatabase database = SeparateDatabase.get();
		this.other = database.sharedInstance();
		this.one = AppInstance.start(database);
	}

	@AfterEach
	void stopTheFirst() {
		if (this.one.isRunning()) {
			this.one.close();
		}
	}

	@Test
	void aLogInOnOneInstanceCarriesOnTheOtherAndStoppingOneLosesNothing() throws Exception {
		String username = "twee-" + UUID.randomUUID().toString().substring(0, 8);
		this.other.bean(AccountService.class)
			.createUser(new NewUser(username, "Twee Instanties", Role.ADVISOR, null, PASSWORD));
		Long partner = this.other.bean(PartnerService.class)
			.register(new PartnerData("Partner " + username, PartnerDomain.SOCIAL, false,
					new PartnerProfile("Contact", null, null, null, null, null, Set.of(OfferTag.MUSIC))));

		// Asked on the first instance for a page behind the log-in, logged in there...
		HttpResponse<String> asked = this.visitor.get(this.one, "/contacts/new");
		assertThat(asked.statusCode()).isEqualTo(302);
		HttpResponse<String> loginForm = this.visitor.get(this.one, "/login");
		HttpResponse<String> loggedIn = this.visitor.post(this.one, "/login", HttpVisitor.csrfToken(loginForm),
				Map.of("username", username, "password", PASSWORD));
		assertThat(loggedIn.headers().firstValue("Location")).as("back to the page asked for")
			.hasValueSatisfying((location) -> assertThat(location).startsWith("/contacts/new"));
		assertThat(loggedIn.headers().allValues("Set-Cookie")).anySatisfy(
				(cookie) -> assertThat(cookie).startsWith("SESSION=").contains("HttpOnly").contains("SameSite=Lax"));

		// ... the form comes from the other instance, which also knows the CSRF token ...
		HttpResponse<String> form = this.visitor.get(this.other, "/contacts/new");
		assertThat(form.statusCode()).isEqualTo(200);
		String submissionKey = Jsoup.parse(form.body()).selectFirst("input[name=submissionKey]").attr("value");
		HttpResponse<String> saved = this.visitor.post(this.other, "/contacts", HttpVisitor.csrfToken(form),
				Map.of("submissionKey", submissionKey, "date", "2024-03-05", "counterpartId", partner.toString(),
						"kind", "PHONE", "subject", "Over twee instanties"));
		assertThat(saved.statusCode()).isEqualTo(302);
		String contact = saved.headers().firstValue("Location").orElseThrow();

		// ... and the first instance shows the message the other one left in the session.
		HttpResponse<String> shown = this.visitor.get(this.one, contact);
		assertThat(shown.statusCode()).isEqualTo(200);
		assertThat(shown.body()).contains("Over twee instanties").contains("Het contactmoment is vastgelegd.");

		// The first instance stops; the visitor goes on on the other, still logged in.
		this.one.close();
		HttpResponse<String> afterStop = this.visitor.get(this.other, contact);
		assertThat(afterStop.statusCode()).isEqualTo(200);
		assertThat(afterStop.body()).contains("Over twee instanties")
			.doesNotContain("Het contactmoment is vastgelegd.");
		assertThat(this.other.bean(JdbcTemplate.class)
			.queryForObject("select count(*) from contact where counterpart_id = ?", Integer.class, partner)).isOne();

		// Logging out on the remaining instance ends the session for every instance.
		HttpResponse<String> logout = this.visitor.post(this.other, "/logout", HttpVisitor.csrfToken(afterStop),
				Map.of());
		assertThat(logout.statusCode()).isEqualTo(302);
		assertThat(this.visitor.get(this.other, contact).statusCode()).isEqualTo(302);
	}

}
