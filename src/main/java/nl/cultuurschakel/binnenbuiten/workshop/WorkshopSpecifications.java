package nl.cultuurschakel.binnenbuiten.workshop;

import java.time.LocalDate;
import java.util.Collection;

import nl.cultuurschakel.binnenbuiten.shared.Specifications;

import org.springframework.data.jpa.domain.PredicateSpecification;

/**
 * The optional filters of the workshop list, its totals and figures: each answers
 * {@link PredicateSpecification#unrestricted()} when its filter is absent.
 */
final class WorkshopSpecifications {

	private WorkshopSpecifications() {
	}

	static PredicateSpecification<Workshop> matching(Long neighbourhoodId, Long partnerId, LocalDate from,
			LocalDate to) {
		return PredicateSpecification.allOf(Specifications.equal("neighbourhoodId", neighbourhoodId),
				withPartner(partnerId), heldIn(from, to));
	}

	static PredicateSpecification<Workshop> heldIn(LocalDate from, LocalDate to) {
		return Specifications.between("heldOn", from, to);
	}

	/**
	 * Workshops in the given neighbourhoods ({@code null} = all; none when empty).
	 */
	static PredicateSpecification<Workshop> inNeighbourhoods(Collection<Long> neighbourhoodIds) {
		return Specifications.in("neighbourhoodId", neighbourhoodIds);
	}

	/** The partner was the venue or the facilitator. */
	private static PredicateSpecification<Workshop> withPartner(Long partnerId) {
		if (partnerId == null) {
			return PredicateSpecification.unrestricted();
		}
		return (from, builder) -> builder.or(builder.equal(from.get("venuePartnerId"), partnerId),
				builder.equal(from.get("facilitatorPartnerId"), partnerId));
	}

}
