package nl.cultuurschakel.binnenbuiten.audit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.EntityManager;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.persister.entity.AbstractEntityPersister;
import org.hibernate.type.Type;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Empties properties in every stored revision of one record, in its {@code _aud} table,
 * whose columns are named as in the record's own table.
 */
@Component
class AuditErasure {

	private final EntityManager entityManager;

	private final String suffix;

	AuditErasure(EntityManager entityManager,
			@Value("${spring.jpa.properties.org.hibernate.envers.audit_table_suffix}") String suffix) {
		this.entityManager = entityManager;
		this.suffix = suffix;
	}

	int erase(Class<?> entityClass, long id, Collection<String> properties) {
		AbstractEntityPersister persister = (AbstractEntityPersister) this.entityManager.getEntityManagerFactory()
			.unwrap(SessionFactoryImplementor.class)
			.getMappingMetamodel()
			.getEntityDescriptor(entityClass);
		List<String> assignments = new ArrayList<>();
		for (String property : properties) {
			Type type;
			try {
				type = persister.getPropertyType(property);
			}
			catch (RuntimeException ex) {
				throw new IllegalArgumentException("No property " + property + " in " + entityClass.getSimpleName(),
						ex);
			}
			if (type.isCollectionType() || type.isComponentType() || type.isAssociationType()) {
				throw new IllegalArgumentException("Only plain properties can be erased: " + property);
			}
			for (String column : persister.getPropertyColumnNames(property)) {
				assignments.add(column + " = null");
			}
		}
		if (assignments.isEmpty()) {
			return 0;
		}
		String table = persister.getTableName() + this.suffix;
		String idColumn = persister.getIdentifierColumnNames()[0];
		return this.entityManager
			.createNativeQuery(
					"update " + table + " set " + String.join(", ", assignments) + " where " + idColumn + " = :id")
			.setParameter("id", id)
			.executeUpdate();
	}

}
