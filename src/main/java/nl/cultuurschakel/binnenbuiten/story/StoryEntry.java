package nl.cultuurschakel.binnenbuiten.story;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Set;

/**
 * One entry of a partner's timeline.
 *
 * @param kind what happened
 * @param date when
 * @param path where the record is shown (its page), or null
 * @param title the record's name: subject, title, idea or neighbourhood
 * @param statusKey the message key of its status or event
 * @param amount a grant's amount, otherwise null
 * @param roles a membership's roles (message keys), otherwise empty
 */
public record StoryEntry(StoryKind kind, LocalDate date, String path, String title, String statusKey, BigDecimal amount,
		Set<String> roles) {

	/** Newest first; on one day in the order of the kinds. */
	static final Comparator<StoryEntry> NEWEST_FIRST = Comparator.comparing(StoryEntry::date)
		.reversed()
		.thenComparing(StoryEntry::kind);

}
