package nl.cultuurschakel.binnenbuiten.config;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import nl.cultuurschakel.binnenbuiten.AppInstance;
import nl.cultuurschakel.binnenbuiten.HttpVisitor;
import nl.cultuurschakel.binnenbuiten.SeparateDatabase;
import nl.cultuurschakel.binnenbuiten.account.AccountService;
import nl.cultuurschakel.binnenbuiten.account.NewUser;
import nl.cultuurschakel.binnenbuiten.account.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * PostgreSQL goes away under a running instance and comes back: meanwhile every page
 * answers the friendly 503 page within a few seconds (no thread hangs), the health
 * endpoint says DOWN, and afterwards the instance serves again by itself, without a
 * restart, with the sessions of before.
 */
class DatabaseOutageTests {

	private static final String PASSWORD = "outage-password-1";

	/**
	 * Hikari waits 3 s for a connection, twice for a page that also saves its session;
	 * anything much longer is a hung request.
	 */
	private static final Duration QUICKLY = Duration.ofSeconds(10);

	private SeparateDatabase database;

	private AppInstance instance;

	private final HttpVisitor visitor = new HttpVisitor();

	private final HttpVisitor stranger = new HttpVisitor();

	@BeforeEach
	void start() {
		this.database = SeparateDatabase.get();
		this.instance = this.database.sharedInstance();
	}

	@AfterEach
	void databaseBack() throws Exception {
		if (!this.database.isRunning()) {
			this.database.start();
		}
	}

	@Test
	void pagesAnswer503AndHealthIsDownWhileTheDatabaseIsGoneAndRecoverByThemselves() throws Exception {
		String username = "storing-" + UUID.randomUUID().toString().substring(0, 8);
		this.instance.bean(AccountService.class)
			.createUser(new NewUser(username, "Storing", Role.ADVISOR, null, PASSWORD));
		this.visitor.logIn(this.instance, username, PASSWORD);
		assertThat(this.visitor.get(this.instance, "/contacts").statusCode()).isEqualTo(200);
		HttpResponse<String> beforeOutage = this.visitor.get(this.instance, "/account/password");
		HttpResponse<String> loginForm = this.stranger.get(this.instance, "/login");
		assertThat(health()).isEqualTo(200);

		this.database.stop();

		// A logged-in user (the session is in the database), ...
		assertUnavailable(() -> this.visitor.get(this.instance, "/contacts"), "Tijdelijk niet beschikbaar");
		// ... saving a form (nothing is stored, and the page says so), ...
		assertUnavailable(() -> this.visitor.post(this.instance, "/account/password",
				HttpVisitor.csrfToken(beforeOutage), Map.of("currentPassword", PASSWORD, "newPassword",
						"a-new-long-password", "confirmation", "a-new-long-password")),
				"Wilde u iets opslaan, dan is dat niet bewaard.");
		// ... someone logging in with the form opened before, ...
		assertUnavailable(() -> this.stranger.post(this.instance, "/login", HttpVisitor.csrfToken(loginForm),
				Map.of("username", username, "password", PASSWORD)), "Tijdelijk niet beschikbaar");
		// ... and someone new who opens the log-in page, in English.
		assertUnavailable(() -> new HttpVisitor().get(this.instance, "/login?lang=en"), "Temporarily unavailable");
		assertThat(health()).isEqualTo(503);

		this.database.start();

		await("the instance serves again").atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(500))
			.untilAsserted(() -> assertThat(health()).isEqualTo(200));
		HttpResponse<String> after = this.visitor.get(this.instance, "/contacts");
		assertThat(after.statusCode()).as("still logged in after the outage").isEqualTo(200);
		// The password change sent during the outage was not stored.
		this.stranger.logIn(this.instance, username, PASSWORD);
	}

	private int health() throws Exception {
		HttpResponse<String> health = new HttpVisitor().getJson(this.instance, "/actuator/health");
		assertThat(health.body()).contains((health.statusCode() == 200) ? "\"UP\"" : "\"DOWN\"");
		return health.statusCode();
	}

	private void assertUnavailable(Request request, String text) throws Exception {
		long start = System.nanoTime();
		HttpResponse<String> response = request.send();
		Duration took = Duration.ofNanos(System.nanoTime() - start);
		assertThat(took).as("answered in " + took).isLessThan(QUICKLY);
		assertThat(response.statusCode()).isEqualTo(503);
		assertThat(response.body()).contains(text).doesNotContain("Exception");
		assertThat(response.headers().firstValue("Retry-After")).isPresent();
	}

	@FunctionalInterface
	private interface Request {

		HttpResponse<String> send() throws Exception;

	}

}
