package nl.cultuurschakel.binnenbuiten.contact.web;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.account.AccountService;
import nl.cultuurschakel.binnenbuiten.contact.ContactRow;
import nl.cultuurschakel.binnenbuiten.contact.FollowUp;
import nl.cultuurschakel.binnenbuiten.neighbourhood.NeighbourhoodService;
import nl.cultuurschakel.binnenbuiten.partner.PartnerService;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Puts the names behind the ids of a page of contact moments into the model: three
 * queries per page, whatever its size.
 */
@Component
@RequiredArgsConstructor
class ContactNames {

	private final AccountService accounts;

	private final PartnerService partners;

	private final NeighbourhoodService neighbourhoods;

	void addFor(Collection<ContactRow> rows, Model model) {
		add(rows.stream().map(ContactRow::advisorId).collect(Collectors.toSet()),
				rows.stream().map(ContactRow::counterpartId).collect(Collectors.toSet()),
				rows.stream().map(ContactRow::neighbourhoodId).filter(Objects::nonNull).collect(Collectors.toSet()),
				model);
	}

	void addForFollowUps(Collection<FollowUp> followUps, Model model) {
		add(followUps.stream().map(FollowUp::advisorId).collect(Collectors.toSet()),
				followUps.stream().map(FollowUp::counterpartId).collect(Collectors.toSet()), Set.of(), model);
	}

	/**
	 * Adds the names to the model as {@code advisorNames}, {@code partnerNames} and
	 * {@code neighbourhoodNames}, maps by id; answers the partner names.
	 */
	Map<Long, String> add(Set<Long> advisorIds, Set<Long> partnerIds, Set<Long> neighbourhoodIds, Model model) {
		model.addAttribute("advisorNames", this.accounts.displayNames(advisorIds));
		Map<Long, String> partnerNames = this.partners.names(new HashSet<>(partnerIds));
		model.addAttribute("partnerNames", partnerNames);
		model.addAttribute("neighbourhoodNames", this.neighbourhoods.names(neighbourhoodIds));
		return partnerNames;
	}

}
