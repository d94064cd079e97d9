package nl.cultuurschakel.binnenbuiten.shared.search;

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

	public boolean isNone() {
		return this.sql == null;
	}

	String and() {
		return isNone() ? "" : " and (" + this.sql + ")";
	}

}
