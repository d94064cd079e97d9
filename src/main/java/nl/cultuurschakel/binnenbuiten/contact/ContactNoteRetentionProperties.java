package nl.cultuurschakel.binnenbuiten.contact;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the notes of a contact moment are kept (AVG/GDPR: no longer than needed).
 *
 * @param contactNoteRetention notes of contact moments dated longer ago than this are
 * erased by {@link ContactNoteRetention} (ISO-8601, e.g. {@code P5Y}, or {@code 5y})
 */
@ConfigurationProperties("binnenbuiten.privacy")
record ContactNoteRetentionProperties(@DefaultValue("P5Y") Period contactNoteRetention) {

}
