package nl.cultuurschakel.binnenbuiten.contact;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import nl.cultuurschakel.binnenbuiten.IntegrationTest;
import nl.cultuurschakel.binnenbuiten.account.AccountFixtures;
import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.account.Role;
import nl.cultuurschakel.binnenbuiten.partner.NetworkFixtures;
import nl.cultuurschakel.binnenbuiten.partner.PartnerDomain;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.core.env.Environment;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The nightly retention job erases the notes of contact moments older than the retention
 * period (five years by default) and keeps the contact moments, so every count stays.
 * Runs in a rolled-back transaction with dates long before any other test's data.
 */
@IntegrationTest
@Transactional
@RecordApplicationEvents
class ContactNoteRetentionTests {

	/** "Today" for the job: the retention period reaches back to 2005-06-01. */
	static final LocalDate TODAY = LocalDate.of(2010, 6, 1);

	@Autowired
	ContactNoteRetention retention;

	@Autowired
	ContactService contacts;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	NetworkFixtures network;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEvents events;

	@Autowired
	ScheduledTaskHolder scheduler;

	@Autowired
	Environment environment;

	@PersistenceContext
	EntityManager entityManager;

	Long old;

	Long lastDayErased;

	Long firstDayKept;

	Long recent;

	Long partner;

	@BeforeEach
	void setUp() {
		CurrentUser advisor = this.accounts.create("retention", Role.ADVISOR);
		this.partner = this.network.partner("Bewaarschool", PartnerDomain.ARTS_CULTURE);
		this.old = log(advisor, LocalDate.of(2004, 3, 1), "Oude notitie over mevrouw Jansen");
		this.lastDayErased = log(advisor, LocalDate.of(2005, 5, 31), "Notitie van de dag ervoor");
		this.firstDayKept = log(advisor, LocalDate.of(2005, 6, 1), "Notitie van precies vijf jaar geleden");
		this.recent = log(advisor, LocalDate.of(2009, 9, 1), "Recente notitie");
		// Written now, so that the SQL of the checks sees them.
		this.entityManager.flush();
	}

	@Test
	void erasesNotesOlderThanTheRetentionPeriodAndKeepsTheContactMoments() {
		Map<String, Object> countsBefore = counts();

		int erased = this.retention.eraseExpiredNotes(TODAY);

		assertThat(erased).isEqualTo(2);
		assertThat(notes(this.old)).isNull();
		assertThat(notes(this.lastDayErased)).isNull();
		assertThat(notes(this.firstDayKept)).isEqualTo("Notitie van precies vijf jaar geleden");
		assertThat(notes(this.recent)).isEqualTo("Recente notitie");
		assertThat(counts()).isEqualTo(countsBefore);
		assertThat(this.contacts.get(this.old).data().subject()).isEqualTo("Overleg 2004-03-01");
		assertThat(this.events.stream(ContactNotesErased.class))
			.containsExactly(new ContactNotesErased(LocalDate.of(2005, 6, 1), List.of(this.old, this.lastDayErased)));
	}

	@Test
	void erasingAgainFindsNothingAndPublishesNothing() {
		this.retention.eraseExpiredNotes(TODAY);
		this.events.clear();

		assertThat(this.retention.eraseExpiredNotes(TODAY)).isZero();
		assertThat(this.events.stream(ContactNotesErased.class)).isEmpty();
	}

	@Test
	void anErasedNoteGivesTheContactMomentANewVersion() {
		long before = this.contacts.get(this.old).version();

		this.retention.eraseExpiredNotes(TODAY);

		assertThat(this.contacts.get(this.old).version()).isEqualTo(before + 1);
	}

	@Test
	void runsEveryNightUnlessSwitchedOff() throws NoSuchMethodException {
		String cron = ContactNoteRetention.class.getMethod("nightly").getAnnotation(Scheduled.class).cron();
		String byDefault = new StandardEnvironment().resolveRequiredPlaceholders(cron);

		assertThat(CronExpression.parse(byDefault).next(LocalDateTime.of(2026, 1, 1, 12, 0)))
			.isEqualTo(LocalDateTime.of(2026, 1, 2, 3, 30));
		// The tests switch the schedule off (see IntegrationTest); scheduling itself is
		// on.
		assertThat(this.environment.getProperty("binnenbuiten.privacy.contact-note-retention-cron")).isEqualTo("-");
		assertThat(this.scheduler.getScheduledTasks()).isNotNull();
	}

	private Long log(CurrentUser advisor, LocalDate date, String notes) {
		return this.contacts.log(new ContactData(date, advisor.getId(), this.partner, Set.of(), null,
				ContactKind.MEETING, "Overleg " + date, notes, null, null, false), UUID.randomUUID());
	}

	private String notes(Long id) {
		return this.jdbc.queryForObject("select notes from contact where id = ?", String.class, id);
	}

	private Map<String, Object> counts() {
		return this.jdbc.queryForMap("""
				select count(*) as contacts, count(*) filter (where counterpart_domain = 'ARTS_CULTURE') as arts,
				       min(contact_date) as first, max(contact_date) as last
				  from contact where counterpart_id = ?""", this.partner);
	}

}
