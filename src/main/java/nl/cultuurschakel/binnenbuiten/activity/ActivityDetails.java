package nl.cultuurschakel.binnenbuiten.activity;

import java.util.List;

/**
 * One activity as its page and edit form show it.
 */
public record ActivityDetails(Long id, ActivityData data, String neighbourhoodName, List<String> partnerNames,
		String location, ActivityStatus status, String cancelReason, Integer childrenReached, String sourceIdeaTitle,
		boolean inSeries, long version) {

}
