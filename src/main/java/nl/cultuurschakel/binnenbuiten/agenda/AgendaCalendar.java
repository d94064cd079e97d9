package nl.cultuurschakel.binnenbuiten.agenda;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import nl.cultuurschakel.binnenbuiten.account.UserDetailsView;
import nl.cultuurschakel.binnenbuiten.activity.ActivityFilter;
import nl.cultuurschakel.binnenbuiten.activity.ActivityListItem;
import nl.cultuurschakel.binnenbuiten.activity.ActivityRow;
import nl.cultuurschakel.binnenbuiten.activity.ActivityService;
import nl.cultuurschakel.binnenbuiten.activity.ActivityStatus;
import nl.cultuurschakel.binnenbuiten.contact.ContactService;
import nl.cultuurschakel.binnenbuiten.contact.FollowUp;
import nl.cultuurschakel.binnenbuiten.partner.PartnerService;
import nl.cultuurschakel.binnenbuiten.shared.DenHaag;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * A user's agenda as iCalendar (RFC 5545, written by ical4j, which escapes and folds): an
 * all-day event on the due date of each open follow-up with one, and an event per
 * activity, from {@value #DAYS_BACK} days ago to a year ahead, in the neighbourhoods the
 * user works in (those of their contact moments of the past year). Times in UTC; UIDs
 * stay the same from one fetch to the next (an activity's is the one the activity export
 * gives it too). Each entry says only what it is, with whom, and links back to the app.
 */
@Component
@RequiredArgsConstructor
class AgendaCalendar {

	/** Activities from this many days back. */
	static final int DAYS_BACK = 30;

	/** ... to this many days ahead. */
	static final int DAYS_AHEAD = 365;

	/**
	 * A neighbourhood counts as the user's with a contact moment there this many days
	 * back.
	 */
	static final int WORKED_IN_DAYS = 365;

	static final int MAX_FOLLOW_UPS = 500;

	static final int MAX_ACTIVITIES = 2000;

	/** The domain part of every UID. */
	static final String UID_DOMAIN = "binnenbuiten.cultuurschakel.nl";

	private final ContactService contacts;

	private final ActivityService activities;

	private final PartnerService partners;

	private final MessageSource messages;

	private final Clock clock;

	/**
	 * The user's agenda, with links to the application at {@code base} (such as
	 * {@code https://host/}).
	 */
	String write(UserDetailsView user, URI base, Locale locale) {
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.ofInstant(now, DenHaag.ZONE);
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//CultuurSchakel Den Haag//BinnenBuiten//NL"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(ImmutableMethod.PUBLISH);
		calendar.add(new XProperty("X-WR-CALNAME", text("agenda.feed.name", locale, user.displayName())));
		calendar.add(new XProperty("X-WR-TIMEZONE", DenHaag.ZONE.getId()));
		followUps(user.id(), base, now, locale).forEach(calendar::add);
		activities(user.id(), today, base, now, locale).forEach(calendar::add);
		StringWriter out = new StringWriter();
		try {
			new CalendarOutputter(false).output(calendar, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	private List<VEvent> followUps(Long userId, URI base, Instant now, Locale locale) {
		List<FollowUp> followUps = this.contacts.openFollowUps(userId, MAX_FOLLOW_UPS)
			.stream()
			.filter((followUp) -> followUp.due() != null)
			.toList();
		Map<Long, String> partnerNames = this.partners
			.names(followUps.stream().map(FollowUp::counterpartId).collect(Collectors.toSet()));
		return followUps.stream().map((followUp) -> {
			URI link = base.resolve("contacts/" + followUp.contactId());
			VEvent event = new VEvent(followUp.due(), followUp.due().plusDays(1), text("agenda.feed.followUp", locale,
					followUp.subject(), partnerNames.getOrDefault(followUp.counterpartId(), "")));
			event.replace(new DtStamp(now));
			event.add(new Uid("follow-up-" + followUp.contactId() + "@" + UID_DOMAIN));
			event.add(new Description(text("agenda.feed.followUp.description", locale, link)));
			event.add(new Url(link));
			event.add(ImmutableTransp.TRANSPARENT);
			return event;
		}).toList();
	}

	private List<VEvent> activities(Long userId, LocalDate today, URI base, Instant now, Locale locale) {
		Set<Long> neighbourhoods = this.contacts.neighbourhoodsWorkedIn(userId, today.minusDays(WORKED_IN_DAYS));
		if (neighbourhoods.isEmpty()) {
			return List.of();
		}
		List<ActivityListItem> items = this.activities
			.find(new ActivityFilter(today.minusDays(DAYS_BACK), today.plusDays(DAYS_AHEAD), null, null, null, null,
					null, null, neighbourhoods), PageRequest.of(0, MAX_ACTIVITIES, Sort.by("date", "startTime", "id")))
			.getContent();
		return items.stream().map((item) -> {
			ActivityRow row = item.row();
			URI link = base.resolve("activities/" + row.id());
			VEvent event = new VEvent(row.date().atTime(row.startTime()).atZone(DenHaag.ZONE).toInstant(),
					row.date().atTime(row.endTime()).atZone(DenHaag.ZONE).toInstant(), row.title());
			event.replace(new DtStamp(now));
			event.add(new Uid("activity-" + row.id() + "@" + UID_DOMAIN));
			if (item.location() != null) {
				event.add(new Location(item.location()));
			}
			event
				.add(new Description(text("agenda.feed.activity.description", locale, item.neighbourhoodName(), link)));
			event.add(new Url(link));
			event.add((row.status() == ActivityStatus.CANCELLED) ? ImmutableStatus.VEVENT_CANCELLED
					: ImmutableStatus.VEVENT_CONFIRMED);
			return event;
		}).toList();
	}

	private String text(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

}
