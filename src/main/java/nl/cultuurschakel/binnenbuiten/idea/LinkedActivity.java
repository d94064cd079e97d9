package nl.cultuurschakel.binnenbuiten.idea;

import java.time.LocalDate;

import nl.cultuurschakel.binnenbuiten.activity.ActivityStatus;
import nl.cultuurschakel.binnenbuiten.activity.ActivitySummary;

/**
 * An activity as the idea pages show it: one that realises an idea, or one that could be
 * linked to it.
 */
public record LinkedActivity(Long id, String title, LocalDate date, boolean done, Integer childrenReached) {

	static LinkedActivity of(ActivitySummary activity) {
		return new LinkedActivity(activity.id(), activity.title(), activity.date(),
				activity.status() == ActivityStatus.DONE, activity.childrenReached());
	}

}
