package nl.cultuurschakel.binnenbuiten.activity;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Two activities that clash on one day. {@code first.id} is {@code null} for an activity
 * that is being planned and not saved yet.
 */
public record Clash(ClashKind kind, LocalDate date, Party first, Party second) {

	public record Party(Long id, String title, LocalTime start, LocalTime end, int minAge, int maxAge) {
	}

}
