package nl.cultuurschakel.binnenbuiten.grant;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.idea.IdeaGrants;
import nl.cultuurschakel.binnenbuiten.partner.PartnerService;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lets the idea pages show the grants of an idea.
 */
@Component
@Transactional(readOnly = true)
@RequiredArgsConstructor
class GrantsOfIdeas implements IdeaGrants {

	private final GrantRepository grants;

	private final PartnerService partners;

	@Override
	public List<IdeaGrant> grantsOf(Long ideaId) {
		List<GrantRow> rows = this.grants.findRowsByIdeaId(ideaId);
		Map<Long, String> names = this.partners
			.names(rows.stream().map(GrantRow::partnerId).collect(Collectors.toSet()));
		return rows.stream()
			.map((row) -> new IdeaGrant(row.id(), names.get(row.partnerId()), row.status().name(),
					row.amountRequested(), row.amountAwarded()))
			.toList();
	}

	@Override
	public Map<Long, String> latestGrantStatus(Collection<Long> ideaIds) {
		Map<Long, String> latest = new LinkedHashMap<>();
		if (ideaIds.isEmpty()) {
			return latest;
		}
		for (Object[] row : this.grants.findStatusesByIdeaIdIn(ideaIds)) {
			latest.putIfAbsent((Long) row[0], ((GrantStatus) row[1]).name());
		}
		return latest;
	}

}
