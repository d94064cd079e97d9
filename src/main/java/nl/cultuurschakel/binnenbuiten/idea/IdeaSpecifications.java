package nl.cultuurschakel.binnenbuiten.idea;

import java.time.LocalDate;
import java.util.Collection;

import nl.cultuurschakel.binnenbuiten.shared.Specifications;

import org.springframework.data.jpa.domain.PredicateSpecification;

/**
 * The optional filters of the idea list and figures: each answers
 * {@link PredicateSpecification#unrestricted()} when its filter is absent.
 */
final class IdeaSpecifications {

	private IdeaSpecifications() {
	}

	static PredicateSpecification<Idea> matching(IdeaFilter filter) {
		return PredicateSpecification.allOf(Specifications.equal("neighbourhoodId", filter.neighbourhoodId()),
				Specifications.equal("discipline", filter.discipline()), collectedIn(filter.from(), filter.to()));
	}

	/**
	 * Ideas collected from {@code from} to {@code to} (inclusive) in the given
	 * neighbourhoods ({@code null} = all; none when empty).
	 */
	static PredicateSpecification<Idea> collectedIn(LocalDate from, LocalDate to, Collection<Long> neighbourhoodIds) {
		return collectedIn(from, to).and(Specifications.in("neighbourhoodId", neighbourhoodIds));
	}

	private static PredicateSpecification<Idea> collectedIn(LocalDate from, LocalDate to) {
		return Specifications.between("collectedOn", from, to);
	}

}
