package nl.cultuurschakel.binnenbuiten.idea;

import java.util.Set;

/**
 * One idea as its pages show it.
 */
public record IdeaDetails(Long id, IdeaData data, IdeaStatus status, String parkedReason, Set<Long> partnerIds,
		long version) {

}
