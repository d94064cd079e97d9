package nl.cultuurschakel.binnenbuiten.demo;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;

import nl.cultuurschakel.binnenbuiten.IntegrationTest;
import nl.cultuurschakel.binnenbuiten.activity.ActivityFigures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo activities as the brochure counts them. Loaded inside the test's transaction
 * and rolled back afterwards.
 */
@IntegrationTest
@Transactional
class DemoActivitiesTests {

	@Autowired
	DemoDataSet dataSet;

	@Autowired
	DemoActivities activities;

	@Autowired
	ActivityFigures figures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManager entityManager;

	@Test
	void demoHas593ActivitiesIn2022To2024AndMoreAroundThem() {
		DemoNetwork network = this.dataSet.loadNetwork();
		int created = this.activities.create(network);
		this.entityManager.flush();
		List<Long> ids = network.neighbourhoodIds();

		assertThat(this.figures.count(LocalDate.of(2022, 1, 1), LocalDate.of(2024, 12, 31), ids)).isEqualTo(593);
		long in2023 = this.figures.count(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31), ids);
		assertThat(in2023).isBetween(100L, 300L).isNotEqualTo(593L);
		assertThat(this.figures.count(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31), ids)).isPositive();
		assertThat(this.figures.count(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31), ids)).isPositive();
		assertThat(created).isGreaterThan(593);

		String in = ids.stream().map(String::valueOf).reduce((a, b) -> a + "," + b).orElseThrow();
		assertThat(this.jdbc.queryForObject("select count(*) from activity where status = 'CANCELLED' "
				+ "and activity_date between date '2022-01-01' and date '2024-12-31' and neighbourhood_id in (" + in
				+ ")", Integer.class))
			.isPositive();
		assertThat(this.jdbc.queryForObject("""
				select count(*) from activity a join neighbourhood n on n.id = a.neighbourhood_id
				where a.title = 'Freestyle voetbalshow' and n.name = 'Moerwijk' and a.series_id is null
				""", Integer.class)).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("""
				select count(distinct a.series_id) from activity a join neighbourhood n on n.id = a.neighbourhood_id
				where a.title = 'Technisch Lego' and n.name = 'Bouwlust' and a.series_id is not null
				""", Integer.class)).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select count(*) from activity where cost_type in ('FREE', 'OOIEVAARSPAS') "
				+ "and neighbourhood_id in (" + in + ")", Integer.class))
			.isGreaterThan(created * 3 / 4);
	}

	@Test
	void demoActivitiesAreTheSameOnEveryRun() {
		DemoNetwork network = this.dataSet.loadNetwork();
		this.activities.create(network);
		this.entityManager.flush();
		String in = network.neighbourhoodIds()
			.stream()
			.map(String::valueOf)
			.reduce((a, b) -> a + "," + b)
			.orElseThrow();
		String fingerprint = this.jdbc.queryForObject(
				"""
						select md5(string_agg(a.title || a.activity_date || a.start_time || a.cost_type || a.status
						    || coalesce(a.children_reached, -1) || n.name, ',' order by a.activity_date, a.start_time, n.name, a.title))
						from activity a join neighbourhood n on n.id = a.neighbourhood_id where n.id in (%s)
						"""
					.formatted(in),
				String.class);
		assertThat(fingerprint).isEqualTo(FINGERPRINT);
	}

	/** Changes only when the generator is changed on purpose. */
	static final String FINGERPRINT = "97514f81de85ca992ccf7f06d002c585";

}
