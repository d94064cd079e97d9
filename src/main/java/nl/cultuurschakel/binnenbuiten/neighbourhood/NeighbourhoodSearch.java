package nl.cultuurschakel.binnenbuiten.neighbourhood;

import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.shared.search.SearchHit;
import nl.cultuurschakel.binnenbuiten.shared.search.SearchKind;
import nl.cultuurschakel.binnenbuiten.shared.search.SearchSql;
import nl.cultuurschakel.binnenbuiten.search.SqlSearchSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Neighbourhoods by name or profile, for staff (neighbourhood pages are staff pages).
 * Workshops also match through their neighbourhood's name ({@link #matchingIds}).
 */
@Component
public class NeighbourhoodSearch extends SqlSearchSource.Direct {

	NeighbourhoodSearch(JdbcClient jdbc) {
		super(jdbc, SearchKind.NEIGHBOURHOOD, "/neighbourhoods/{id}",
				new SearchSql("id", "name || ' ' || coalesce(profile, '')", "name", "id, name, district",
						"neighbourhood"),
				(row, number) -> new SearchHit(SearchKind.NEIGHBOURHOOD, row.getLong("id"), row.getString("name"),
						"/neighbourhoods/" + row.getLong("id"), null, null, "district." + row.getString("district")));
	}

	@Override
	public boolean mayUse(CurrentUser user) {
		return user.isStaff();
	}

}
