package nl.cultuurschakel.binnenbuiten.partner;

import java.time.LocalDate;

import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import nl.cultuurschakel.binnenbuiten.shared.Specifications;

import org.springframework.data.jpa.domain.PredicateSpecification;
import org.springframework.data.jpa.domain.Specification;

/**
 * The optional filters of the partner list: each answers an unrestricted specification
 * when its filter is absent.
 */
final class PartnerSpecifications {

	private PartnerSpecifications() {
	}

	/**
	 * The list's filter; the neighbourhood filter keeps the partners that are a member
	 * there on {@code today}.
	 */
	static Specification<Partner> matching(PartnerFilter filter, LocalDate today) {
		return Specification.where(PredicateSpecification.<Partner>allOf(Specifications.contains("name", filter.name()),
				Specifications.equal("domain", filter.domain()),
				Specifications.equal("knowledgePartner", filter.knowledgePartner()),
				Specifications.equal("active", filter.active())))
			.and(memberOf(filter.neighbourhoodId(), today));
	}

	private static Specification<Partner> memberOf(Long neighbourhoodId, LocalDate day) {
		if (neighbourhoodId == null) {
			return Specification.unrestricted();
		}
		return (partner, query, builder) -> {
			Subquery<Long> memberships = query.subquery(Long.class);
			Root<Membership> membership = memberships.from(Membership.class);
			memberships.select(membership.get("id"))
				.where(builder.equal(membership.get("partnerId"), partner.get("id")),
						builder.equal(membership.get("neighbourhoodId"), neighbourhoodId),
						builder.lessThanOrEqualTo(membership.get("startDate"), day),
						builder.or(builder.isNull(membership.get("endDate")),
								builder.greaterThanOrEqualTo(membership.get("endDate"), day)));
			return builder.exists(memberships);
		};
	}

}
