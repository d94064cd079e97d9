package nl.cultuurschakel.binnenbuiten.partner;

import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.shared.search.SearchHit;
import nl.cultuurschakel.binnenbuiten.shared.search.SearchKind;
import nl.cultuurschakel.binnenbuiten.shared.search.SearchSql;
import nl.cultuurschakel.binnenbuiten.search.SqlSearchSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Partners by name, offer or address, for staff (partner pages are staff pages). Contact
 * moments, workshops and grants also match through their partner's name
 * ({@link #matchingIds}).
 */
@Component
public class PartnerSearch extends SqlSearchSource.Direct {

	PartnerSearch(JdbcClient jdbc) {
		super(jdbc, SearchKind.PARTNER, "/partners/{id}",
				new SearchSql("id", "name || ' ' || coalesce(offer, '') || ' ' || coalesce(address, '')", "name",
						"id, name, domain, address", "partner"),
				(row, number) -> new SearchHit(SearchKind.PARTNER, row.getLong("id"), row.getString("name"),
						"/partners/" + row.getLong("id"), null, row.getString("address"),
						"partner.domain." + row.getString("domain")));
	}

	@Override
	public boolean mayUse(CurrentUser user) {
		return user.isStaff();
	}

}
