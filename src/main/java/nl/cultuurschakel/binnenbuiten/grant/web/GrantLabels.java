package nl.cultuurschakel.binnenbuiten.grant.web;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.grant.GrantRow;
import nl.cultuurschakel.binnenbuiten.idea.IdeaOption;
import nl.cultuurschakel.binnenbuiten.idea.IdeaService;
import nl.cultuurschakel.binnenbuiten.neighbourhood.NeighbourhoodService;
import nl.cultuurschakel.binnenbuiten.neighbourhood.NeighbourhoodSummary;
import nl.cultuurschakel.binnenbuiten.partner.PartnerOption;
import nl.cultuurschakel.binnenbuiten.partner.PartnerService;

import org.springframework.stereotype.Component;

/**
 * The names that grant pages and exports show next to ids: idea title, its neighbourhood
 * and the recipient partner (active or not), looked up in three queries for a whole list.
 */
@Component
@RequiredArgsConstructor
class GrantLabels {

	private final IdeaService ideas;

	private final NeighbourhoodService neighbourhoods;

	private final PartnerService partners;

	GrantNames of(Collection<GrantRow> rows) {
		return of(rows.stream().map(GrantRow::ideaId).collect(Collectors.toSet()),
				rows.stream().map(GrantRow::partnerId).collect(Collectors.toSet()));
	}

	GrantNames of(Set<Long> ideaIds, Set<Long> partnerIds) {
		Map<Long, IdeaOption> ideaOptions = this.ideas.byIds(ideaIds);
		Map<Long, String> neighbourhoodNames = this.neighbourhoods
			.names(ideaOptions.values().stream().map(IdeaOption::neighbourhoodId).collect(Collectors.toSet()));
		return new GrantNames(ideaOptions, neighbourhoodNames, this.partners.names(partnerIds));
	}

	List<PartnerOption> partnerOptions() {
		return this.partners.options();
	}

	List<NeighbourhoodSummary> neighbourhoodOptions() {
		return this.neighbourhoods.all();
	}

}
