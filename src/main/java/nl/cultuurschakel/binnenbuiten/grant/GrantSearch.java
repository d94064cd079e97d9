package nl.cultuurschakel.binnenbuiten.grant;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.idea.IdeaOption;
import nl.cultuurschakel.binnenbuiten.idea.IdeaSearch;
import nl.cultuurschakel.binnenbuiten.idea.IdeaService;
import nl.cultuurschakel.binnenbuiten.partner.PartnerSearch;
import nl.cultuurschakel.binnenbuiten.partner.PartnerService;
import nl.cultuurschakel.binnenbuiten.search.SearchSource;
import nl.cultuurschakel.binnenbuiten.shared.search.SearchHit;
import nl.cultuurschakel.binnenbuiten.shared.search.SearchHits;
import nl.cultuurschakel.binnenbuiten.shared.search.SearchKind;
import nl.cultuurschakel.binnenbuiten.shared.search.SearchTerms;
import nl.cultuurschakel.binnenbuiten.shared.search.SqlCondition;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Grants through the title of their idea or the name of their recipient: a grant has no
 * name of its own. Staff find all of them; a partner user only the own organisation's, as
 * on the grant pages. Newest request first.
 */
@Component
@RequiredArgsConstructor
class GrantSearch implements SearchSource {

	/** Ideas and recipients whose name matches, at most, through which grants match. */
	private static final int RELATED = 50;

	private static final String COLUMNS = "id, idea_id, partner_id, status, requested_on";

	private static final RowMapper<Row> ROWS = (row, number) -> new Row(row.getLong("id"), row.getLong("idea_id"),
			row.getLong("partner_id"), row.getString("status"), row.getObject("requested_on", LocalDate.class));

	private final JdbcClient jdbc;

	private final IdeaSearch ideaSearch;

	private final PartnerSearch partnerSearch;

	private final IdeaService ideas;

	private final PartnerService partners;

	@Override
	public SearchKind kind() {
		return SearchKind.GRANT;
	}

	@Override
	public boolean mayUse(CurrentUser user) {
		return user.isStaff() || user.getPartnerId() != null;
	}

	@Override
	public SearchHits search(SearchTerms terms, CurrentUser user, int offset, int limit) {
		SqlCondition matching = SqlCondition
			.matchingOneOf("idea_id", "ideas", this.ideaSearch.matchingIds(terms, RELATED))
			.or(SqlCondition.matchingOneOf("partner_id", "partners", this.partnerSearch.matchingIds(terms, RELATED)));
		if (matching.isNone()) {
			return SearchHits.NONE;
		}
		long[] total = { 0 };
		List<Row> rows = this.jdbc
			.sql("select " + COLUMNS + ", count(*) over () as total from grant_contribution where (" + matching.sql()
					+ ")" + ownOnly(user) + " order by requested_on desc, id desc limit :limit offset :offset")
			.params(matching.params())
			.param("own", ownPartner(user))
			.param("limit", limit)
			.param("offset", offset)
			.query((row, number) -> {
				total[0] = row.getLong("total");
				return ROWS.mapRow(row, number);
			})
			.list();
		return new SearchHits(hits(rows), total[0]);
	}

	@Override
	public List<SearchHit> find(List<Long> ids, CurrentUser user) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return hits(this.jdbc.sql("select " + COLUMNS + " from grant_contribution where id in (:ids)" + ownOnly(user))
			.param("ids", ids)
			.param("own", ownPartner(user))
			.query(ROWS)
			.list());
	}

	@Override
	public String detailPattern() {
		return "/grants/{id}";
	}

	private static String ownOnly(CurrentUser user) {
		return user.isStaff() ? "" : " and partner_id = :own";
	}

	private static Long ownPartner(CurrentUser user) {
		return (user.getPartnerId() != null) ? user.getPartnerId() : -1L;
	}

	private List<SearchHit> hits(List<Row> rows) {
		Map<Long, IdeaOption> ideaOptions = this.ideas.byIds(rows.stream().map(Row::ideaId).distinct().toList());
		Map<Long, String> names = this.partners.names(rows.stream().map(Row::partnerId).distinct().toList());
		return rows.stream()
			.map((row) -> new SearchHit(SearchKind.GRANT, row.id(),
					ideaOptions.containsKey(row.ideaId()) ? ideaOptions.get(row.ideaId()).title() : "",
					"/grants/" + row.id(), row.requestedOn(), names.get(row.partnerId()),
					"grant.status." + row.status()))
			.toList();
	}

	record Row(Long id, Long ideaId, Long partnerId, String status, LocalDate requestedOn) {
	}

}
