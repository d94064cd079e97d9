package nl.cultuurschakel.binnenbuiten.shared.search;

import java.util.List;
import java.util.Map;

/**
 * A piece of a search's SQL {@code where} clause with its named parameters.
 *
 * @param sql the condition, or {@code null} for none
 * @param params its parameters
 */
public record SqlCondition(String sql, Map<String, ?> params) {

	/** No condition: every record. */
	public static final SqlCondition NONE = new SqlCondition(null, Map.of());

	/** No record at all. */
	public static final SqlCondition NOTHING = new SqlCondition("false", Map.of());

	public static SqlCondition of(String sql, String name, Object value) {
		return new SqlCondition(sql, Map.of(name, value));
	}

	/**
	 * The ids for an SQL {@code in (…)}: an empty list would break the statement, so it
	 * becomes one id that no record has.
	 */
	public static List<Long> ids(List<Long> ids) {
		return ids.isEmpty() ? List.of(-1L) : ids;
	}

	public boolean isNone() {
		return this.sql == null;
	}

	String and() {
		return isNone() ? "" : " and (" + this.sql + ")";
	}

}
