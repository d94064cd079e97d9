package nl.cultuurschakel.binnenbuiten.contact;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.shared.DenHaag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erases the notes of contact moments older than the retention period
 * ({@code binnenbuiten.privacy.contact-note-retention}, five years unless set), every
 * night. The contact moments stay, with date, partner, kind and subject, so every count
 * and figure is the same afterwards. Each erased note's contact moment gets a new
 * version, so an edit form opened before cannot write the old note back. Running it
 * twice, or on two instances at once, erases nothing twice.
 */
@Component
@RequiredArgsConstructor
public class ContactNoteRetention {

	private static final Logger log = LoggerFactory.getLogger(ContactNoteRetention.class);

	private final ContactRepository contacts;

	private final ApplicationEventPublisher events;

	private final ContactNoteRetentionProperties properties;

	private final Clock clock;

	@Scheduled(cron = "${binnenbuiten.privacy.contact-note-retention-cron:0 30 3 * * *}", zone = "Europe/Amsterdam")
	@Transactional
	public void nightly() {
		eraseExpiredNotes(LocalDate.now(this.clock.withZone(DenHaag.ZONE)));
	}

	/**
	 * Erases the notes of contact moments dated before {@code today} minus the retention
	 * period.
	 * @return how many notes were erased
	 */
	@Transactional
	public int eraseExpiredNotes(LocalDate today) {
		LocalDate olderThan = today.minus(this.properties.contactNoteRetention());
		List<Long> ids = this.contacts.lockWithNotesBefore(olderThan);
		if (ids.isEmpty()) {
			return 0;
		}
		int erased = this.contacts.eraseNotesBefore(olderThan);
		this.events.publishEvent(new ContactNotesErased(olderThan, ids));
		log.info("Erased the notes of {} contact moments dated before {} (retention {})", erased, olderThan,
				this.properties.contactNoteRetention());
		return erased;
	}

}
