package nl.cultuurschakel.binnenbuiten.contact;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import nl.cultuurschakel.binnenbuiten.partner.PartnerDomain;
import nl.cultuurschakel.binnenbuiten.shared.SqlCounts;
import nl.cultuurschakel.binnenbuiten.shared.SqlRestrictions;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contact-moment figures for the dashboard and reports, computed in SQL. Periods are
 * inclusive; {@code neighbourhoodIds} restricts to contacts in those neighbourhoods, or
 * counts all contacts when {@code null}.
 */
@Service
@Transactional(readOnly = true)
public class ContactFigures {

	private final NamedParameterJdbcTemplate jdbc;

	ContactFigures(DataSource dataSource) {
		this.jdbc = new NamedParameterJdbcTemplate(dataSource);
	}

	/**
	 * {@code contact-moments}: contact moments dated in the period.
	 */
	public long count(LocalDate from, LocalDate to, Collection<Long> neighbourhoodIds) {
		return SqlCounts.number(this.jdbc, "select count(*) from contact c" + where(neighbourhoodIds),
				SqlRestrictions.period(from, to, neighbourhoodIds));
	}

	/**
	 * {@code contact-share-*}: the contact moments of the period split by the domain
	 * their counterpart had when the contact was logged.
	 */
	public DomainSplit domainSplit(LocalDate from, LocalDate to, Collection<Long> neighbourhoodIds) {
		Map<PartnerDomain, Long> counts = SqlCounts.perConstant(this.jdbc,
				"select c.counterpart_domain, count(*) from contact c" + where(neighbourhoodIds)
						+ " group by c.counterpart_domain",
				SqlRestrictions.period(from, to, neighbourhoodIds), PartnerDomain.class);
		return DomainSplit.of(counts);
	}

	/**
	 * Contact moments per calendar year of the period, in year order.
	 */
	public Map<Integer, Long> perYear(LocalDate from, LocalDate to, Collection<Long> neighbourhoodIds) {
		return SqlCounts.perYear(this.jdbc,
				"select extract(year from c.contact_date)::int as year, count(*)" + " from contact c"
						+ where(neighbourhoodIds) + " group by 1 order by 1",
				SqlRestrictions.period(from, to, neighbourhoodIds));
	}

	/**
	 * Contact moments per neighbourhood in the period, most first (contacts without a
	 * neighbourhood are left out).
	 */
	public Map<Long, Long> perNeighbourhood(LocalDate from, LocalDate to, Collection<Long> neighbourhoodIds) {
		return SqlCounts.perId(this.jdbc,
				"select c.neighbourhood_id, count(*) from contact c" + where(neighbourhoodIds)
						+ " and c.neighbourhood_id is not null group by 1 order by 2 desc",
				SqlRestrictions.period(from, to, neighbourhoodIds));
	}

	/**
	 * The neighbourhoods with at least one contact moment in the period.
	 */
	public List<Long> neighbourhoodIds(LocalDate from, LocalDate to) {
		return this.jdbc.queryForList("select distinct c.neighbourhood_id from contact c" + where(null)
				+ " and c.neighbourhood_id is not null", SqlRestrictions.period(from, to, null), Long.class);
	}

	/**
	 * Who was at each contact moment in one neighbourhood dated in the period: contact id
	 * to the counterpart and the other partners present, in one query. Only ids: never
	 * the subject or the notes.
	 */
	public Map<Long, Set<Long>> partnersPerContact(Long neighbourhoodId, LocalDate from, LocalDate to) {
		return partnersPerContact(List.of(neighbourhoodId), from, to).getOrDefault(neighbourhoodId, Map.of());
	}

	/**
	 * The same per neighbourhood (those without contact moments left out), in one query
	 * for all of them.
	 */
	public Map<Long, Map<Long, Set<Long>>> partnersPerContact(Collection<Long> neighbourhoodIds, LocalDate from,
			LocalDate to) {
		Map<Long, Map<Long, Set<Long>>> present = new LinkedHashMap<>();
		if (neighbourhoodIds.isEmpty()) {
			return present;
		}
		this.jdbc.query(
				"select c.neighbourhood_id, c.id, c.counterpart_id from contact c" + where(neighbourhoodIds)
						+ " union select c.neighbourhood_id, c.id, cp.partner_id from contact c"
						+ " join contact_participant cp on cp.contact_id = c.id" + where(
								neighbourhoodIds)
						+ " order by 1, 2, 3",
				SqlRestrictions.period(from, to, neighbourhoodIds),
				(RowCallbackHandler) (rs) -> present.computeIfAbsent(rs.getLong(1), (id) -> new LinkedHashMap<>())
					.computeIfAbsent(rs.getLong(2), (id) -> new LinkedHashSet<>())
					.add(rs.getLong(3)));
		return present;
	}

	private static String where(Collection<Long> neighbourhoodIds) {
		return " where c.contact_date between :from and :to"
				+ SqlRestrictions.andInNeighbourhoods("c.neighbourhood_id", neighbourhoodIds);
	}

}
