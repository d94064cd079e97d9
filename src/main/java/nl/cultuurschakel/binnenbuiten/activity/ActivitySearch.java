package nl.cultuurschakel.binnenbuiten.activity;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.neighbourhood.NeighbourhoodService;
import nl.cultuurschakel.binnenbuiten.shared.search.SearchHit;
import nl.cultuurschakel.binnenbuiten.shared.search.SearchKind;
import nl.cultuurschakel.binnenbuiten.shared.search.SearchSql;
import nl.cultuurschakel.binnenbuiten.shared.search.SqlCondition;
import nl.cultuurschakel.binnenbuiten.search.SqlSearchSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Activities by title or description: for staff all of them, for a partner user those in
 * the neighbourhoods the own organisation is a member of ({@link ActivityAccess}, as on
 * the activity pages).
 */
@Component
class ActivitySearch extends SqlSearchSource<ActivitySearch.Row> {

	private final ActivityAccess access;

	private final NeighbourhoodService neighbourhoods;

	ActivitySearch(JdbcClient jdbc, ActivityAccess access, NeighbourhoodService neighbourhoods) {
		super(jdbc, SearchKind.ACTIVITY, "/activities/{id}",
				new SearchSql("id", "title || ' ' || coalesce(description, '')", "title",
						"id, title, activity_date, neighbourhood_id, status", "activity", "activity_date"),
				(row, number) -> new Row(row.getLong("id"), row.getString("title"),
						row.getObject("activity_date", LocalDate.class), row.getLong("neighbourhood_id"),
						row.getString("status")));
		this.access = access;
		this.neighbourhoods = neighbourhoods;
	}

	@Override
	public boolean mayUse(CurrentUser user) {
		return user.isStaff() || user.getPartnerId() != null;
	}

	@Override
	protected SqlCondition access(CurrentUser user) {
		Set<Long> visible = this.access.visibleNeighbourhoods(user);
		if (visible == null) {
			return SqlCondition.NONE;
		}
		return visible.isEmpty() ? SqlCondition.NOTHING
				: SqlCondition.of("neighbourhood_id in (:visible)", "visible", visible);
	}

	@Override
	protected List<SearchHit> hits(List<Row> rows) {
		Map<Long, String> names = this.neighbourhoods
			.names(rows.stream().map(Row::neighbourhoodId).distinct().toList());
		return rows.stream()
			.map((row) -> new SearchHit(SearchKind.ACTIVITY, row.id(), row.title(), "/activities/" + row.id(),
					row.date(), names.get(row.neighbourhoodId()), "activity.status." + row.status()))
			.toList();
	}

	record Row(Long id, String title, LocalDate date, Long neighbourhoodId, String status) {
	}

}
