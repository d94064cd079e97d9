package nl.cultuurschakel.binnenbuiten.contact;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.partner.PartnerSearch;
import nl.cultuurschakel.binnenbuiten.partner.PartnerService;
import nl.cultuurschakel.binnenbuiten.shared.search.SearchHit;
import nl.cultuurschakel.binnenbuiten.shared.search.SearchKind;
import nl.cultuurschakel.binnenbuiten.shared.search.SearchSql;
import nl.cultuurschakel.binnenbuiten.shared.search.SearchTerms;
import nl.cultuurschakel.binnenbuiten.shared.search.SqlCondition;
import nl.cultuurschakel.binnenbuiten.search.SqlSearchSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Contact moments by subject or by their counterpart's name, for staff only: partner
 * users never see contact moments.
 */
@Component
class ContactMomentSearch extends SqlSearchSource<ContactMomentSearch.Row> {

	/** Counterparts whose name matches, at most, through which contact moments match. */
	private static final int COUNTERPARTS = 50;

	private final PartnerSearch partnerSearch;

	private final PartnerService partners;

	ContactMomentSearch(JdbcClient jdbc, PartnerSearch partnerSearch, PartnerService partners) {
		super(jdbc, SearchKind.CONTACT, "/contacts/{id}",
				new SearchSql("id", "subject", "subject", "id, subject, contact_date, counterpart_id, kind", "contact",
						"contact_date"),
				(row, number) -> new Row(row.getLong("id"), row.getString("subject"),
						row.getObject("contact_date", LocalDate.class), row.getLong("counterpart_id"),
						row.getString("kind")));
		this.partnerSearch = partnerSearch;
		this.partners = partners;
	}

	@Override
	public boolean mayUse(CurrentUser user) {
		return user.isStaff();
	}

	@Override
	protected SqlCondition related(SearchTerms terms) {
		return SqlCondition.matchingOneOf("counterpart_id", "counterparts",
				this.partnerSearch.matchingIds(terms, COUNTERPARTS));
	}

	@Override
	protected List<SearchHit> hits(List<Row> rows) {
		Map<Long, String> names = this.partners.names(rows.stream().map(Row::counterpartId).distinct().toList());
		return rows.stream()
			.map((row) -> new SearchHit(SearchKind.CONTACT, row.id(), row.subject(), "/contacts/" + row.id(),
					row.date(), names.get(row.counterpartId()), "contact.kind." + row.kind()))
			.toList();
	}

	record Row(Long id, String subject, LocalDate date, Long counterpartId, String kind) {
	}

}
