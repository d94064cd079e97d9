package nl.cultuurschakel.binnenbuiten.story;

import java.time.LocalDate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.activity.ActivityTimeline;
import nl.cultuurschakel.binnenbuiten.contact.ContactTimeline;
import nl.cultuurschakel.binnenbuiten.grant.GrantTimeline;
import nl.cultuurschakel.binnenbuiten.grant.ReceivedGrant;
import nl.cultuurschakel.binnenbuiten.idea.IdeaOption;
import nl.cultuurschakel.binnenbuiten.idea.IdeaService;
import nl.cultuurschakel.binnenbuiten.idea.IdeaTimeline;
import nl.cultuurschakel.binnenbuiten.partner.MembershipService;
import nl.cultuurschakel.binnenbuiten.partner.MembershipView;
import nl.cultuurschakel.binnenbuiten.shared.Period;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A partner's timeline: everything with this partner, newest first. Each kind comes from
 * its own module in one query, so the timeline takes the same number of SQL statements
 * for five entries as for five hundred; the entries are merged and paged here.
 * <p>
 * Memberships give two entries: the day it started (with the roles it has now) and the
 * day it ended. Role changes within a membership are not recorded as history, so a
 * changed role shows only as the membership's current roles.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class PartnerStory {

	private final ContactTimeline contacts;

	private final ActivityTimeline activities;

	private final IdeaTimeline ideas;

	private final IdeaService ideaNames;

	private final GrantTimeline grants;

	private final MembershipService memberships;

	private final Clock clock;

	/** The kinds the user may see: partner users never see contact moments. */
	public static Set<StoryKind> kindsFor(CurrentUser user) {
		return user.isStaff() ? EnumSet.allOf(StoryKind.class) : EnumSet.complementOf(EnumSet.of(StoryKind.CONTACT));
	}

	/**
	 * One page of the partner's timeline as the user may see it.
	 * @param kind only this kind, or null for every kind the user may see
	 * @param period only entries dated in it (either end open)
	 */
	public Page<StoryEntry> of(Long partnerId, CurrentUser user, StoryKind kind, Period period, Pageable pageable) {
		Set<StoryKind> kinds = EnumSet.copyOf(kindsFor(user));
		if (kind != null) {
			kinds.retainAll(Set.of(kind));
		}
		List<StoryEntry> entries = new ArrayList<>();
		if (kinds.contains(StoryKind.CONTACT)) {
			this.contacts.ofPartner(partnerId, period)
				.forEach((c) -> entries.add(new StoryEntry(StoryKind.CONTACT, c.date(), "/contacts/" + c.id(),
						c.subject(), "contact.kind." + c.kind(), null, Set.of())));
		}
		if (kinds.contains(StoryKind.ACTIVITY)) {
			this.activities.ofPartner(partnerId, period)
				.forEach((a) -> entries.add(new StoryEntry(StoryKind.ACTIVITY, a.date(), "/activities/" + a.id(),
						a.title(), "activity.status." + a.status(), null, Set.of())));
		}
		if (kinds.contains(StoryKind.IDEA)) {
			this.ideas.ofPartner(partnerId, period)
				.forEach((i) -> entries.add(new StoryEntry(StoryKind.IDEA, i.collectedOn(), "/ideas/" + i.id(),
						i.title(), "idea.status." + i.status(), null, Set.of())));
		}
		if (kinds.contains(StoryKind.GRANT)) {
			addGrants(partnerId, period, entries);
		}
		if (kinds.contains(StoryKind.MEMBERSHIP)) {
			addMemberships(partnerId, period, entries);
		}
		entries.sort(StoryEntry.NEWEST_FIRST);
		int start = (int) Math.min(pageable.getOffset(), entries.size());
		int end = Math.min(start + pageable.getPageSize(), entries.size());
		return new PageImpl<>(entries.subList(start, end), pageable, entries.size());
	}

	private void addGrants(Long partnerId, Period period, List<StoryEntry> entries) {
		List<ReceivedGrant> found = this.grants.ofPartner(partnerId, period);
		Map<Long, IdeaOption> ideas = found.isEmpty() ? Map.of()
				: this.ideaNames.byIds(found.stream().map(ReceivedGrant::ideaId).toList());
		for (ReceivedGrant grant : found) {
			IdeaOption idea = ideas.get(grant.ideaId());
			entries.add(new StoryEntry(StoryKind.GRANT, grant.date(), "/grants/" + grant.id(),
					(idea != null) ? idea.title() : null, "grant.status." + grant.status(), grant.amount(), Set.of()));
		}
	}

	private void addMemberships(Long partnerId, Period period, List<StoryEntry> entries) {
		LocalDate today = LocalDate.now(this.clock);
		for (MembershipView membership : this.memberships.ofPartner(partnerId)) {
			Set<String> roles = new TreeSet<>();
			membership.roles().forEach((role) -> roles.add("membership.role." + role));
			String path = "/neighbourhoods/" + membership.neighbourhoodId();
			if (period.contains(membership.startDate())) {
				entries.add(new StoryEntry(StoryKind.MEMBERSHIP, membership.startDate(), path,
						membership.neighbourhoodName(), "story.membership.started", null, roles));
			}
			LocalDate end = membership.endDate();
			if (end != null && !end.isAfter(today) && period.contains(end)) {
				entries.add(new StoryEntry(StoryKind.MEMBERSHIP, end, path, membership.neighbourhoodName(),
						"story.membership.ended", null, roles));
			}
		}
	}

}
