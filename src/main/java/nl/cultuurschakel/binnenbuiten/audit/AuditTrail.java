package nl.cultuurschakel.binnenbuiten.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.audit.AuditEntry.FieldChange;
import nl.cultuurschakel.binnenbuiten.audit.RecordStates.State;
import nl.cultuurschakel.binnenbuiten.shared.DenHaag;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail's API: the changes of every audited record, newest first and filtered,
 * the whole history of one record, and erasing personal data from a record's stored
 * revisions. There is nothing to edit or delete a revision with.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class AuditTrail {

	private final EntityManager entityManager;

	private final AuditTypes types;

	private final RecordStates states;

	private final AuditErasure erasure;

	/** The kinds of audited record, as the addresses and the filter name them. */
	public List<String> types() {
		return this.types.keys();
	}

	public boolean isType(String type) {
		return this.types.isKnown(type);
	}

	/** Everyone who made a change, sorted. */
	public List<String> usernames() {
		return this.entityManager
			.createQuery("select distinct r.username from AuditRevision r order by r.username", String.class)
			.getResultList();
	}

	/**
	 * The changes matching the filter, newest first, a page at a time (the fields of the
	 * page's changes in one query per kind of record on it).
	 */
	public Page<AuditEntry> changes(AuditFilter filter, Pageable pageable) {
		Map<String, Object> parameters = new HashMap<>();
		String where = where(filter, parameters);
		TypedQuery<Object[]> query = this.entityManager
			.createQuery("select r.id, r.changedAt, r.username, c.entityType, c.entityId, c.kind"
					+ " from AuditRevision r join r.changes c" + where
					+ " order by r.id desc, c.entityType, c.entityId", Object[].class);
		TypedQuery<Long> count = this.entityManager
			.createQuery("select count(c) from AuditRevision r join r.changes c" + where, Long.class);
		parameters.forEach((name, value) -> {
			query.setParameter(name, value);
			count.setParameter(name, value);
		});
		List<Object[]> rows = query.setFirstResult((int) pageable.getOffset())
			.setMaxResults(pageable.getPageSize())
			.getResultList();
		return new PageImpl<>(entries(rows), pageable, count.getSingleResult());
	}

	/**
	 * Every change of one record, newest first.
	 * @return empty when the kind is unknown or the trail has nothing of that record
	 */
	public Optional<List<AuditEntry>> history(String type, long id) {
		Optional<Class<?>> entityClass = this.types.find(type);
		if (entityClass.isEmpty()) {
			return Optional.empty();
		}
		List<State> states = this.states.of(entityClass.get(), List.of(id), Long.MAX_VALUE);
		if (states.isEmpty()) {
			return Optional.empty();
		}
		Map<Long, AuditRevision> revisions = revisions(states.stream().map(State::revision).toList());
		List<AuditEntry> entries = new ArrayList<>();
		State before = null;
		for (State state : states) {
			entries.add(entry(revisions.get(state.revision()), type, state, before));
			before = state;
		}
		Collections.reverse(entries);
		return Optional.of(entries);
	}

	/**
	 * Erases the given properties (personal data, on request) from every stored revision
	 * of one record: afterwards the trail shows them as empty.
	 * @param entityName the kind of record as {@link #types()} names it
	 * ({@code partner}), or its entity name ({@code Partner})
	 * @param properties the entity's property names ({@code contactName})
	 * @return how many stored revisions were changed
	 * @throws IllegalArgumentException for a kind that is not audited or a property it
	 * does not have
	 */
	@Transactional
	public int forget(String entityName, long id, Collection<String> properties) {
		String type = this.types.isKnown(entityName) ? entityName : AuditTypes.keyOf(entityName);
		Class<?> entityClass = this.types.find(type)
			.orElseThrow(() -> new IllegalArgumentException("Not audited: " + entityName));
		return this.erasure.erase(entityClass, id, properties);
	}

	private List<AuditEntry> entries(List<Object[]> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		long newest = ((Number) rows.get(0)[0]).longValue();
		Map<String, Set<Long>> idsPerType = new HashMap<>();
		for (Object[] row : rows) {
			idsPerType.computeIfAbsent((String) row[3], (type) -> new LinkedHashSet<>()).add((Long) row[4]);
		}
		Map<String, List<State>> statesPerRecord = new HashMap<>();
		idsPerType.forEach((type, ids) -> this.types.find(type)
			.ifPresent((entityClass) -> this.states.of(entityClass, ids, newest)
				.forEach((state) -> statesPerRecord
					.computeIfAbsent(type + "/" + state.recordId(), (key) -> new ArrayList<>())
					.add(state))));
		Map<Long, AuditRevision> revisions = revisions(rows.stream().map((row) -> (Long) row[0]).toList());
		List<AuditEntry> entries = new ArrayList<>();
		for (Object[] row : rows) {
			String type = (String) row[3];
			long revision = (Long) row[0];
			List<State> record = statesPerRecord.getOrDefault(type + "/" + row[4], List.of());
			State state = null;
			State before = null;
			for (State candidate : record) {
				if (candidate.revision() == revision) {
					state = candidate;
					break;
				}
				before = candidate;
			}
			if (state == null) {
				// Erased from the record's own table by plain SQL: the change without
				// fields.
				entries.add(new AuditEntry(revision, (Instant) row[1], (String) row[2], type, (Long) row[4], null,
						(ChangeKind) row[5], List.of(), false, false));
			}
			else {
				entries.add(entry(revisions.get(revision), type, state, before));
			}
		}
		return entries;
	}

	private static AuditEntry entry(AuditRevision revision, String type, State state, State before) {
		ChangeKind kind = ChangeKind.of(state.type());
		List<FieldChange> fields = new ArrayList<>();
		boolean versionOnly = false;
		boolean earlierUnknown = kind == ChangeKind.CHANGED && before == null;
		Set<String> properties = new LinkedHashSet<>(state.values().keySet());
		if (before != null) {
			properties.addAll(before.values().keySet());
		}
		for (String property : properties) {
			if (property.equals(RecordStates.VERSION)) {
				continue;
			}
			Object after = (kind == ChangeKind.DELETED) ? null : state.values().get(property);
			Object earlier = (kind == ChangeKind.DELETED) ? state.values().get(property)
					: (before != null) ? before.values().get(property) : null;
			if (!RecordStates.same(earlier, after) && !(isEmpty(earlier) && isEmpty(after))) {
				fields.add(new FieldChange(property, earlier, after));
			}
		}
		if (kind == ChangeKind.CHANGED && fields.isEmpty() && !earlierUnknown) {
			versionOnly = true;
		}
		String name = (state.name() != null) ? state.name() : (before != null) ? before.name() : null;
		return new AuditEntry(revision.getId(), revision.getChangedAt(), revision.getUsername(), type, state.recordId(),
				name, kind, fields, earlierUnknown, versionOnly);
	}

	private static boolean isEmpty(Object value) {
		return value == null || (value instanceof Collection<?> collection && collection.isEmpty())
				|| (value instanceof Map<?, ?> map && map.isEmpty());
	}

	private Map<Long, AuditRevision> revisions(Collection<Long> ids) {
		return this.entityManager.createQuery("select r from AuditRevision r where r.id in :ids", AuditRevision.class)
			.setParameter("ids", Set.copyOf(ids))
			.getResultList()
			.stream()
			.collect(Collectors.toMap(AuditRevision::getId, (revision) -> revision));
	}

	private static String where(AuditFilter filter, Map<String, Object> parameters) {
		List<String> conditions = new ArrayList<>();
		if (filter.username() != null) {
			conditions.add("r.username = :username");
			parameters.put("username", filter.username());
		}
		if (filter.type() != null) {
			conditions.add("c.entityType = :type");
			parameters.put("type", filter.type());
		}
		if (filter.from() != null) {
			conditions.add("r.changedAt >= :from");
			parameters.put("from", filter.from().atStartOfDay(DenHaag.ZONE).toInstant());
		}
		if (filter.to() != null) {
			conditions.add("r.changedAt < :to");
			parameters.put("to", filter.to().plusDays(1).atStartOfDay(DenHaag.ZONE).toInstant());
		}
		return conditions.isEmpty() ? "" : conditions.stream().collect(Collectors.joining(" and ", " where ", ""));
	}

}
