package nl.cultuurschakel.binnenbuiten.grant;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.cultuurschakel.binnenbuiten.account.Actor;
import nl.cultuurschakel.binnenbuiten.idea.IdeaActivityFixtures;
import nl.cultuurschakel.binnenbuiten.idea.IdeaData;
import nl.cultuurschakel.binnenbuiten.idea.IdeaService;
import nl.cultuurschakel.binnenbuiten.shared.Discipline;
import nl.cultuurschakel.binnenbuiten.workshop.WorkshopData;
import nl.cultuurschakel.binnenbuiten.workshop.WorkshopService;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Workshops, ideas, grants and budgets for tests, removed again by
 * {@link #deleteCreated()} (before the network and the users they refer to).
 */
@TestComponent
public class YouthFixtures {

	private final WorkshopService workshops;

	private final IdeaService ideas;

	private final GrantService grants;

	private final IdeaActivityFixtures activities;

	private final JdbcTemplate jdbc;

	private final List<Long> workshopIds = new ArrayList<>();

	private final List<Long> ideaIds = new ArrayList<>();

	private final List<Integer> budgetYears = new ArrayList<>();

	YouthFixtures(WorkshopService workshops, IdeaService ideas, GrantService grants, IdeaActivityFixtures activities,
			JdbcTemplate jdbc) {
		this.workshops = workshops;
		this.ideas = ideas;
		this.grants = grants;
		this.activities = activities;
		this.jdbc = jdbc;
	}

	public Long workshop(Long neighbourhoodId, LocalDate on, int children) {
		Long id = this.workshops
			.create(new WorkshopData(on, neighbourhoodId, null, null, children, 8, 12, "groep 6", null));
		this.workshopIds.add(id);
		return id;
	}

	public Long idea(Long neighbourhoodId, String title, LocalDate collectedOn) {
		return idea(neighbourhoodId, null, title, collectedOn);
	}

	public Long idea(Long neighbourhoodId, Long workshopId, String title, LocalDate collectedOn) {
		Long id = this.ideas.collect(
				new IdeaData(title, null, workshopId, neighbourhoodId, Discipline.MUSIC, 3, collectedOn), Actor.SYSTEM);
		this.ideaIds.add(id);
		return id;
	}

	public Long grant(Long ideaId, Long partnerId, String amount, LocalDate requestedOn) {
		return this.grants.request(new GrantRequest(ideaId, partnerId, new BigDecimal(amount), requestedOn, null, null),
				Actor.SYSTEM);
	}

	public Long awardedGrant(Long ideaId, Long partnerId, String amount, LocalDate decidedOn) {
		Long id = grant(ideaId, partnerId, amount, decidedOn.minusDays(10));
		this.grants.decide(id,
				new GrantDecision(GrantStatus.AWARDED, decidedOn, new BigDecimal(amount), null, null, null, true, null),
				Actor.SYSTEM);
		return id;
	}

	public void budget(int year, String amount) {
		this.budgetYears.add(year);
		this.jdbc.update("delete from grant_budget where budget_year = ?", year);
		this.grants.setBudget(year, new BigDecimal(amount));
	}

	/**
	 * Remembers ideas or workshops that a test created through the web.
	 */
	public void trackIdea(Long id) {
		this.ideaIds.add(id);
	}

	public void trackWorkshop(Long id) {
		this.workshopIds.add(id);
	}

	public void deleteCreated() {
		// Activities first: they may realise the ideas deleted below.
		this.activities.reset();
		for (Long id : this.workshopIds) {
			this.jdbc.update(
					"delete from grant_contribution where idea_id in (select id from idea where workshop_id = ?)", id);
			this.jdbc.update("delete from idea where workshop_id = ?", id);
		}
		for (Long id : this.ideaIds) {
			this.jdbc.update("delete from grant_contribution where idea_id = ?", id);
			this.jdbc.update("delete from idea where id = ?", id);
		}
		for (Long id : this.workshopIds) {
			this.jdbc.update("delete from workshop where id = ?", id);
		}
		for (Integer year : this.budgetYears) {
			this.jdbc.update("delete from grant_budget where budget_year = ?", year);
		}
		this.workshopIds.clear();
		this.ideaIds.clear();
		this.budgetYears.clear();
	}

}
