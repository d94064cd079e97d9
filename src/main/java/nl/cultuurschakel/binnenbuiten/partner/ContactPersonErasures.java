package nl.cultuurschakel.binnenbuiten.partner;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.account.Actor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erases the personal data of a partner's contact person on request (AVG/GDPR): name,
 * e-mail address and phone number become empty; the partner, its contact moments and
 * every figure stay as they were. Records who did it and when, and publishes
 * {@link ContactPersonErased} so that copies elsewhere are scrubbed too.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class ContactPersonErasures {

	private final PartnerRepository partners;

	private final ContactPersonErasureRepository erasures;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	/**
	 * @return the properties that held a value and were erased
	 * @throws PartnerNotFoundException when there is no such partner
	 */
	@Transactional
	public Set<String> erase(Long partnerId, Actor actor) {
		Partner partner = this.partners.findById(partnerId)
			.orElseThrow(() -> new PartnerNotFoundException("Partner", partnerId));
		Set<String> erased = partner.eraseContactPerson();
		this.erasures
			.save(new ContactPersonErasure(partnerId, String.join(",", erased.isEmpty() ? Set.of("-") : erased),
					this.clock.instant(), actor.userId(), actor.name()));
		if (!erased.isEmpty()) {
			this.events.publishEvent(new ContactPersonErased(partnerId, erased));
		}
		return erased;
	}

	/** The latest erasure of this partner's contact person, if any. */
	public Optional<ErasureView> latest(Long partnerId) {
		return this.erasures.findFirstByPartnerIdOrderByErasedAtDescIdDesc(partnerId).map(ContactPersonErasure::toView);
	}

}
