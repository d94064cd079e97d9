package nl.cultuurschakel.binnenbuiten.audit;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.EntityType;
import org.hibernate.envers.Audited;

import org.springframework.stereotype.Component;

/**
 * The kinds of audited record, found in the JPA metamodel: each entity class marked
 * {@link Audited}, under a key made of its class name ({@code Grant} → {@code grant},
 * {@code GrantBudget} → {@code grant-budget}), as the addresses and the stored changes
 * name it. No module is known by name here.
 */
@Component
class AuditTypes {

	private final Map<String, Class<?>> byKey;

	AuditTypes(EntityManagerFactory entityManagerFactory) {
		this.byKey = entityManagerFactory.getMetamodel()
			.getEntities()
			.stream()
			.map(EntityType::getJavaType)
			.filter((type) -> type.isAnnotationPresent(Audited.class))
			.collect(Collectors.toUnmodifiableMap(AuditTypes::keyOf, Function.identity()));
	}

	/**
	 * The key of an entity class: its simple name in kebab case.
	 */
	static String keyOf(Class<?> entityClass) {
		return keyOf(entityClass.getSimpleName());
	}

	/**
	 * The key of an entity name ({@code GrantBudget} → {@code grant-budget}).
	 */
	static String keyOf(String entityName) {
		return entityName.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
	}

	Optional<Class<?>> find(String key) {
		return Optional.ofNullable(this.byKey.get(key));
	}

	boolean isKnown(String key) {
		return this.byKey.containsKey(key);
	}

	/** Every key, sorted. */
	List<String> keys() {
		return this.byKey.keySet().stream().sorted(Comparator.naturalOrder()).toList();
	}

}
