package nl.cultuurschakel.binnenbuiten.contact;

import java.time.LocalDate;
import java.util.Collection;

import nl.cultuurschakel.binnenbuiten.shared.Specifications;

import org.springframework.data.jpa.domain.PredicateSpecification;

/**
 * The optional filters of the contact list, its exports and figures: each answers
 * {@link PredicateSpecification#unrestricted()} when its filter is absent.
 */
final class ContactSpecifications {

	private ContactSpecifications() {
	}

	static PredicateSpecification<Contact> matching(ContactFilter filter) {
		return PredicateSpecification.allOf(Specifications.between("date", filter.from(), filter.to()),
				Specifications.equal("advisorId", filter.advisorId()), withPartner(filter.partnerId()),
				Specifications.equal("counterpartDomain", filter.domain()),
				Specifications.equal("neighbourhoodId", filter.neighbourhoodId()),
				Specifications.equal("kind", filter.kind()), Specifications.contains("subject", filter.subject()));
	}

	static PredicateSpecification<Contact> datedIn(LocalDate from, LocalDate to) {
		return Specifications.between("date", from, to);
	}

	/**
	 * Contacts in the given neighbourhoods ({@code null} = no restriction; an empty
	 * selection matches nothing).
	 */
	static PredicateSpecification<Contact> inNeighbourhoods(Collection<Long> neighbourhoodIds) {
		return Specifications.in("neighbourhoodId", neighbourhoodIds);
	}

	/**
	 * Contacts with a follow-up still to do, of the advisor ({@code null} = anyone's).
	 */
	static PredicateSpecification<Contact> openFollowUps(Long advisorId) {
		return PredicateSpecification
			.<Contact>where((from, builder) -> builder.and(builder.isNotNull(from.get("followUp")),
					builder.isFalse(from.get("followUpDone"))))
			.and(Specifications.equal("advisorId", advisorId));
	}

	/**
	 * Open follow-ups due before the day.
	 */
	static PredicateSpecification<Contact> overdueFollowUps(Long advisorId, LocalDate today) {
		return openFollowUps(advisorId)
			.and((from, builder) -> builder.lessThan(from.<LocalDate>get("followUpDue"), today));
	}

	/**
	 * The partner was the counterpart or one of the other partners present.
	 */
	private static PredicateSpecification<Contact> withPartner(Long partnerId) {
		if (partnerId == null) {
			return PredicateSpecification.unrestricted();
		}
		return (from, builder) -> builder.or(builder.equal(from.get("counterpartId"), partnerId),
				builder.isMember(partnerId, from.<Collection<Long>>get("participantIds")));
	}

}
