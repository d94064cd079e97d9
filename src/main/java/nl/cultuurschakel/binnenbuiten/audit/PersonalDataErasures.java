package nl.cultuurschakel.binnenbuiten.audit;

import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.partner.ContactPersonErased;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Personal data erased on request is erased from the trail too, in the same transaction:
 * the erasure is either complete, in the record and every stored revision of it, or not
 * done. (Contact-moment notes, erased by the retention job, never reach the trail.)
 */
@Component
@RequiredArgsConstructor
class PersonalDataErasures {

	private final AuditTrail trail;

	@EventListener
	void on(ContactPersonErased erased) {
		this.trail.forget("partner", erased.partnerId(), erased.properties());
	}

}
