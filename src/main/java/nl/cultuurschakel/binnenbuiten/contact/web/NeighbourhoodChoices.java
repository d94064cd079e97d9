package nl.cultuurschakel.binnenbuiten.contact.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.contact.ContactService;
import nl.cultuurschakel.binnenbuiten.neighbourhood.NeighbourhoodService;
import nl.cultuurschakel.binnenbuiten.neighbourhood.NeighbourhoodSummary;
import nl.cultuurschakel.binnenbuiten.partner.PartnerService;

import org.springframework.stereotype.Component;

/**
 * Works out the neighbourhood field of the contact form for the chosen partner, for the
 * form itself and for the picker that updates the field when the partner changes.
 */
@Component
@RequiredArgsConstructor
class NeighbourhoodChoices {

	private final ContactService contacts;

	private final PartnerService partners;

	private final NeighbourhoodService neighbourhoods;

	private final Clock clock;

	/**
	 * Offers the partner's neighbourhoods first and fills in the partner's only one,
	 * unless the advisor chose a neighbourhood: a neighbourhood the form filled in for an
	 * earlier partner follows the partner.
	 */
	NeighbourhoodChoice applyTo(ContactForm form) {
		NeighbourhoodChoice choice = forPartner(form.getCounterpartId(), form.getDate());
		if (!form.hasChosenNeighbourhood()) {
			form.setNeighbourhoodId(choice.preset());
		}
		form.setNeighbourhoodPreset(choice.preset());
		return choice;
	}

	private NeighbourhoodChoice forPartner(Long partnerId, LocalDate date) {
		List<NeighbourhoodSummary> all = this.neighbourhoods.all();
		String partnerName = (partnerId != null) ? this.partners.names(Set.of(partnerId)).get(partnerId) : null;
		if (partnerName == null) {
			return new NeighbourhoodChoice(null, List.of(), all, null);
		}
		LocalDate on = (date != null) ? date : LocalDate.now(this.clock);
		Set<Long> ofPartner = new HashSet<>(this.contacts.neighbourhoodsOf(partnerId, on));
		Map<Boolean, List<NeighbourhoodSummary>> split = all.stream()
			.collect(Collectors.partitioningBy((neighbourhood) -> ofPartner.contains(neighbourhood.id())));
		Long preset = this.contacts.defaultNeighbourhood(partnerId, on).orElse(null);
		return new NeighbourhoodChoice(partnerName, split.get(true), split.get(false), preset);
	}

}
