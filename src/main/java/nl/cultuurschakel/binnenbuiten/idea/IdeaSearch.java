package nl.cultuurschakel.binnenbuiten.idea;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.neighbourhood.NeighbourhoodService;
import nl.cultuurschakel.binnenbuiten.shared.search.SearchHit;
import nl.cultuurschakel.binnenbuiten.shared.search.SearchKind;
import nl.cultuurschakel.binnenbuiten.shared.search.SearchSql;
import nl.cultuurschakel.binnenbuiten.search.SqlSearchSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Children's ideas by title or description, for staff (idea pages are staff pages).
 * Grants also match through their idea's title ({@link #matchingIds}).
 */
@Component
public class IdeaSearch extends SqlSearchSource<IdeaSearch.Row> {

	private final NeighbourhoodService neighbourhoods;

	IdeaSearch(JdbcClient jdbc, NeighbourhoodService neighbourhoods) {
		super(jdbc, SearchKind.IDEA, "/ideas/{id}",
				new SearchSql("id", "title || ' ' || coalesce(description, '')", "title",
						"id, title, collected_on, neighbourhood_id, status", "idea", "collected_on"),
				(row, number) -> new Row(row.getLong("id"), row.getString("title"),
						row.getObject("collected_on", LocalDate.class), row.getLong("neighbourhood_id"),
						row.getString("status")));
		this.neighbourhoods = neighbourhoods;
	}

	@Override
	public boolean mayUse(CurrentUser user) {
		return user.isStaff();
	}

	@Override
	protected List<SearchHit> hits(List<Row> rows) {
		Map<Long, String> names = this.neighbourhoods
			.names(rows.stream().map(Row::neighbourhoodId).distinct().toList());
		return rows.stream()
			.map((row) -> new SearchHit(SearchKind.IDEA, row.id(), row.title(), "/ideas/" + row.id(), row.date(),
					names.get(row.neighbourhoodId()), "idea.status." + row.status()))
			.toList();
	}

	record Row(Long id, String title, LocalDate date, Long neighbourhoodId, String status) {
	}

}
