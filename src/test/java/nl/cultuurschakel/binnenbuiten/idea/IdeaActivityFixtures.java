package nl.cultuurschakel.binnenbuiten.idea;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.cultuurschakel.binnenbuiten.activity.ActivityData;
import nl.cultuurschakel.binnenbuiten.activity.ActivityService;
import nl.cultuurschakel.binnenbuiten.activity.CostType;
import nl.cultuurschakel.binnenbuiten.partner.PartnerData;
import nl.cultuurschakel.binnenbuiten.partner.PartnerDomain;
import nl.cultuurschakel.binnenbuiten.partner.PartnerProfile;
import nl.cultuurschakel.binnenbuiten.partner.PartnerService;
import nl.cultuurschakel.binnenbuiten.shared.Discipline;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Real activities for idea tests, made in one call: done, with the children reached, at
 * an address, organised by a partner of this fixture. The idea pages reach them through
 * the real activity module. {@link #reset()} removes them again and must run before the
 * ideas they realise and their neighbourhoods are deleted.
 */
@TestComponent
public class IdeaActivityFixtures {

	private final ActivityService activities;

	private final PartnerService partners;

	private final JdbcTemplate jdbc;

	private final List<Long> created = new ArrayList<>();

	private Long organiser;

	IdeaActivityFixtures(ActivityService activities, PartnerService partners, JdbcTemplate jdbc) {
		this.activities = activities;
		this.partners = partners;
		this.jdbc = jdbc;
	}

	/**
	 * Adds a done activity in the neighbourhood that is not linked to any idea yet.
	 */
	public synchronized Long add(Long neighbourhoodId, String title, LocalDate date, Integer childrenReached) {
		ActivityData data = new ActivityData(title, null, neighbourhoodId, Set.of(organiser()), date,
				LocalTime.of(15, 0), LocalTime.of(16, 0), null, "Wijkplein 1, Den Haag", Discipline.OTHER, 8, 12, null,
				CostType.FREE, null, null, Set.of(), null);
		Long id = this.activities.plan(data, null, true).get(0);
		this.activities.markDone(id, (childrenReached != null) ? childrenReached : 0);
		this.created.add(id);
		return id;
	}

	public synchronized void reset() {
		for (Long id : this.created) {
			this.jdbc.update("delete from activity where id = ?", id);
		}
		this.created.clear();
		if (this.organiser != null) {
			this.jdbc.update("delete from partner where id = ?", this.organiser);
			this.organiser = null;
		}
	}

	private Long organiser() {
		if (this.organiser == null) {
			String name = "Uitvoerder " + UUID.randomUUID().toString().substring(0, 8);
			this.organiser = this.partners
				.register(new PartnerData(name, PartnerDomain.OTHER, false, new PartnerProfile("Contact " + name,
						"uitvoerder@example.org", "070 555 0000", null, null, "Activiteiten voor kinderen", Set.of())));
		}
		return this.organiser;
	}

}
