package nl.cultuurschakel.binnenbuiten.config;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every table of the application's data, found in the database's catalogue (so a new
 * table counts too): a fingerprint of all their rows, to prove that a rejected request
 * stored nothing, and the removal of every row added since a snapshot.
 * <p>
 * Left out: Flyway's history, the event publications and sessions that any request may
 * write, and audit records (which record attempts, not business data).
 */
final class BusinessTables {

	static final Pattern NOT_BUSINESS = Pattern
		.compile("flyway_.*|event_publication.*|spring_session.*|revinfo|.*_aud|audit.*|.*security_event.*");

	private final JdbcTemplate jdbc;

	private final List<String> tables;

	private final Set<String> withId;

	private final String fingerprintQuery;

	BusinessTables(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.tables = jdbc
			.queryForList("select table_name from information_schema.tables where table_schema = current_schema()"
					+ " and table_type = 'BASE TABLE' order by table_name", String.class)
			.stream()
			.filter((table) -> !NOT_BUSINESS.matcher(table).matches())
			.toList();
		this.withId = new HashSet<>(jdbc.queryForList("select table_name from information_schema.columns"
				+ " where table_schema = current_schema() and column_name = 'id'", String.class));
		List<String> parts = new ArrayList<>();
		for (String table : this.tables) {
			parts.add("select '" + table + "' || ':' || count(*) || ':' || coalesce(sum(hashtext(t::text)::bigint), 0)"
					+ " as line from " + table + " t");
		}
		this.fingerprintQuery = String.join(" union all ", parts);
	}

	List<String> tables() {
		return this.tables;
	}

	/** Row count and a hash of every row, per table. */
	String fingerprint() {
		return String.join("\n", this.jdbc.queryForList(this.fingerprintQuery, String.class));
	}

	/**
	 * Every row's key, per table: its id, or the whole row as text where a table has no
	 * id (a join table).
	 */
	Map<String, Set<String>> snapshot() {
		Map<String, Set<String>> rows = new HashMap<>();
		for (String table : this.tables) {
			rows.put(table, new HashSet<>(keys(table)));
		}
		return rows;
	}

	private String key(String table) {
		return this.withId.contains(table) ? "t.id::text" : "t::text";
	}

	private List<String> keys(String table) {
		return this.jdbc.queryForList("select " + key(table) + " from " + table + " t", String.class);
	}

	/**
	 * Removes every row that is not in the snapshot, in whatever order the foreign keys
	 * allow (a row still referred to is tried again in the next round).
	 */
	void deleteAddedSince(Map<String, Set<String>> snapshot) {
		boolean progress = true;
		while (progress) {
			progress = false;
			for (String table : this.tables) {
				Set<String> before = snapshot.getOrDefault(table, Set.of());
				for (String row : keys(table)) {
					if (!before.contains(row)) {
						try {
							progress |= this.jdbc.update("delete from " + table + " t where " + key(table) + " = ?",
									row) > 0;
						}
						catch (DataIntegrityViolationException ex) {
							// Still referred to: next round.
						}
					}
				}
			}
		}
	}

}
