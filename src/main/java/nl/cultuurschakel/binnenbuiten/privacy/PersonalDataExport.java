package nl.cultuurschakel.binnenbuiten.privacy;

import java.time.Clock;

import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.account.AccountService;
import nl.cultuurschakel.binnenbuiten.agenda.AgendaFeeds;
import nl.cultuurschakel.binnenbuiten.account.UserNotFoundException;
import nl.cultuurschakel.binnenbuiten.contact.ContactService;
import nl.cultuurschakel.binnenbuiten.grant.GrantService;
import nl.cultuurschakel.binnenbuiten.idea.IdeaService;
import nl.cultuurschakel.binnenbuiten.neighbourhood.NeighbourhoodService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gathers everything stored about one user account from the modules that store it.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class PersonalDataExport {

	private final AccountService accounts;

	private final ContactService contacts;

	private final IdeaService ideas;

	private final GrantService grants;

	private final NeighbourhoodService neighbourhoods;

	private final AgendaFeeds agendaFeeds;

	private final Clock clock;

	/**
	 * @throws UserNotFoundException when there is no such user
	 */
	public PersonalData of(Long userId) {
		return new PersonalData(this.clock.instant(), this.accounts.getUser(userId), this.contacts.loggedBy(userId),
				this.ideas.changesBy(userId), this.grants.changesBy(userId), this.neighbourhoods.changesBy(userId),
				this.agendaFeeds.subscribedSince(userId).orElse(null));
	}

}
