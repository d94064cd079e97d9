package nl.cultuurschakel.binnenbuiten.shared.search;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;

/**
 * The one way every {@link SearchSource} matches and ranks its records, so results of all
 * kinds agree on what a match is. A record matches when
 * <ul>
 * <li>its words contain every typed word, or words starting with it, after Dutch stemming
 * and without accents (full-text search, configuration {@code search_dutch});</li>
 * <li>or its name contains the typed text, without accents or case;</li>
 * <li>or its name contains a word that looks like the typed text (trigram word similarity
 * of at least {@link #SIMILARITY}): a typo such as "Biblioteek" still finds
 * "Bibliotheek".</li>
 * </ul>
 * A name that starts with the text ranks first, then by similarity and full-text rank.
 * <p>
 * The {@code words} and {@code name} expressions must be exactly the ones indexed in the
 * migration that created the search indexes ({@code V16__search_indexes.sql}), so that
 * PostgreSQL can use the GIN indexes. The extensions' operators and functions are named
 * with their schema ({@code public}, where that migration installs them), so the search
 * also works when the application's tables live in a schema of their own.
 *
 * @param id the SQL expression of a record's id
 * @param words the SQL expression of the text searched word by word
 * @param name the SQL expression of the name matched by similarity
 * @param columns the columns the source maps to a {@link SearchHit}
 * @param from the table (and joins within the source's own module)
 * @param date the SQL expression of the record's date, so that among records that match
 * equally well the newest comes first; {@code null} for records without one (then by
 * name)
 */
public record SearchSql(String id, String words, String name, String columns, String from, String date) {

	/**
	 * For records without a date.
	 */
	public SearchSql(String id, String words, String name, String columns, String from) {
		this(id, words, name, columns, from, null);
	}

	/** The word similarity from which a name counts as a match. */
	public static final double SIMILARITY = 0.5;

	/**
	 * The condition, with the named parameters that {@link #bind} sets.
	 */
	public String matches(SearchTerms terms) {
		int words = terms.words().size();
		String names = (words == 0) ? contains(":search_like")
				: IntStream.range(0, words)
					.mapToObj((i) -> "(" + contains(":search_w" + i) + " or search_fold(:search_w" + i
							+ ") operator(public.<%) search_fold(" + this.name + "))")
					.collect(Collectors.joining(" and "));
		return "(to_tsvector('search_dutch', " + this.words + ") @@ to_tsquery('search_dutch', :search_words) or ("
				+ names + "))";
	}

	private String contains(String parameter) {
		return "search_fold(" + this.name + ") like '%' || search_fold(" + parameter + ") || '%'";
	}

	/**
	 * The rank of a matching record: higher is better.
	 */
	public String rank() {
		return "(case when search_fold(" + this.name + ") like search_fold(:search_like) || '%' then 2 else 0 end"
				+ " + public.word_similarity(search_fold(:search_text), search_fold(" + this.name + "))"
				+ " + ts_rank(to_tsvector('search_dutch', " + this.words + "),"
				+ " to_tsquery('search_dutch', :search_words)))";
	}

	/**
	 * One page of the matching records, best first, with how many match in all: one
	 * statement.
	 * @param related what else makes a record match (a related record that matches, such
	 * as the counterpart of a contact moment)
	 * @param access the records the user may open
	 */
	public <R> Found<R> search(JdbcClient jdbc, SearchTerms terms, SqlCondition related, SqlCondition access,
			int offset, int limit, RowMapper<R> rows) {
		String matching = related.isNone() ? matches(terms) : "(" + matches(terms) + " or " + related.sql() + ")";
		String sql = "select " + this.columns + ", count(*) over () as search_total from " + this.from + " where "
				+ matching + access.and() + " order by " + rank() + " desc, "
				+ ((this.date != null) ? this.date + " desc, " : "") + this.name
				+ " limit :search_limit offset :search_offset";
		long[] total = { 0 };
		List<R> found = bind(jdbc.sql(sql), terms).params(related.params())
			.params(access.params())
			.param("search_limit", limit)
			.param("search_offset", offset)
			.query((row, number) -> {
				total[0] = row.getLong("search_total");
				return rows.mapRow(row, number);
			})
			.list();
		return new Found<>(found, total[0]);
	}

	/**
	 * The records with these ids that the user may open, in no particular order.
	 */
	public <R> List<R> find(JdbcClient jdbc, Collection<Long> ids, SqlCondition access, RowMapper<R> rows) {
		if (ids.isEmpty()) {
			return List.of();
		}
		String sql = "select " + this.columns + " from " + this.from + " where " + this.id + " in (:search_ids)"
				+ access.and();
		return jdbc.sql(sql).params(access.params()).param("search_ids", ids).query(rows).list();
	}

	/**
	 * The ids of the best matching records, for a source whose records match through
	 * another module's (a contact moment through its counterpart's name).
	 */
	public List<Long> matchingIds(JdbcClient jdbc, SearchTerms terms, int limit) {
		String sql = "select " + this.id + " from " + this.from + " where " + matches(terms) + " order by " + rank()
				+ " desc limit :search_limit";
		return bind(jdbc.sql(sql), terms).param("search_limit", limit).query(Long.class).list();
	}

	/**
	 * Sets the parameters of {@link #matches} and {@link #rank}.
	 */
	public static StatementSpec bind(StatementSpec statement, SearchTerms terms) {
		List<String> words = terms.words();
		for (int i = 0; i < words.size(); i++) {
			statement = statement.param("search_w" + i, words.get(i));
		}
		return statement.param("search_words", terms.prefixQuery())
			.param("search_text", terms.text())
			.param("search_like", terms.likeText());
	}

	/**
	 * One page of rows that match, and how many match in all.
	 */
	public record Found<R>(List<R> rows, long total) {
	}

}
