package nl.cultuurschakel.binnenbuiten.activity;

import java.util.List;
import java.util.UUID;

/**
 * One activity as its page and edit form show it.
 *
 * @param seriesId the series it belongs to, {@code null} for a single activity
 */
public record ActivityDetails(Long id, ActivityData data, String neighbourhoodName, List<String> partnerNames,
		String location, ActivityStatus status, String cancelReason, Integer childrenReached, String sourceIdeaTitle,
		UUID seriesId, long version) {

	public boolean inSeries() {
		return this.seriesId != null;
	}

}
