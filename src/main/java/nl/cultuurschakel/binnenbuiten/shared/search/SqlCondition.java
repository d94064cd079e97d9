package nl.cultuurschakel.binnenbuiten.shared.search;

import java.util.HashMap;
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
	 * A record matches when the column holds one of the ids: for what else makes a record
	 * match ({@link nl.cultuurschakel.binnenbuiten.search.SqlSearchSource#related}).
	 * Without ids there is nothing to match and so no condition ({@link #NONE}), as SQL
	 * cannot say {@code in ()} (compare {@code SqlRestrictions.andIn}).
	 */
	public static SqlCondition matchingOneOf(String column, String parameter, List<Long> ids) {
		return ids.isEmpty() ? NONE : of(column + " in (:" + parameter + ")", parameter, ids);
	}

	/**
	 * Either condition; {@link #NONE} stands for no condition on either side.
	 */
	public SqlCondition or(SqlCondition other) {
		if (other.isNone()) {
			return this;
		}
		if (isNone()) {
			return other;
		}
		Map<String, Object> both = new HashMap<>(this.params);
		both.putAll(other.params);
		return new SqlCondition(this.sql + " or " + other.sql, both);
	}

	public boolean isNone() {
		return this.sql == null;
	}

	String and() {
		return isNone() ? "" : " and (" + this.sql + ")";
	}

}
