package nl.cultuurschakel.binnenbuiten.idea;

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
 * The ideas in a partner's history, in one query however many there are.
 */
@Component
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class IdeaTimeline {

	private final NamedParameterJdbcTemplate jdbc;

	/**
	 * The ideas the partner takes up, collected in the period, newest first.
	 */
	public List<TakenUpIdea> ofPartner(Long partnerId, Period period) {
		MapSqlParameterSource params = new MapSqlParameterSource("partner", partnerId);
		String sql = "select i.id, i.collected_on, i.title, i.status from idea i"
				+ " join idea_partner p on p.idea_id = i.id where p.partner_id = :partner"
				+ SqlRestrictions.andWithin("i.collected_on", period, params)
				+ " order by i.collected_on desc, i.id desc";
		return this.jdbc.query(sql, params,
				(rs, row) -> new TakenUpIdea(rs.getLong("id"), rs.getObject("collected_on", LocalDate.class),
						rs.getString("title"), IdeaStatus.valueOf(rs.getString("status"))));
	}

}
