package nl.cultuurschakel.binnenbuiten.workshop;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.neighbourhood.NeighbourhoodSearch;
import nl.cultuurschakel.binnenbuiten.neighbourhood.NeighbourhoodService;
import nl.cultuurschakel.binnenbuiten.partner.PartnerSearch;
import nl.cultuurschakel.binnenbuiten.shared.search.SearchHit;
import nl.cultuurschakel.binnenbuiten.shared.search.SearchKind;
import nl.cultuurschakel.binnenbuiten.shared.search.SearchSql;
import nl.cultuurschakel.binnenbuiten.shared.search.SearchTerms;
import nl.cultuurschakel.binnenbuiten.shared.search.SqlCondition;
import nl.cultuurschakel.binnenbuiten.search.SqlSearchSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Workshops by their group or method notes, or by the name of their neighbourhood, venue
 * or facilitator; for staff (workshop pages are staff pages).
 */
@Component
class WorkshopSearch extends SqlSearchSource<WorkshopSearch.Row> {

	/** Related records whose name matches, at most, through which workshops match. */
	private static final int RELATED = 50;

	private final NeighbourhoodSearch neighbourhoodSearch;

	private final PartnerSearch partnerSearch;

	private final NeighbourhoodService neighbourhoods;

	WorkshopSearch(JdbcClient jdbc, NeighbourhoodSearch neighbourhoodSearch, PartnerSearch partnerSearch,
			NeighbourhoodService neighbourhoods) {
		super(jdbc, SearchKind.WORKSHOP, "/workshops/{id}",
				new SearchSql("id", "coalesce(group_description, '') || ' ' || coalesce(method_notes, '')",
						"coalesce(group_description, '')", "id, held_on, neighbourhood_id, group_description",
						"workshop", "held_on"),
				(row, number) -> new Row(row.getLong("id"), row.getObject("held_on", LocalDate.class),
						row.getLong("neighbourhood_id"), row.getString("group_description")));
		this.neighbourhoodSearch = neighbourhoodSearch;
		this.partnerSearch = partnerSearch;
		this.neighbourhoods = neighbourhoods;
	}

	@Override
	public boolean mayUse(CurrentUser user) {
		return user.isStaff();
	}

	@Override
	protected SqlCondition related(SearchTerms terms) {
		List<Long> places = this.neighbourhoodSearch.matchingIds(terms, RELATED);
		List<Long> partners = this.partnerSearch.matchingIds(terms, RELATED);
		return SqlCondition.matchingOneOf("neighbourhood_id", "places", places)
			.or(SqlCondition.matchingOneOf("venue_partner_id", "partners", partners))
			.or(SqlCondition.matchingOneOf("facilitator_partner_id", "partners", partners));
	}

	@Override
	protected List<SearchHit> hits(List<Row> rows) {
		Map<Long, String> names = this.neighbourhoods
			.names(rows.stream().map(Row::neighbourhoodId).distinct().toList());
		return rows.stream()
			.map((row) -> new SearchHit(SearchKind.WORKSHOP, row.id(), names.get(row.neighbourhoodId()),
					"/workshops/" + row.id(), row.heldOn(), row.group(), null))
			.toList();
	}

	record Row(Long id, LocalDate heldOn, Long neighbourhoodId, String group) {
	}

}
