package nl.cultuurschakel.binnenbuiten.contact;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javax.sql.DataSource;

import nl.cultuurschakel.binnenbuiten.partner.PartnerDomain;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The filtered contact list in SQL: one WHERE clause shared by the page, its count, the
 * domain split and the streaming exports, so they always agree on what the filters mean.
 */
@Repository
class ContactSearch {

	/** Sortable properties and their columns; anything else is ignored. */
	static final Map<String, String> SORT_COLUMNS = Map.of("date", "c.contact_date", "subject", "lower(c.subject)",
			"kind", "c.kind", "counterpartDomain", "c.counterpart_domain", "followUpDue", "c.follow_up_due");

	private static final String COLUMNS = "c.id, c.contact_date, c.advisor_id, c.counterpart_id, c.counterpart_domain, "
			+ "c.neighbourhood_id, c.kind, c.subject, c.follow_up, c.follow_up_due, c.follow_up_done";

	private final NamedParameterJdbcTemplate jdbc;

	/** Fetches rows in batches, so an export streams through a database cursor. */
	private final NamedParameterJdbcTemplate streaming;

	ContactSearch(DataSource dataSource) {
		this.jdbc = new NamedParameterJdbcTemplate(dataSource);
		JdbcTemplate batched = new JdbcTemplate(dataSource);
		batched.setFetchSize(500);
		this.streaming = new NamedParameterJdbcTemplate(batched);
	}

	Page<ContactRow> find(ContactFilter filter, Pageable pageable) {
		Where where = where(filter);
		long total = count(where);
		MapSqlParameterSource params = where.params()
			.addValue("limit", pageable.getPageSize())
			.addValue("offset", pageable.getOffset());
		List<ContactRow> rows = this.jdbc.query("select " + COLUMNS + " from contact c" + where.sql()
				+ orderBy(pageable.getSort()) + " limit :limit offset :offset", params, (rs, i) -> row(rs));
		return new PageImpl<>(rows, pageable, total);
	}

	long count(ContactFilter filter) {
		return count(where(filter));
	}

	DomainSplit domainSplit(ContactFilter filter) {
		Where where = where(filter);
		Map<PartnerDomain, Long> counts = new EnumMap<>(PartnerDomain.class);
		this.jdbc.query(
				"select c.counterpart_domain, count(*) from contact c" + where.sql() + " group by c.counterpart_domain",
				where.params(),
				(RowCallbackHandler) (rs) -> counts.put(PartnerDomain.valueOf(rs.getString(1)), rs.getLong(2)));
		return new DomainSplit(counts.values().stream().mapToLong(Long::longValue).sum(), counts);
	}

	/**
	 * Hands every matching row to the consumer as it comes from the database, oldest
	 * first, without holding them all in memory. Call inside a (read-only) transaction:
	 * PostgreSQL only uses a cursor when auto-commit is off.
	 */
	void stream(ContactFilter filter, Consumer<ContactRow> consumer) {
		streamIn(filter, null, consumer);
	}

	/**
	 * Like {@link #stream(ContactFilter, Consumer)}, restricted to the given
	 * neighbourhoods ({@code null} = no restriction).
	 */
	void streamIn(ContactFilter filter, Collection<Long> neighbourhoodIds, Consumer<ContactRow> consumer) {
		Where where = where(filter, neighbourhoodIds);
		this.streaming.query("select " + COLUMNS + " from contact c" + where.sql() + " order by c.contact_date, c.id",
				where.params(), (RowCallbackHandler) (rs) -> consumer.accept(row(rs)));
	}

	/**
	 * Like {@link #stream(ContactFilter, Consumer)}, in the order of the list page (the
	 * same sort, the same tie-break), so an export reads like the screen.
	 */
	void stream(ContactFilter filter, Sort sort, Consumer<ContactRow> consumer) {
		Where where = where(filter);
		this.streaming.query("select " + COLUMNS + " from contact c" + where.sql() + orderBy(sort), where.params(),
				(RowCallbackHandler) (rs) -> consumer.accept(row(rs)));
	}

	private long count(Where where) {
		Long count = this.jdbc.queryForObject("select count(*) from contact c" + where.sql(), where.params(),
				Long.class);
		return (count != null) ? count : 0;
	}

	private static Where where(ContactFilter filter) {
		return where(filter, null);
	}

	private static Where where(ContactFilter filter, Collection<Long> neighbourhoodIds) {
		List<String> conditions = new ArrayList<>();
		MapSqlParameterSource params = new MapSqlParameterSource();
		if (neighbourhoodIds != null) {
			conditions.add("c.neighbourhood_id in (:neighbourhoods)");
			// An empty selection matches nothing rather than producing invalid SQL.
			params.addValue("neighbourhoods", neighbourhoodIds.isEmpty() ? List.of(-1L) : neighbourhoodIds);
		}
		if (filter.from() != null) {
			conditions.add("c.contact_date >= :from");
			params.addValue("from", filter.from());
		}
		if (filter.to() != null) {
			conditions.add("c.contact_date <= :to");
			params.addValue("to", filter.to());
		}
		if (filter.advisorId() != null) {
			conditions.add("c.advisor_id = :advisor");
			params.addValue("advisor", filter.advisorId());
		}
		if (filter.partnerId() != null) {
			conditions.add("(c.counterpart_id = :partner or exists (select 1 from contact_participant p "
					+ "where p.contact_id = c.id and p.partner_id = :partner))");
			params.addValue("partner", filter.partnerId());
		}
		if (filter.domain() != null) {
			conditions.add("c.counterpart_domain = :domain");
			params.addValue("domain", filter.domain().name());
		}
		if (filter.neighbourhoodId() != null) {
			conditions.add("c.neighbourhood_id = :neighbourhood");
			params.addValue("neighbourhood", filter.neighbourhoodId());
		}
		if (filter.kind() != null) {
			conditions.add("c.kind = :kind");
			params.addValue("kind", filter.kind().name());
		}
		if (filter.subject() != null && !filter.subject().isBlank()) {
			conditions.add("lower(c.subject) like :subject escape '\\'");
			params.addValue("subject", "%" + escapeLike(filter.subject().toLowerCase()) + "%");
		}
		return new Where(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), params);
	}

	private static String orderBy(Sort sort) {
		List<String> orders = new ArrayList<>();
		for (Sort.Order order : sort) {
			String column = SORT_COLUMNS.get(order.getProperty());
			if (column != null) {
				orders.add(column + (order.isAscending() ? " asc" : " desc") + " nulls last");
			}
		}
		orders.add("c.id desc");
		return " order by " + String.join(", ", orders);
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private static ContactRow row(ResultSet rs) throws SQLException {
		return new ContactRow(rs.getLong("id"), rs.getObject("contact_date", LocalDate.class), rs.getLong("advisor_id"),
				rs.getLong("counterpart_id"), PartnerDomain.valueOf(rs.getString("counterpart_domain")),
				rs.getObject("neighbourhood_id", Long.class), ContactKind.valueOf(rs.getString("kind")),
				rs.getString("subject"), rs.getString("follow_up"), rs.getObject("follow_up_due", LocalDate.class),
				rs.getBoolean("follow_up_done"));
	}

	private record Where(String sql, MapSqlParameterSource params) {

	}

}
