package nl.cultuurschakel.binnenbuiten.audit;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EntityManager;
import lombok.RequiredArgsConstructor;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.criteria.AuditDisjunction;
import org.hibernate.persister.entity.EntityPersister;

import org.springframework.stereotype.Component;

/**
 * Reads the stored revisions of records of any audited kind through Envers, as plain
 * values per property (collections sorted, embedded values as maps, maps flattened to one
 * property per key), without knowing the entity classes.
 */
@Component
@RequiredArgsConstructor
class RecordStates {

	/** The property that Envers records for every change, shown as such only. */
	static final String VERSION = "version";

	private static final List<String> NAME_PROPERTIES = List.of("name", "title", "username", "subject", "displayName");

	private final EntityManager entityManager;

	/**
	 * One stored revision of one record.
	 */
	record State(long revision, long recordId, RevisionType type, Map<String, Object> values) {

		String name() {
			return NAME_PROPERTIES.stream()
				.map(this.values::get)
				.filter(Objects::nonNull)
				.map(Object::toString)
				.findFirst()
				.orElse(null);
		}

	}

	/**
	 * Every revision of the given records of one kind up to the given revision, oldest
	 * first, in one query (plus one per element collection read).
	 */
	List<State> of(Class<?> entityClass, Collection<Long> ids, long upToRevision) {
		AuditDisjunction anyId = AuditEntity.disjunction();
		ids.forEach((id) -> anyId.add(AuditEntity.id().eq(id)));
		List<?> rows = AuditReaderFactory.get(this.entityManager)
			.createQuery()
			.forRevisionsOfEntity(entityClass, false, true)
			.add(anyId)
			.add(AuditEntity.revisionNumber().le(upToRevision))
			.addOrder(AuditEntity.revisionNumber().asc())
			.getResultList();
		EntityPersister persister = this.entityManager.getEntityManagerFactory()
			.unwrap(SessionFactoryImplementor.class)
			.getMappingMetamodel()
			.getEntityDescriptor(entityClass);
		List<State> states = new ArrayList<>();
		for (Object row : rows) {
			Object[] parts = (Object[]) row;
			AuditRevision revision = (AuditRevision) parts[1];
			Object entity = parts[0];
			Object id = persister.getIdentifier(entity, (SharedSessionContractImplementor) null);
			states.add(new State(revision.getId(), ((Number) id).longValue(), (RevisionType) parts[2],
					values(entityClass, persister, entity)));
		}
		return states;
	}

	private static Map<String, Object> values(Class<?> entityClass, EntityPersister persister, Object entity) {
		Map<String, Object> values = new LinkedHashMap<>();
		String[] names = persister.getPropertyNames();
		Object[] raw = persister.getValues(entity);
		for (int i = 0; i < names.length; i++) {
			Field field = field(entityClass, names[i]);
			if (field != null && field.isAnnotationPresent(NotAudited.class)) {
				continue;
			}
			Object value = plain(raw[i]);
			if (raw[i] instanceof Map<?, ?> && value instanceof Map<?, ?> map) {
				String prefix = names[i] + ".";
				map.forEach((key, element) -> values.put(prefix + key, element));
			}
			else {
				values.put(names[i], value);
			}
		}
		return values;
	}

	/**
	 * A value that compares by content: collections as sorted lists, embedded values as
	 * maps of their fields, maps sorted by key.
	 */
	static Object plain(Object value) {
		if (value instanceof Collection<?> collection) {
			return collection.stream().map(RecordStates::plain).sorted(Comparator.comparing(String::valueOf)).toList();
		}
		if (value instanceof Map<?, ?> map) {
			Map<Object, Object> sorted = new TreeMap<>(Comparator.comparing(String::valueOf));
			map.forEach((key, element) -> sorted.put(key, plain(element)));
			return sorted;
		}
		if (value != null && value.getClass().isAnnotationPresent(Embeddable.class)) {
			Map<String, Object> fields = new LinkedHashMap<>();
			for (Field field : value.getClass().getDeclaredFields()) {
				if (!Modifier.isStatic(field.getModifiers())) {
					field.setAccessible(true);
					try {
						fields.put(field.getName(), plain(field.get(value)));
					}
					catch (IllegalAccessException ex) {
						throw new IllegalStateException(ex);
					}
				}
			}
			return fields;
		}
		return value;
	}

	/** Whether two plain values are the same (amounts regardless of their scale). */
	static boolean same(Object a, Object b) {
		if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
			return x.compareTo(y) == 0;
		}
		return Objects.equals(a, b);
	}

	private static Field field(Class<?> type, String name) {
		for (Class<?> c = type; c != null; c = c.getSuperclass()) {
			try {
				return c.getDeclaredField(name);
			}
			catch (NoSuchFieldException ex) {
				// look in the superclass
			}
		}
		return null;
	}

}
