package nl.cultuurschakel.binnenbuiten.grant;

import java.time.LocalDate;
import java.util.Collection;

import nl.cultuurschakel.binnenbuiten.shared.Specifications;

import org.springframework.data.jpa.domain.PredicateSpecification;

/**
 * The optional filters of the grant lists, their totals and exports: each answers
 * {@link PredicateSpecification#unrestricted()} when its filter is absent.
 */
final class GrantSpecifications {

	private GrantSpecifications() {
	}

	/**
	 * The staff list's filter; {@code ideaIds} are the ideas of the chosen neighbourhood
	 * ({@code null} = any idea).
	 */
	static PredicateSpecification<Grant> matching(GrantFilter filter, Collection<Long> ideaIds) {
		return PredicateSpecification.allOf(ofYear(filter.year()), Specifications.equal("status", filter.status()),
				Specifications.equal("partnerId", filter.partnerId()), forIdeas(ideaIds));
	}

	/**
	 * A recipient organisation's grants, as its partner users see them ({@code null}: an
	 * account linked to no organisation sees none).
	 */
	static PredicateSpecification<Grant> ofRecipient(Long partnerId, GrantStatus status) {
		PredicateSpecification<Grant> recipient = (partnerId != null)
				? (from, builder) -> builder.equal(from.get("partnerId"), partnerId)
				: (from, builder) -> builder.disjunction();
		return recipient.and(Specifications.equal("status", status));
	}

	static PredicateSpecification<Grant> decidedIn(LocalDate from, LocalDate to, Collection<Long> ideaIds) {
		return Specifications.<Grant, LocalDate>between("decidedOn", from, to).and(forIdeas(ideaIds));
	}

	/** Grants for these ideas ({@code null} = any idea; none when empty). */
	private static PredicateSpecification<Grant> forIdeas(Collection<Long> ideaIds) {
		return Specifications.in("ideaId", ideaIds);
	}

	/** Decided in the year, or requested in it while undecided. */
	private static PredicateSpecification<Grant> ofYear(Integer year) {
		if (year == null) {
			return PredicateSpecification.unrestricted();
		}
		return (from, builder) -> builder.between(
				builder.coalesce(from.<LocalDate>get("decidedOn"), from.<LocalDate>get("requestedOn")),
				LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
	}

}
