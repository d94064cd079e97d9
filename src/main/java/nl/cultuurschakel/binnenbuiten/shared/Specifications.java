package nl.cultuurschakel.binnenbuiten.shared;

import java.util.Collection;
import java.util.Locale;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.springframework.data.jpa.domain.PredicateSpecification;

/**
 * The building blocks of the modules' optional list filters: each returns
 * {@link PredicateSpecification#unrestricted()} when its value is absent ({@code null},
 * or blank text), so a filter is written once as an {@code allOf(...)} of these. A
 * module's {@code XxxSpecifications} class names its filters with them.
 */
public final class Specifications {

	private Specifications() {
	}

	/**
	 * The attribute equals the value; any value when it is {@code null}.
	 */
	public static <T> PredicateSpecification<T> equal(String attribute, Object value) {
		if (value == null) {
			return PredicateSpecification.unrestricted();
		}
		return (from, builder) -> builder.equal(from.get(attribute), value);
	}

	/**
	 * The attribute lies from {@code first} to {@code last} (both inclusive); an absent
	 * end leaves that side open.
	 */
	public static <T, V extends Comparable<? super V>> PredicateSpecification<T> between(String attribute, V first,
			V last) {
		PredicateSpecification<T> from = (first != null)
				? (root, builder) -> builder.greaterThanOrEqualTo(root.get(attribute), first)
				: PredicateSpecification.unrestricted();
		PredicateSpecification<T> to = (last != null)
				? (root, builder) -> builder.lessThanOrEqualTo(root.get(attribute), last)
				: PredicateSpecification.unrestricted();
		return from.and(to);
	}

	/**
	 * The attribute is one of the values: {@code null} means no restriction, an empty
	 * collection matches nothing (a user who may see no neighbourhood sees no rows).
	 */
	public static <T> PredicateSpecification<T> in(String attribute, Collection<?> values) {
		if (values == null) {
			return PredicateSpecification.unrestricted();
		}
		if (values.isEmpty()) {
			return (from, builder) -> builder.disjunction();
		}
		return (from, builder) -> from.get(attribute).in(values);
	}

	/**
	 * The text attribute contains the text in any case, {@code %} and {@code _} taken
	 * literally; any text when it is {@code null} or blank.
	 */
	public static <T> PredicateSpecification<T> contains(String attribute, String text) {
		if (text == null || text.isBlank()) {
			return PredicateSpecification.unrestricted();
		}
		String pattern = "%" + escapeLike(text.toLowerCase(Locale.ROOT)) + "%";
		return (from, builder) -> builder.like(builder.lower(from.get(attribute)), pattern, '\\');
	}

	/**
	 * Restricts a criteria query (one that groups, sums or projects, which the
	 * repositories' {@code findBy} cannot) to what the specification matches.
	 */
	public static <T> void restrict(CriteriaQuery<?> query, Root<T> root, CriteriaBuilder builder,
			PredicateSpecification<T> specification) {
		Predicate predicate = specification.toPredicate(root, builder);
		if (predicate != null) {
			query.where(predicate);
		}
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
