package nl.cultuurschakel.binnenbuiten.privacy;

import java.time.Instant;
import java.util.List;

import nl.cultuurschakel.binnenbuiten.account.UserDetailsView;
import nl.cultuurschakel.binnenbuiten.contact.ContactDetails;
import nl.cultuurschakel.binnenbuiten.shared.history.RecordedChange;

/**
 * Everything BinnenBuiten stores about one user account (AVG/GDPR article 15), as the
 * export file holds it. No password hash. Log-ins are not stored in the database (only
 * the count of failed ones in a row and a lock, both in {@code account}); the security
 * log lives with the server's logs.
 *
 * @param exportedAt when this export was made
 * @param account the account's fields
 * @param contactMoments the contact moments the user logged, with their notes
 * @param ideaStatusChanges the status changes of children's ideas the user made
 * @param grantStatusChanges the status changes of grants the user made
 * @param phaseChanges the ecosystem phase changes of neighbourhoods the user made
 * @param agendaFeedSince since when the user has a private agenda feed address, null when
 * none (the address itself is stored only as a hash)
 */
public record PersonalData(Instant exportedAt, UserDetailsView account, List<ContactDetails> contactMoments,
		List<RecordedChange> ideaStatusChanges, List<RecordedChange> grantStatusChanges,
		List<RecordedChange> phaseChanges, Instant agendaFeedSince) {

}
