package nl.cultuurschakel.binnenbuiten.contact;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;

import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.partner.PartnerDomain;
import nl.cultuurschakel.binnenbuiten.shared.Specifications;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.PredicateSpecification;
import org.springframework.data.jpa.repository.query.QueryUtils;
import org.springframework.stereotype.Repository;

/**
 * The filtered contact list: one {@link ContactSpecifications specification} shared by
 * the page, its count, the domain split and the streaming exports, so they always agree
 * on what the filters mean.
 */
@Repository
@RequiredArgsConstructor
class ContactSearch {

	/** Sortable properties; anything else is ignored. */
	static final Set<String> SORTABLE = Set.of("date", "subject", "kind", "counterpartDomain", "followUpDue");

	/** Rows an export fetches per round trip, so it streams through a database cursor. */
	private static final int FETCH_SIZE = 500;

	private final ContactRepository contacts;

	private final EntityManager entityManager;

	Page<ContactRow> find(ContactFilter filter, Pageable pageable) {
		Pageable ordered = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), order(pageable.getSort()));
		return this.contacts.findBy(ContactSpecifications.matching(filter),
				(query) -> query.as(ContactRow.class).page(ordered));
	}

	long count(ContactFilter filter) {
		return this.contacts.count(ContactSpecifications.matching(filter));
	}

	DomainSplit domainSplit(ContactFilter filter) {
		CriteriaBuilder builder = this.entityManager.getCriteriaBuilder();
		CriteriaQuery<Tuple> query = builder.createTupleQuery();
		Root<Contact> contact = query.from(Contact.class);
		query.multiselect(contact.get("counterpartDomain"), builder.count(contact));
		Specifications.restrict(query, contact, builder, ContactSpecifications.matching(filter));
		query.groupBy(contact.get("counterpartDomain"));
		Map<PartnerDomain, Long> counts = new EnumMap<>(PartnerDomain.class);
		for (Tuple row : this.entityManager.createQuery(query).getResultList()) {
			counts.put(row.get(0, PartnerDomain.class), row.get(1, Long.class));
		}
		return DomainSplit.of(counts);
	}

	/**
	 * Open follow-ups of the advisor ({@code null} = anyone's), overdue first (earliest
	 * due date first, undated last).
	 */
	List<FollowUp> openFollowUps(Long advisorId, int limit) {
		return followUps(ContactSpecifications.openFollowUps(advisorId), limit);
	}

	/**
	 * Open follow-ups of one advisor due before {@code today}, most overdue first.
	 */
	List<FollowUp> overdueFollowUps(Long advisorId, LocalDate today, int limit) {
		return followUps(ContactSpecifications.overdueFollowUps(advisorId, today), limit);
	}

	long countOverdueFollowUps(Long advisorId, LocalDate today) {
		return this.contacts.count(ContactSpecifications.overdueFollowUps(advisorId, today));
	}

	private List<FollowUp> followUps(PredicateSpecification<Contact> specification, int limit) {
		CriteriaBuilder builder = this.entityManager.getCriteriaBuilder();
		CriteriaQuery<FollowUp> query = builder.createQuery(FollowUp.class);
		Root<Contact> contact = query.from(Contact.class);
		query.select(builder.construct(FollowUp.class, contact.get("id"), contact.get("date"), contact.get("advisorId"),
				contact.get("counterpartId"), contact.get("subject"), contact.get("followUp"),
				contact.get("followUpDue"), contact.get("version")));
		Specifications.restrict(query, contact, builder, specification);
		query.orderBy(QueryUtils.toOrders(Sort.by(Sort.Order.asc("followUpDue").nullsLast(), Sort.Order.asc("date")),
				contact, builder));
		return this.entityManager.createQuery(query).setMaxResults(limit).getResultList();
	}

	long countOpenFollowUps(Long advisorId) {
		return this.contacts.count(ContactSpecifications.openFollowUps(advisorId));
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
		stream(ContactSpecifications.matching(filter).and(ContactSpecifications.inNeighbourhoods(neighbourhoodIds)),
				Sort.by("date", "id"), consumer);
	}

	/**
	 * Like {@link #stream(ContactFilter, Consumer)}, in the order of the list page (the
	 * same sort, the same tie-break), so an export reads like the screen.
	 */
	void stream(ContactFilter filter, Sort sort, Consumer<ContactRow> consumer) {
		stream(ContactSpecifications.matching(filter), order(sort), consumer);
	}

	private void stream(PredicateSpecification<Contact> specification, Sort sort, Consumer<ContactRow> consumer) {
		CriteriaBuilder builder = this.entityManager.getCriteriaBuilder();
		CriteriaQuery<ContactRow> query = builder.createQuery(ContactRow.class);
		Root<Contact> contact = query.from(Contact.class);
		query.select(builder.construct(ContactRow.class, contact.get("id"), contact.get("date"),
				contact.get("advisorId"), contact.get("counterpartId"), contact.get("counterpartDomain"),
				contact.get("neighbourhoodId"), contact.get("kind"), contact.get("subject"), contact.get("followUp"),
				contact.get("followUpDue"), contact.get("followUpDone")));
		Specifications.restrict(query, contact, builder, specification);
		query.orderBy(QueryUtils.toOrders(sort, contact, builder));
		try (Stream<ContactRow> rows = this.entityManager.createQuery(query)
			.setHint("org.hibernate.fetchSize", FETCH_SIZE)
			.getResultStream()) {
			rows.forEach(consumer);
		}
	}

	/**
	 * The list's order: the sortable properties asked for (text in any case, empty values
	 * last), then the newest contact first.
	 */
	private static Sort order(Sort sort) {
		List<Sort.Order> orders = new ArrayList<>();
		for (Sort.Order order : sort) {
			if (SORTABLE.contains(order.getProperty())) {
				Sort.Order kept = order.nullsLast();
				orders.add("subject".equals(order.getProperty()) ? kept.ignoreCase() : kept);
			}
		}
		orders.add(Sort.Order.desc("id"));
		return Sort.by(orders);
	}

}
