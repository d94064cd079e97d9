package nl.cultuurschakel.binnenbuiten.shared;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/**
 * The three shapes of the figures that stay in plain SQL: one number, a count per key in
 * the order the query gives, and a count for every constant of an enum. Grouped queries
 * select the key first and the count second.
 */
public final class SqlCounts {

	private SqlCounts() {
	}

	/** The single number the query selects; 0 when it selects null. */
	public static long number(NamedParameterJdbcOperations jdbc, String sql, SqlParameterSource params) {
		Long number = jdbc.queryForObject(sql, params, Long.class);
		return (number != null) ? number : 0;
	}

	/** Count per calendar year (an int key), in the query's order. */
	public static Map<Integer, Long> perYear(NamedParameterJdbcOperations jdbc, String sql, SqlParameterSource params) {
		return perKey(jdbc, sql, params, (rs) -> rs.getInt(1));
	}

	/** Count per id (a bigint key such as a neighbourhood id), in the query's order. */
	public static Map<Long, Long> perId(NamedParameterJdbcOperations jdbc, String sql, SqlParameterSource params) {
		return perKey(jdbc, sql, params, (rs) -> rs.getLong(1));
	}

	/**
	 * Count per enum constant (stored by name); every constant is present, 0 when none.
	 */
	public static <E extends Enum<E>> Map<E, Long> perConstant(NamedParameterJdbcOperations jdbc, String sql,
			SqlParameterSource params, Class<E> type) {
		Map<E, Long> counts = zeroPer(type);
		jdbc.query(sql, params,
				(RowCallbackHandler) (rs) -> counts.put(Enum.valueOf(type, rs.getString(1)), rs.getLong(2)));
		return counts;
	}

	/** Every constant of the enum with 0, in declaration order. */
	public static <E extends Enum<E>> Map<E, Long> zeroPer(Class<E> type) {
		Map<E, Long> counts = new EnumMap<>(type);
		for (E constant : type.getEnumConstants()) {
			counts.put(constant, 0L);
		}
		return counts;
	}

	private static <K> Map<K, Long> perKey(NamedParameterJdbcOperations jdbc, String sql, SqlParameterSource params,
			Key<K> key) {
		Map<K, Long> counts = new LinkedHashMap<>();
		jdbc.query(sql, params, (RowCallbackHandler) (rs) -> counts.put(key.read(rs), rs.getLong(2)));
		return counts;
	}

	private interface Key<K> {

		K read(ResultSet rs) throws SQLException;

	}

}
