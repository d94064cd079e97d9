package nl.cultuurschakel.binnenbuiten;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import nl.cultuurschakel.binnenbuiten.dashboard.DashboardService;
import nl.cultuurschakel.binnenbuiten.dashboard.Figure;
import nl.cultuurschakel.binnenbuiten.dashboard.Selection;
import nl.cultuurschakel.binnenbuiten.shared.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's backup commands, for real: {@code bin/backup} of a database with the demo
 * data, {@code bin/restore} into an empty database, and every table holds the same rows
 * (count and content), every sequence the same value, and the application started on the
 * restored database shows the same dashboard figures. Runs on a PostgreSQL server of the
 * major version of the {@code pg_dump} on this machine ({@link ClientTools}).
 */
@ExtendWith(ClientTools.class)
class BackupRestoreTests {

	static final Period BROCHURE_YEARS = Period.closed(LocalDate.of(2022, 1, 1), LocalDate.of(2024, 12, 31));

	@TempDir
	Path folder;

	@Test
	void aRestoredBackupHoldsEveryRecordAndShowsTheSameFigures() throws Exception {
		try (EmbeddedPostgres server = ClientTools.startServer()) {
			createDatabase(server, "live");
			createDatabase(server, "restored");
			Map<String, String> figuresBefore;
			try (ConfigurableApplicationContext app = application(server, "live", "demo")) {
				figuresBefore = figures(app);
			}
			assertThat(figuresBefore).containsEntry("contact-moments", "555").containsEntry("grants", "27");
			Map<String, String> before = contents(server, "live");
			assertThat(before).containsKeys("table account_user", "table contact", "table grant_contribution",
					"table flyway_schema_history");

			Path backup = this.folder.resolve("binnenbuiten.dump");
			assertThat(run(server, "live", "bin/backup", backup.toString()).exitCode()).isZero();
			Result restore = run(server, "restored", "bin/restore", backup.toString());
			assertThat(restore.exitCode()).as(restore.output()).isZero();

			assertThat(contents(server, "restored")).isEqualTo(before);
			try (ConfigurableApplicationContext app = application(server, "restored")) {
				assertThat(figures(app)).isEqualTo(figuresBefore);
			}
		}
	}

	@Test
	void restoreRefusesADatabaseThatIsNotEmpty() throws Exception {
		try (EmbeddedPostgres server = ClientTools.startServer()) {
			createDatabase(server, "used");
			sql(server, "used", "create table something (id bigint)");
			Path backup = this.folder.resolve("empty.dump");
			assertThat(run(server, "used", "bin/backup", backup.toString()).exitCode()).isZero();

			Result restore = run(server, "used", "bin/restore", backup.toString());

			assertThat(restore.exitCode()).isEqualTo(1);
			assertThat(restore.output()).contains("is not empty");
		}
	}

	private static ConfigurableApplicationContext application(EmbeddedPostgres server, String database,
			String... profiles) {
		return new SpringApplicationBuilder(BinnenBuitenApplication.class).profiles(profiles)
			.properties("server.port=0", "binnenbuiten.embedded-database.enabled=false",
					"spring.datasource.url=" + url(server, database), "spring.datasource.username=postgres",
					"spring.datasource.password=")
			.run();
	}

	private static Map<String, String> figures(ConfigurableApplicationContext app) {
		return app.getBean(DashboardService.class)
			.figures(BROCHURE_YEARS, Selection.all())
			.figures()
			.stream()
			.collect(Collectors.toMap((figure) -> figure.key().key(), Figure::dataValue, (a, b) -> a, TreeMap::new));
	}

	/**
	 * Per table its row count and a digest of all its rows; per sequence its value.
	 */
	private static Map<String, String> contents(EmbeddedPostgres server, String database) throws SQLException {
		Map<String, String> contents = new TreeMap<>();
		try (Connection connection = server.getDatabase("postgres", database).getConnection();
				Statement statement = connection.createStatement()) {
			for (String table : names(statement,
					"select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'")) {
				try (ResultSet rows = statement.executeQuery("select count(*) || ' rows, ' || "
						+ "md5(coalesce(string_agg(t::text, '|' order by t::text), '')) from \"" + table + "\" t")) {
					rows.next();
					contents.put("table " + table, rows.getString(1));
				}
			}
			for (String sequence : names(statement,
					"select sequence_name from information_schema.sequences where sequence_schema = 'public'")) {
				try (ResultSet value = statement
					.executeQuery("select last_value || ' ' || is_called from \"" + sequence + "\"")) {
					value.next();
					contents.put("sequence " + sequence, value.getString(1));
				}
			}
		}
		return contents;
	}

	private static List<String> names(Statement statement, String query) throws SQLException {
		List<String> names = new ArrayList<>();
		try (ResultSet rows = statement.executeQuery(query)) {
			while (rows.next()) {
				names.add(rows.getString(1));
			}
		}
		return names;
	}

	private static void createDatabase(EmbeddedPostgres server, String name) throws SQLException {
		sql(server, "postgres", "create database " + name);
	}

	private static void sql(EmbeddedPostgres server, String database, String sql) throws SQLException {
		try (Connection connection = server.getDatabase("postgres", database).getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private static String url(EmbeddedPostgres server, String database) {
		return "jdbc:postgresql://localhost:" + server.getPort() + "/" + database;
	}

	/**
	 * Runs one of the scripts as an operator would, with the application's database
	 * variables.
	 */
	private static Result run(EmbeddedPostgres server, String database, String... command)
			throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().keySet().removeIf((name) -> name.startsWith("PG") || name.startsWith("SPRING_"));
		builder.environment().put("SPRING_DATASOURCE_URL", url(server, database));
		builder.environment().put("SPRING_DATASOURCE_USERNAME", "postgres");
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
		return new Result(process.exitValue(), output);
	}

	record Result(int exitCode, String output) {

	}

}
