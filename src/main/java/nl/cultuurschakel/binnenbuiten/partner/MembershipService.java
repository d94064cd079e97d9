package nl.cultuurschakel.binnenbuiten.partner;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.neighbourhood.NeighbourhoodNotFoundException;
import nl.cultuurschakel.binnenbuiten.neighbourhood.NeighbourhoodService;
import nl.cultuurschakel.binnenbuiten.neighbourhood.NeighbourhoodSummary;
import nl.cultuurschakel.binnenbuiten.shared.Period;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Network memberships: which partner is in which neighbourhood network, when, and in what
 * roles. The same pair never has two memberships on the same day.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class MembershipService {

	private final MembershipRepository memberships;

	private final PartnerRepository partners;

	private final NeighbourhoodService neighbourhoods;

	/**
	 * All memberships of a partner, newest first.
	 */
	public List<MembershipView> ofPartner(Long partnerId) {
		List<Membership> found = this.memberships.findByPartner(partnerId);
		String partnerName = this.partners.findById(partnerId).map(Partner::getName).orElse(null);
		Map<Long, NeighbourhoodSummary> names = this.neighbourhoods
			.byIds(found.stream().map(Membership::getNeighbourhoodId).toList());
		return found.stream()
			.map((membership) -> view(membership, partnerName, names.get(membership.getNeighbourhoodId())))
			.sorted(Comparator.comparing(MembershipView::startDate).reversed())
			.toList();
	}

	public MembershipView get(Long membershipId) {
		Membership membership = load(membershipId);
		String partnerName = this.partners.findById(membership.getPartnerId()).map(Partner::getName).orElse(null);
		NeighbourhoodSummary neighbourhood = this.neighbourhoods.byIds(List.of(membership.getNeighbourhoodId()))
			.get(membership.getNeighbourhoodId());
		return view(membership, partnerName, neighbourhood);
	}

	/**
	 * Ids of the neighbourhoods where the partner is a member on the given day.
	 */
	public List<Long> currentNeighbourhoodIds(Long partnerId, LocalDate on) {
		return this.memberships.findCurrentNeighbourhoodIds(partnerId, on);
	}

	/**
	 * @throws OverlappingMembershipException when the pair already has a membership on
	 * one of the days
	 */
	@Transactional
	public Long add(Long partnerId, Long neighbourhoodId, MembershipTerms terms) {
		lockPartner(partnerId);
		if (!this.neighbourhoods.exists(neighbourhoodId)) {
			throw new NeighbourhoodNotFoundException(neighbourhoodId);
		}
		checkNoOverlap(partnerId, neighbourhoodId, terms.period(), null);
		return this.memberships.save(new Membership(partnerId, neighbourhoodId, terms)).getId();
	}

	@Transactional
	public void change(Long membershipId, MembershipTerms terms, long version) {
		Membership membership = load(membershipId);
		membership.checkVersion(version);
		lockPartner(membership.getPartnerId());
		checkNoOverlap(membership.getPartnerId(), membership.getNeighbourhoodId(), terms.period(), membershipId);
		membership.change(terms);
	}

	@Transactional
	public void remove(Long membershipId) {
		this.memberships.delete(load(membershipId));
	}

	private void checkNoOverlap(Long partnerId, Long neighbourhoodId, Period period, Long ignoredId) {
		boolean overlaps = this.memberships.findByPartnerIdAndNeighbourhoodId(partnerId, neighbourhoodId)
			.stream()
			.filter((other) -> !other.getId().equals(ignoredId))
			.anyMatch((other) -> other.period().overlaps(period));
		if (overlaps) {
			throw new OverlappingMembershipException(partnerId, neighbourhoodId);
		}
	}

	/**
	 * Serialises membership changes of one partner, so two parallel requests cannot both
	 * pass the overlap check.
	 */
	private void lockPartner(Long partnerId) {
		this.partners.findForUpdate(partnerId).orElseThrow(() -> new PartnerNotFoundException("Partner", partnerId));
	}

	private Membership load(Long id) {
		return this.memberships.findById(id).orElseThrow(() -> new PartnerNotFoundException("Membership", id));
	}

	private static MembershipView view(Membership membership, String partnerName, NeighbourhoodSummary neighbourhood) {
		MembershipTerms terms = membership.terms();
		return new MembershipView(membership.getId(), membership.getPartnerId(), partnerName,
				membership.getNeighbourhoodId(), (neighbourhood != null) ? neighbourhood.name() : null,
				terms.period().from(), terms.period().to(), terms.roles(), membership.getVersion());
	}

}
