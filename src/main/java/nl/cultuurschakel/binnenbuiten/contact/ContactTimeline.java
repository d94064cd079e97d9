package nl.cultuurschakel.binnenbuiten.contact;

import java.time.LocalDate;
import java.util.List;

import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.shared.Period;
import nl.cultuurschakel.binnenbuiten.shared.SqlRestrictions;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contact moments in a partner's history, in one query however many there are.
 */
@Component
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class ContactTimeline {

	private final NamedParameterJdbcTemplate jdbc;

	/**
	 * The contact moments with the partner as counterpart or participant, dated in the
	 * period, newest first.
	 */
	public List<PartnerContact> ofPartner(Long partnerId, Period period) {
		MapSqlParameterSource params = new MapSqlParameterSource("partner", partnerId);
		String sql = "select c.id, c.contact_date, c.kind, c.subject from contact c where (c.counterpart_id = :partner"
				+ " or exists (select 1 from contact_participant p where p.contact_id = c.id and p.partner_id = :partner))"
				+ SqlRestrictions.andWithin("c.contact_date", period, params)
				+ " order by c.contact_date desc, c.id desc";
		return this.jdbc.query(sql, params,
				(rs, row) -> new PartnerContact(rs.getLong("id"), rs.getObject("contact_date", LocalDate.class),
						ContactKind.valueOf(rs.getString("kind")), rs.getString("subject")));
	}

}
