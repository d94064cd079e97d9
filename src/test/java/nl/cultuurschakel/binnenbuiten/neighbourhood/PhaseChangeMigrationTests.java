package nl.cultuurschakel.binnenbuiten.neighbourhood;

import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import nl.cultuurschakel.binnenbuiten.IntegrationTest;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V13 gives the phase history the shape of the other status histories: no row may be
 * lost, and each row learns the phase before it.
 */
@IntegrationTest
class PhaseChangeMigrationTests {

	private static final String SCHEMA = "phase_change_migration_check";

	@Autowired
	DataSource dataSource;

	@AfterEach
	void dropSchema() {
		new JdbcTemplate(this.dataSource).execute("drop schema if exists " + SCHEMA + " cascade");
	}

	@Test
	void keepsEveryPhaseChangeAndRecordsThePhaseBefore() {
		migrate("11");
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		jdbc.update("insert into " + SCHEMA + ".neighbourhood (id, name, district, phase) values"
				+ " (1, 'Eerste', 'LAAK', 'PARTICIPATION'), (2, 'Tweede', 'ESCAMP', 'EXPLORING')");
		jdbc.update("insert into " + SCHEMA + ".neighbourhood_phase_change (id, neighbourhood_id, phase, changed_on)"
				+ " values (10, 1, 'EXPLORING', '2020-09-01'), (12, 1, 'PARTICIPATION', '2023-01-01'),"
				+ " (11, 1, 'BUILDING_NETWORK', '2021-05-01'), (13, 2, 'EXPLORING', '2021-05-01')");

		migrate("13");

		List<Map<String, Object>> rows = jdbc.queryForList(
				"select id, from_status, to_status from " + SCHEMA + ".neighbourhood_phase_change order by id");
		assertThat(rows).extracting((row) -> row.get("from_status") + ">" + row.get("to_status"))
			.containsExactly("null>EXPLORING", "EXPLORING>BUILDING_NETWORK", "BUILDING_NETWORK>PARTICIPATION",
					"null>EXPLORING");
	}

	private void migrate(String target) {
		Flyway.configure()
			.dataSource(this.dataSource)
			.schemas(SCHEMA)
			.createSchemas(true)
			.target(target)
			.load()
			.migrate();
	}

}
