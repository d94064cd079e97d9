package nl.cultuurschakel.binnenbuiten.shared.search;

import java.time.LocalDate;

/**
 * One record found, with the few fields that tell it apart from others of its kind.
 *
 * @param kind what it is
 * @param id its id
 * @param title its name or title
 * @param path the page that shows it, for this user
 * @param date its date (of a contact moment, activity, workshop, grant request), or
 * {@code null}
 * @param context a second line in plain text (the partner of a contact moment, the
 * neighbourhood of an activity), or {@code null}
 * @param labelKey the message key of a label (a status, a domain, a role), or
 * {@code null}
 */
public record SearchHit(SearchKind kind, Long id, String title, String path, LocalDate date, String context,
		String labelKey) {

}
