package nl.cultuurschakel.binnenbuiten.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import nl.cultuurschakel.binnenbuiten.IntegrationTest;
import nl.cultuurschakel.binnenbuiten.grant.BudgetOverview;
import nl.cultuurschakel.binnenbuiten.grant.GrantFigures;
import nl.cultuurschakel.binnenbuiten.grant.GrantService;
import nl.cultuurschakel.binnenbuiten.idea.IdeaActivityFixtures;
import nl.cultuurschakel.binnenbuiten.idea.IdeaCard;
import nl.cultuurschakel.binnenbuiten.idea.IdeaFilter;
import nl.cultuurschakel.binnenbuiten.idea.IdeaService;
import nl.cultuurschakel.binnenbuiten.idea.IdeaStatus;
import nl.cultuurschakel.binnenbuiten.workshop.WorkshopFigures;
import nl.cultuurschakel.binnenbuiten.workshop.WorkshopService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo workshops, ideas and grants give the brochure's figures for 2022–2024, and
 * other figures for a single year. Loaded inside the test's transaction and rolled back.
 */
@IntegrationTest
@Transactional
class DemoYouthDataTests {

	static final LocalDate FROM = LocalDate.of(2022, 1, 1);

	static final LocalDate TO = LocalDate.of(2024, 12, 31);

	@Autowired
	DemoDataSet dataSet;

	@Autowired
	WorkshopService workshops;

	@Autowired
	IdeaService ideas;

	@Autowired
	GrantService grants;

	@Autowired
	IdeaActivityFixtures activities;

	@Autowired
	DemoActivities demoActivities;

	@AfterEach
	void cleanUp() {
		this.activities.reset();
	}

	@Test
	void brochureFiguresFor2022To2024AndOthersFor2023() {
		DemoNetwork network = this.dataSet.loadNetwork();
		this.dataSet.loadYouthParticipation(network);
		List<Long> demo = network.neighbourhoodIds();

		assertThat(this.workshops.figures(FROM, TO, demo)).isEqualTo(new WorkshopFigures(27, 234));
		assertThat(this.ideas.countCollected(FROM, TO, demo)).isEqualTo(49);
		GrantFigures awarded = this.grants.awarded(FROM, TO, demo);
		assertThat(awarded.count()).isEqualTo(27);
		assertThat(this.workshops.neighbourhoodIdsWithWorkshops(FROM, TO, demo)).hasSize(9);

		LocalDate from2023 = LocalDate.of(2023, 1, 1);
		LocalDate to2023 = LocalDate.of(2023, 12, 31);
		assertThat(this.workshops.figures(from2023, to2023, demo)).isEqualTo(new WorkshopFigures(9, 77));
		assertThat(this.ideas.countCollected(from2023, to2023, demo)).isEqualTo(18);
		assertThat(this.grants.awarded(from2023, to2023, demo).count()).isEqualTo(9);

		assertThat(this.workshops.figures(LocalDate.of(2020, 1, 1), LocalDate.of(2026, 12, 31), demo).workshops())
			.isEqualTo(29);
		assertThat(this.grants.awarded(LocalDate.of(2020, 1, 1), LocalDate.of(2026, 12, 31), demo).count())
			.isEqualTo(29);
	}

	@Test
	void ideasSpreadOverTheLifecycleAndGrantsFitTheBudgets() {
		DemoNetwork network = this.dataSet.loadNetwork();
		this.demoActivities.create(network);
		this.dataSet.loadYouthParticipation(network);
		List<Long> demo = network.neighbourhoodIds();

		Map<IdeaStatus, Long> funnel = this.ideas.countByStatus(FROM, TO, demo);
		assertThat(funnel.get(IdeaStatus.COLLECTED)).isPositive();
		assertThat(funnel.get(IdeaStatus.EXPLORING)).isPositive();
		assertThat(funnel.get(IdeaStatus.PLANNED)).isPositive();
		assertThat(funnel.get(IdeaStatus.PARKED)).isPositive();
		assertThat(funnel.get(IdeaStatus.REALISED)).isPositive();
		assertThat(this.ideas.collectedIn(FROM, TO, demo)).filteredOn((idea) -> idea.status() == IdeaStatus.REALISED)
			.allSatisfy((idea) -> assertThat(this.ideas.activitiesOf(idea.id())).as(idea.title()).isNotEmpty());

		List<IdeaCard> moerwijk = this.ideas
			.find(new IdeaFilter(network.neighbourhoods().get("Moerwijk"), null, FROM, TO), Sort.by("title"));
		assertThat(moerwijk).extracting(IdeaCard::title).contains("Freestyle-voetbalshow");
		List<IdeaCard> bouwlust = this.ideas
			.find(new IdeaFilter(network.neighbourhoods().get("Bouwlust"), null, FROM, TO), Sort.by("title"));
		assertThat(bouwlust).extracting(IdeaCard::title).contains("Technisch lego");
		assertThat(this.ideas.find(new IdeaFilter(network.neighbourhoods().get("Vrederust"), null, FROM, TO),
				Sort.by("title")))
			.extracting(IdeaCard::title)
			.contains("Een app voor de wijk", "Een pas voor alle activiteiten", "Een muurschildering");

		for (int year = 2022; year <= 2024; year++) {
			BudgetOverview budget = this.grants.budget(year);
			assertThat(budget.remaining()).as("remaining %d", year).isGreaterThanOrEqualTo(BigDecimal.ZERO);
			assertThat(budget.awarded()).isGreaterThan(BigDecimal.ZERO);
		}
		for (GrantFigures year : this.grants.awardedPerYear(FROM, TO, demo)) {
			assertThat(year.count()).isEqualTo(9);
		}
	}

	@Test
	void ideasMeantToBeRealisedAreLinkedToTheFittingDemoActivities() {
		DemoNetwork network = this.dataSet.loadNetwork();
		Long moerwijk = network.neighbourhoods().get("Moerwijk");
		Long bouwlust = network.neighbourhoods().get("Bouwlust");
		this.activities.add(moerwijk, "Buurtfeest", LocalDate.of(2022, 9, 1), 80);
		Long show = this.activities.add(moerwijk, "Freestyle-voetbalshow op het plein", LocalDate.of(2022, 9, 10), 120);
		Long lego = this.activities.add(bouwlust, "Technisch Lego-lab", LocalDate.of(2022, 8, 20), 16);

		this.dataSet.loadYouthParticipation(network);

		IdeaCard football = this.ideas.find(new IdeaFilter(moerwijk, null, FROM, TO), Sort.by("title"))
			.stream()
			.filter((idea) -> idea.title().equals("Freestyle-voetbalshow"))
			.findFirst()
			.orElseThrow();
		assertThat(football.status()).isEqualTo(IdeaStatus.REALISED);
		assertThat(this.ideas.activitiesOf(football.id())).extracting((activity) -> activity.id())
			.containsExactly(show);
		IdeaCard technology = this.ideas.find(new IdeaFilter(bouwlust, null, FROM, TO), Sort.by("title"))
			.stream()
			.filter((idea) -> idea.title().equals("Technisch lego"))
			.findFirst()
			.orElseThrow();
		assertThat(technology.status()).isEqualTo(IdeaStatus.REALISED);
		assertThat(this.ideas.activitiesOf(technology.id())).extracting((activity) -> activity.id())
			.containsExactly(lego);
		assertThat(this.ideas.countCollected(FROM, TO, network.neighbourhoodIds())).isEqualTo(49);
	}

}
