package nl.cultuurschakel.binnenbuiten.partner;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import javax.sql.DataSource;

import nl.cultuurschakel.binnenbuiten.shared.SqlCounts;
import nl.cultuurschakel.binnenbuiten.shared.SqlRestrictions;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Network figures for the dashboard and reports, computed in SQL. Periods are inclusive;
 * {@code neighbourhoodIds} restricts to memberships of those neighbourhoods, or counts
 * all when {@code null}.
 */
@Service
@Transactional(readOnly = true)
public class PartnerFigures {

	private static final String OVERLAPS = "m.start_date <= :to and (m.end_date is null or m.end_date >= :from)";

	private final NamedParameterJdbcTemplate jdbc;

	PartnerFigures(DataSource dataSource) {
		this.jdbc = new NamedParameterJdbcTemplate(dataSource);
	}

	/**
	 * {@code knowledge-partners}: knowledge partners with a network membership that
	 * overlaps the period.
	 */
	public long knowledgePartners(LocalDate from, LocalDate to, Collection<Long> neighbourhoodIds) {
		return SqlCounts.number(this.jdbc,
				"select count(distinct p.id) from partner p "
						+ "join partner_membership m on m.partner_id = p.id where p.knowledge_partner and " + OVERLAPS
						+ restriction(neighbourhoodIds),
				SqlRestrictions.period(from, to, neighbourhoodIds));
	}

	/**
	 * Partners with a membership overlapping the period, per domain (each partner once).
	 */
	public Map<PartnerDomain, Long> membersByDomain(LocalDate from, LocalDate to, Collection<Long> neighbourhoodIds) {
		return SqlCounts.perConstant(this.jdbc,
				"select p.domain, count(distinct p.id) from partner p "
						+ "join partner_membership m on m.partner_id = p.id where " + OVERLAPS
						+ restriction(neighbourhoodIds) + " group by p.domain",
				SqlRestrictions.period(from, to, neighbourhoodIds), PartnerDomain.class);
	}

	/**
	 * The same per neighbourhood, in one query: a neighbourhood's partners per domain,
	 * every domain present (zero when none); neighbourhoods without members are left out.
	 */
	public Map<Long, Map<PartnerDomain, Long>> membersByDomainPerNeighbourhood(LocalDate from, LocalDate to,
			Collection<Long> neighbourhoodIds) {
		Map<Long, Map<PartnerDomain, Long>> counts = new HashMap<>();
		this.jdbc.query(
				"select m.neighbourhood_id, p.domain, count(distinct p.id) from partner p "
						+ "join partner_membership m on m.partner_id = p.id where " + OVERLAPS
						+ restriction(neighbourhoodIds) + " group by m.neighbourhood_id, p.domain",
				SqlRestrictions.period(from, to, neighbourhoodIds),
				(RowCallbackHandler) (rs) -> counts.computeIfAbsent(rs.getLong(1), (id) -> zeroPerDomain())
					.put(PartnerDomain.valueOf(rs.getString(2)), rs.getLong(3)));
		return counts;
	}

	/** Every domain with 0. */
	public static Map<PartnerDomain, Long> zeroPerDomain() {
		return SqlCounts.zeroPer(PartnerDomain.class);
	}

	private static String restriction(Collection<Long> neighbourhoodIds) {
		return SqlRestrictions.andInNeighbourhoods("m.neighbourhood_id", neighbourhoodIds);
	}

}
