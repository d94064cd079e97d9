package nl.cultuurschakel.binnenbuiten.partner;

import java.util.List;

import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.account.LinkablePartners;

import org.springframework.stereotype.Component;

/**
 * Offers the active partners to the user administration, for linking partner users.
 */
@Component
@RequiredArgsConstructor
class PartnerLinks implements LinkablePartners {

	private final PartnerRepository partners;

	@Override
	public List<LinkablePartner> linkablePartners() {
		return this.partners.findAllOptions()
			.stream()
			.map((option) -> new LinkablePartner(option.id(), option.name()))
			.toList();
	}

}
