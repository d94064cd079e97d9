package nl.cultuurschakel.binnenbuiten.contact;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.account.Role;
import nl.cultuurschakel.binnenbuiten.partner.MembershipService;
import nl.cultuurschakel.binnenbuiten.partner.PartnerDomain;
import nl.cultuurschakel.binnenbuiten.partner.PartnerService;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contact module's API: logging, changing and finding contact moments and their
 * follow-ups.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class ContactService {

	/** The properties the contact list can be sorted by. */
	public static final Set<String> SORTABLE = ContactSearch.SORTABLE;

	private final ContactRepository contacts;

	private final ContactSearch search;

	private final PartnerService partners;

	private final MembershipService memberships;

	private final Clock clock;

	public Page<ContactRow> find(ContactFilter filter, Pageable pageable) {
		return this.search.find(filter, pageable);
	}

	/**
	 * Hands every matching contact moment (without notes) to the consumer, oldest first,
	 * streamed from the database.
	 */
	public void forEach(ContactFilter filter, Consumer<ContactRow> consumer) {
		this.search.stream(filter, consumer);
	}

	/**
	 * Hands every contact moment (without notes) dated from {@code from} to {@code to}
	 * (inclusive) in the given neighbourhoods ({@code null} = all, contacts without a
	 * neighbourhood included) to the consumer, oldest first, streamed from the database:
	 * the rows behind the {@link ContactFigures} of a report.
	 */
	public void forEachIn(LocalDate from, LocalDate to, Collection<Long> neighbourhoodIds,
			Consumer<ContactRow> consumer) {
		this.search.streamIn(new ContactFilter(from, to, null, null, null, null, null, null), neighbourhoodIds,
				consumer);
	}

	public DomainSplit domainSplit(ContactFilter filter) {
		return this.search.domainSplit(filter);
	}

	/**
	 * Every contact moment this advisor logged, with notes, oldest first (for the export
	 * of a user's data).
	 */
	public List<ContactDetails> loggedBy(Long advisorId) {
		return this.contacts.findByAdvisorIdOrderByDateAscIdAsc(advisorId).stream().map(Contact::toDetails).toList();
	}

	public ContactDetails get(Long id) {
		return load(id).toDetails();
	}

	/**
	 * The id of the contact logged with this form submission, if it was logged already.
	 */
	public Optional<Long> findBySubmission(UUID submissionKey) {
		return this.contacts.findBySubmissionKey(submissionKey).map(Contact::getId);
	}

	/**
	 * The neighbourhoods where the counterpart is a member on the day.
	 */
	public List<Long> neighbourhoodsOf(Long partnerId, LocalDate on) {
		return this.memberships.currentNeighbourhoodIds(partnerId, on);
	}

	/**
	 * The neighbourhood to pre-fill for a counterpart: the one where it is a member on
	 * the day, if there is exactly one. With two or more the advisor chooses; a guess
	 * would skew the figures per neighbourhood.
	 */
	public Optional<Long> defaultNeighbourhood(Long partnerId, LocalDate on) {
		List<Long> neighbourhoods = neighbourhoodsOf(partnerId, on);
		return (neighbourhoods.size() == 1) ? Optional.of(neighbourhoods.get(0)) : Optional.empty();
	}

	/**
	 * The kind of the advisor's most recent contact, to preset the next one.
	 */
	public Optional<ContactKind> lastKind(Long advisorId) {
		return this.contacts.findRecentKinds(advisorId, Limit.of(1)).stream().findFirst();
	}

	/**
	 * Logs a contact moment. A second submission of the same form (same key) logs nothing
	 * and answers the first contact's id.
	 * @throws UnknownPartnerException when the counterpart does not exist
	 */
	@Transactional
	public Long log(ContactData data, UUID submissionKey) {
		Optional<Long> earlier = findBySubmission(submissionKey);
		if (earlier.isPresent()) {
			return earlier.get();
		}
		PartnerDomain domain = domainOf(data.counterpartId());
		return this.contacts.save(new Contact(withDefaultNeighbourhood(data), domain, submissionKey)).getId();
	}

	/**
	 * @throws ObjectOptimisticLockingFailureException when someone else saved it since
	 * {@code version}
	 */
	@Transactional
	public void update(Long id, ContactData data, long version, CurrentUser user) {
		Contact contact = load(id);
		checkMayChange(contact, user);
		contact.checkVersion(version);
		PartnerDomain domain = contact.getCounterpartId().equals(data.counterpartId()) ? contact.getCounterpartDomain()
				: domainOf(data.counterpartId());
		contact.describe(withDefaultNeighbourhood(data), domain);
	}

	@Transactional
	public void delete(Long id, CurrentUser user) {
		Contact contact = load(id);
		checkMayChange(contact, user);
		this.contacts.delete(contact);
	}

	@Transactional
	public void markFollowUpDone(Long id, CurrentUser user) {
		Contact contact = load(id);
		checkMayChange(contact, user);
		contact.markFollowUpDone();
	}

	/**
	 * Ticks off several follow-ups at once, all or none: each must exist, be open, be the
	 * user's to change and still have the version the user saw.
	 * @param versions the contact moments' versions as the user saw them, by id
	 * @return what an undo needs
	 * @throws ContactNotFoundException when one does not exist
	 * @throws AccessDeniedException when one is not the user's to change
	 * @throws ObjectOptimisticLockingFailureException when one changed since, or is not
	 * open any more
	 */
	@Transactional
	public TickOff markFollowUpsDone(Map<Long, Long> versions, CurrentUser user) {
		List<Contact> selected = loadForChange(versions, user, Contact::isFollowUpOpen);
		selected.forEach(Contact::markFollowUpDone);
		this.contacts.flush();
		return new TickOff(selected.stream().collect(Collectors.toMap(Contact::getId, Contact::getVersion)),
				this.clock.instant());
	}

	/**
	 * Opens the follow-ups of a tick-off again, all or none, within
	 * {@link TickOff#UNDO_WINDOW}.
	 * @return how many were opened again
	 * @throws UndoExpiredException when the window has passed
	 * @throws ObjectOptimisticLockingFailureException when one changed since the tick-off
	 */
	@Transactional
	public int undo(TickOff tickOff, CurrentUser user) {
		if (!tickOff.isUndoableAt(this.clock.instant())) {
			throw new UndoExpiredException();
		}
		List<Contact> selected = loadForChange(tickOff.versions(), user, Contact::isFollowUpDone);
		selected.forEach(Contact::reopenFollowUp);
		return selected.size();
	}

	/**
	 * The user's overdue follow-ups: how many, and the {@code limit} most overdue.
	 */
	public OverdueFollowUps overdueFollowUps(Long advisorId, int limit) {
		LocalDate today = LocalDate.now(this.clock);
		long count = this.search.countOverdueFollowUps(advisorId, today);
		if (count == 0) {
			return new OverdueFollowUps(0, List.of(), Map.of());
		}
		List<FollowUp> mostUrgent = this.search.overdueFollowUps(advisorId, today, limit);
		return new OverdueFollowUps(count, mostUrgent,
				this.partners.names(mostUrgent.stream().map(FollowUp::counterpartId).collect(Collectors.toSet())));
	}

	/**
	 * The neighbourhoods an advisor works in: those of the advisor's contact moments
	 * dated from {@code since} on.
	 */
	public Set<Long> neighbourhoodsWorkedIn(Long advisorId, LocalDate since) {
		return Set.copyOf(this.contacts.findNeighbourhoodIds(advisorId, since));
	}

	/**
	 * Open follow-ups, overdue first; of one advisor, or of everyone when
	 * {@code advisorId} is null.
	 */
	public List<FollowUp> openFollowUps(Long advisorId, int limit) {
		return this.search.openFollowUps(advisorId, limit);
	}

	public long countOpenFollowUps(Long advisorId) {
		return this.search.countOpenFollowUps(advisorId);
	}

	/**
	 * Advisors change their own contacts; coordinators everyone's.
	 */
	public static boolean mayChange(CurrentUser user, Long advisorId) {
		return user.getRole() == Role.COORDINATOR || (user.getRole() == Role.ADVISOR && user.getId().equals(advisorId));
	}

	private void checkMayChange(Contact contact, CurrentUser user) {
		if (!mayChange(user, contact.getAdvisorId())) {
			throw new AccessDeniedException("Not your contact moment");
		}
	}

	private List<Contact> loadForChange(Map<Long, Long> versions, CurrentUser user, Predicate<Contact> expected) {
		List<Contact> found = this.contacts.findAllById(versions.keySet());
		if (found.size() != versions.size()) {
			Set<Long> missing = new HashSet<>(versions.keySet());
			found.forEach((contact) -> missing.remove(contact.getId()));
			throw new ContactNotFoundException(missing.iterator().next());
		}
		for (Contact contact : found) {
			checkMayChange(contact, user);
			contact.checkVersion(versions.get(contact.getId()));
			if (!expected.test(contact)) {
				throw new ObjectOptimisticLockingFailureException(Contact.class, contact.getId());
			}
		}
		return found;
	}

	private ContactData withDefaultNeighbourhood(ContactData data) {
		if (data.neighbourhoodId() != null) {
			return data;
		}
		LocalDate on = (data.date() != null) ? data.date() : LocalDate.now(this.clock);
		return defaultNeighbourhood(data.counterpartId(), on)
			.map((neighbourhood) -> new ContactData(data.date(), data.advisorId(), data.counterpartId(),
					data.participantIds(), neighbourhood, data.kind(), data.subject(), data.notes(), data.followUp(),
					data.followUpDue(), data.followUpDone()))
			.orElse(data);
	}

	private PartnerDomain domainOf(Long partnerId) {
		return this.partners.domainOf(partnerId).orElseThrow(() -> new UnknownPartnerException(partnerId));
	}

	private Contact load(Long id) {
		return this.contacts.findById(id).orElseThrow(() -> new ContactNotFoundException(id));
	}

}
