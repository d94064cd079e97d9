package nl.cultuurschakel.binnenbuiten.activity;

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
 * The activities in a partner's history, in one query however many there are.
 */
@Component
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class ActivityTimeline {

	private final NamedParameterJdbcTemplate jdbc;

	/**
	 * The activities the partner organises (alone or with others), dated in the period,
	 * newest first.
	 */
	public List<OrganisedActivity> ofPartner(Long partnerId, Period period) {
		MapSqlParameterSource params = new MapSqlParameterSource("partner", partnerId);
		String sql = "select a.id, a.activity_date, a.title, a.status, a.neighbourhood_id from activity a"
				+ " join activity_partner p on p.activity_id = a.id where p.partner_id = :partner"
				+ SqlRestrictions.andWithin("a.activity_date", period, params)
				+ " order by a.activity_date desc, a.id desc";
		return this.jdbc.query(sql, params,
				(rs, row) -> new OrganisedActivity(rs.getLong("id"), rs.getObject("activity_date", LocalDate.class),
						rs.getString("title"), ActivityStatus.valueOf(rs.getString("status")),
						rs.getLong("neighbourhood_id")));
	}

}
