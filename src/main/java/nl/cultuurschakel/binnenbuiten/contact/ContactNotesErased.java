package nl.cultuurschakel.binnenbuiten.contact;

import java.time.LocalDate;
import java.util.List;

/**
 * The retention job erased the notes of these contact moments, all dated before
 * {@code olderThan}; the contact moments themselves (and every count) stay. Any copy of
 * the old notes (an audit history) should be scrubbed too.
 */
public record ContactNotesErased(LocalDate olderThan, List<Long> contactIds) {

}
