package nl.cultuurschakel.binnenbuiten.account;

import java.util.List;

import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.shared.search.SearchHit;
import nl.cultuurschakel.binnenbuiten.shared.search.SearchHits;
import nl.cultuurschakel.binnenbuiten.shared.search.SearchKind;
import nl.cultuurschakel.binnenbuiten.shared.search.SearchSql;
import nl.cultuurschakel.binnenbuiten.shared.search.SearchTerms;
import nl.cultuurschakel.binnenbuiten.shared.search.SqlCondition;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * User accounts by name or user name, matched as everything else the search finds. Who
 * may search them (admins) is the search module's rule, which sits above this one.
 */
@Component
@RequiredArgsConstructor
public class UserSearch {

	private static final SearchSql SQL = new SearchSql("id", "display_name || ' ' || username", "display_name",
			"id, display_name, username, role", "account_user");

	private static final RowMapper<SearchHit> ROWS = (row, number) -> new SearchHit(SearchKind.USER, row.getLong("id"),
			row.getString("display_name"), "/admin/users/" + row.getLong("id") + "/edit", null,
			row.getString("username"), "role." + row.getString("role"));

	private final JdbcClient jdbc;

	public SearchHits search(SearchTerms terms, int offset, int limit) {
		SearchSql.Found<SearchHit> found = SQL.search(this.jdbc, terms, SqlCondition.NONE, SqlCondition.NONE, offset,
				limit, ROWS);
		return new SearchHits(found.rows(), found.total());
	}

	public List<SearchHit> find(List<Long> ids) {
		return SQL.find(this.jdbc, ids, SqlCondition.NONE, ROWS);
	}

}
