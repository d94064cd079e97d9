package nl.cultuurschakel.binnenbuiten.grant;

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
 * The grants in a partner's history, and the dates a partner's grants are due on, each in
 * one query however many there are.
 */
@Component
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class GrantTimeline {

	private static final String DATE = "coalesce(g.decided_on, g.requested_on)";

	private final NamedParameterJdbcTemplate jdbc;

	/**
	 * The grants the partner receives or asked for, dated in the period, newest first.
	 */
	public List<ReceivedGrant> ofPartner(Long partnerId, Period period) {
		MapSqlParameterSource params = new MapSqlParameterSource("partner", partnerId);
		String sql = "select g.id, " + DATE + " as day, g.status, coalesce(g.amount_awarded, g.amount_requested)"
				+ " as amount, g.idea_id from grant_contribution g where g.partner_id = :partner"
				+ SqlRestrictions.andWithin(DATE, period, params) + " order by day desc, g.id desc";
		return this.jdbc.query(sql, params,
				(rs, row) -> new ReceivedGrant(rs.getLong("id"), rs.getObject("day", LocalDate.class),
						GrantStatus.valueOf(rs.getString("status")), rs.getBigDecimal("amount"),
						rs.getLong("idea_id")));
	}

	/**
	 * The partner's awarded or paid grants whose accountability report is still to come,
	 * the soonest due first (overdue ones too), at most {@code limit}.
	 */
	public List<GrantDue> dueOf(Long partnerId, int limit) {
		String sql = "select g.id, g.idea_id, g.status, g.report_due_on from grant_contribution g"
				+ " where g.partner_id = :partner and g.status in ('AWARDED', 'PAID') and g.report_due_on is not null"
				+ " and g.report_received_on is null order by g.report_due_on, g.id limit :limit";
		return this.jdbc.query(sql, new MapSqlParameterSource("partner", partnerId).addValue("limit", limit),
				(rs, row) -> new GrantDue(rs.getLong("id"), rs.getLong("idea_id"),
						GrantStatus.valueOf(rs.getString("status")), rs.getObject("report_due_on", LocalDate.class)));
	}

}
