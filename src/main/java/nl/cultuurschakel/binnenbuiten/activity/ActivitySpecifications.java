package nl.cultuurschakel.binnenbuiten.activity;

import java.util.Collection;

import nl.cultuurschakel.binnenbuiten.shared.Specifications;

import org.springframework.data.jpa.domain.PredicateSpecification;

/**
 * The optional filters of the activity list, calendar and exports: each answers
 * {@link PredicateSpecification#unrestricted()} when its filter is absent.
 */
final class ActivitySpecifications {

	private ActivitySpecifications() {
	}

	static PredicateSpecification<Activity> matching(ActivityFilter filter) {
		return PredicateSpecification.allOf(Specifications.between("date", filter.from(), filter.to()),
				Specifications.equal("neighbourhoodId", filter.neighbourhoodId()),
				Specifications.in("neighbourhoodId", filter.visibleNeighbourhoods()), withPartner(filter.partnerId()),
				Specifications.equal("discipline", filter.discipline()),
				Specifications.equal("costType", filter.costType()), Specifications.equal("status", filter.status()),
				forAge(filter.age()));
	}

	private static PredicateSpecification<Activity> withPartner(Long partnerId) {
		if (partnerId == null) {
			return PredicateSpecification.unrestricted();
		}
		return (from, builder) -> builder.isMember(partnerId, from.<Collection<Long>>get("partnerIds"));
	}

	/** Activities meant for a child of this age. */
	private static PredicateSpecification<Activity> forAge(Integer age) {
		if (age == null) {
			return PredicateSpecification.unrestricted();
		}
		return (from, builder) -> builder.and(builder.lessThanOrEqualTo(from.get("minAge"), age),
				builder.greaterThanOrEqualTo(from.get("maxAge"), age));
	}

}
