package nl.cultuurschakel.binnenbuiten.grant;

import java.util.List;

import nl.cultuurschakel.binnenbuiten.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No column anywhere can hold a child's personal data; the tables about children hold
 * only counts and age bands.
 */
@IntegrationTest
class ChildPrivacySchemaTests {

	/** Column names that would store a person: nowhere in the schema. */
	private static final String FORBIDDEN_ANYWHERE = "(birth|geboorte|photo|foto|portrait|child.*name|kind.*naam"
			+ "|first_?name|last_?name|surname|voornaam|achternaam|bsn|social_security|gender|geslacht|nationality)";

	/** In the tables about children: not even a name, address or contact column. */
	private static final String FORBIDDEN_FOR_CHILDREN = "(name|naam|address|adres|street|postcode|zip|email|phone"
			+ "|telefoon|birth|age$|photo|image|picture)";

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void noColumnInTheSchemaIsAboutAPerson() {
		List<String> columns = this.jdbc.queryForList("""
				select table_name || '.' || column_name from information_schema.columns
				where table_schema = current_schema() and column_name ~* ?
				""", String.class, FORBIDDEN_ANYWHERE);
		assertThat(columns).isEmpty();
	}

	@Test
	void workshopAndIdeaTablesHoldOnlyCountsAndAgeBands() {
		List<String> tables = this.jdbc.queryForList("""
				select distinct table_name from information_schema.columns
				where table_schema = current_schema() and table_name in ('workshop', 'idea', 'idea_partner')
				""", String.class);
		assertThat(tables).containsExactlyInAnyOrder("workshop", "idea", "idea_partner");
		List<String> columns = this.jdbc.queryForList("""
				select table_name || '.' || column_name from information_schema.columns
				where table_schema = current_schema() and table_name in ('workshop', 'idea', 'idea_partner')
				  and column_name ~* ?
				""", String.class, FORBIDDEN_FOR_CHILDREN);
		assertThat(columns).isEmpty();
		assertThat(this.jdbc.queryForList("""
				select column_name from information_schema.columns
				where table_schema = current_schema() and table_name = 'workshop' order by column_name
				""", String.class)).contains("children_spoken", "age_from", "age_to");
	}

	@Test
	void theCheckWouldCatchAPersonColumn() {
		this.jdbc.execute("create table privacy_probe (child_name text, date_of_birth date)");
		try {
			List<String> columns = this.jdbc.queryForList("""
					select column_name from information_schema.columns
					where table_schema = current_schema() and table_name = 'privacy_probe' and column_name ~* ?
					""", String.class, FORBIDDEN_ANYWHERE);
			assertThat(columns).containsExactlyInAnyOrder("child_name", "date_of_birth");
		}
		finally {
			this.jdbc.execute("drop table privacy_probe");
		}
	}

}
