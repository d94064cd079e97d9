package nl.cultuurschakel.binnenbuiten.search;

import java.util.List;

import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.shared.search.SearchTerms;
import nl.cultuurschakel.binnenbuiten.shared.search.SearchHit;
import nl.cultuurschakel.binnenbuiten.shared.search.SearchHits;
import nl.cultuurschakel.binnenbuiten.shared.search.SearchKind;
import nl.cultuurschakel.binnenbuiten.shared.search.SearchSql;
import nl.cultuurschakel.binnenbuiten.shared.search.SqlCondition;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A {@link SearchSource} over one table of the module that extends it, matched and ranked
 * by {@link SearchSql}. The module says who may use it, which records a user may open,
 * where records also match through related ones how, and how its rows become hits (all
 * rows of a page at once, so names from another module take one call).
 *
 * @param <R> what the source reads from a row
 */
public abstract class SqlSearchSource<R> implements SearchSource {

	private final JdbcClient jdbc;

	private final SearchKind kind;

	private final String detailPattern;

	private final SearchSql sql;

	private final RowMapper<R> rows;

	protected SqlSearchSource(JdbcClient jdbc, SearchKind kind, String detailPattern, SearchSql sql,
			RowMapper<R> rows) {
		this.jdbc = jdbc;
		this.kind = kind;
		this.detailPattern = detailPattern;
		this.sql = sql;
		this.rows = rows;
	}

	@Override
	public final SearchKind kind() {
		return this.kind;
	}

	@Override
	public final String detailPattern() {
		return this.detailPattern;
	}

	@Override
	public SearchHits search(SearchTerms terms, CurrentUser user, int offset, int limit) {
		SqlCondition access = access(user);
		if (access == SqlCondition.NOTHING) {
			return SearchHits.NONE;
		}
		SearchSql.Found<R> found = this.sql.search(this.jdbc, terms, related(terms), access, offset, limit, this.rows);
		return new SearchHits(hits(found.rows()), found.total());
	}

	@Override
	public List<SearchHit> find(List<Long> ids, CurrentUser user) {
		SqlCondition access = access(user);
		return (access == SqlCondition.NOTHING) ? List.of() : hits(this.sql.find(this.jdbc, ids, access, this.rows));
	}

	/**
	 * The ids of the best matching records, for other modules whose records match through
	 * these.
	 */
	public List<Long> matchingIds(SearchTerms terms, int limit) {
		return this.sql.matchingIds(this.jdbc, terms, limit);
	}

	/**
	 * The records the user may open; all of them unless overridden.
	 */
	protected SqlCondition access(CurrentUser user) {
		return SqlCondition.NONE;
	}

	/**
	 * What else makes a record match; nothing unless overridden.
	 */
	protected SqlCondition related(SearchTerms terms) {
		return SqlCondition.NONE;
	}

	/**
	 * The hits for the rows of one page.
	 */
	protected abstract List<SearchHit> hits(List<R> rows);

	/**
	 * A source whose rows are hits as they are.
	 */
	public abstract static class Direct extends SqlSearchSource<SearchHit> {

		protected Direct(JdbcClient jdbc, SearchKind kind, String detailPattern, SearchSql sql,
				RowMapper<SearchHit> rows) {
			super(jdbc, kind, detailPattern, sql, rows);
		}

		@Override
		protected final List<SearchHit> hits(List<SearchHit> rows) {
			return rows;
		}

	}

}
