package nl.cultuurschakel.binnenbuiten;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import nl.cultuurschakel.binnenbuiten.account.AccountFixtures;
import nl.cultuurschakel.binnenbuiten.demo.DemoDataSetAccess;
import nl.cultuurschakel.binnenbuiten.grant.YouthFixtures;
import nl.cultuurschakel.binnenbuiten.idea.IdeaActivityFixtures;
import nl.cultuurschakel.binnenbuiten.activity.ActivityFixtures;
import nl.cultuurschakel.binnenbuiten.partner.NetworkFixtures;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * A full application on a random port, with MockMvc, against the real PostgreSQL that
 * {@link TestDatabase} chooses. Every test class with this annotation shares one cached
 * application context, so the suite starts the application once.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "binnenbuiten.embedded-database.enabled=false",
				"binnenbuiten.admin.password=" + IntegrationTest.ADMIN_PASSWORD,
				"server.servlet.session.cookie.secure=false",
				// Tests log in (and fail to) from 127.0.0.1 all the time: no throttle
				// per address here; LoginThrottleTests checks it with the real limits.
				"binnenbuiten.security.login-throttle.max-failures=" + Integer.MAX_VALUE,
				// The nightly retention job must not erase notes while a test run
				// passes 03:30; ContactNoteRetentionTests calls it directly.
				"binnenbuiten.privacy.contact-note-retention-cron=-",
				// Map tiles from a path of the application that does not exist: tests
				// never reach the internet, and the maps must work without tiles.
				"binnenbuiten.map.tile-url=" + IntegrationTest.OFFLINE_TILES })
@AutoConfigureMockMvc
@Import({ TestDatabase.class, QueryCounting.class, MockMvcFlashAttributes.class, AccountFixtures.class,
		NetworkFixtures.class, ActivityFixtures.class, IdeaActivityFixtures.class, YouthFixtures.class,
		DemoDataSetAccess.class })
public @interface IntegrationTest {

	/** Password of the initial administrator {@code admin} in tests. */
	String ADMIN_PASSWORD = "test-admin-password";

	/** The map tile URL in tests: a path that answers 404 at once. */
	String OFFLINE_TILES = "/assets/offline-tiles/{z}/{x}/{y}.png";

}
