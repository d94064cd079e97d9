package nl.cultuurschakel.binnenbuiten.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.activity.ActivityFigures;
import nl.cultuurschakel.binnenbuiten.activity.CostType;
import nl.cultuurschakel.binnenbuiten.contact.ContactFigures;
import nl.cultuurschakel.binnenbuiten.contact.DomainSplit;
import nl.cultuurschakel.binnenbuiten.grant.GrantFigures;
import nl.cultuurschakel.binnenbuiten.grant.GrantService;
import nl.cultuurschakel.binnenbuiten.idea.IdeaService;
import nl.cultuurschakel.binnenbuiten.idea.IdeaStatus;
import nl.cultuurschakel.binnenbuiten.neighbourhood.NeighbourhoodService;
import nl.cultuurschakel.binnenbuiten.partner.PartnerDomain;
import nl.cultuurschakel.binnenbuiten.partner.PartnerFigures;
import nl.cultuurschakel.binnenbuiten.shared.Chart;
import nl.cultuurschakel.binnenbuiten.shared.Period;
import nl.cultuurschakel.binnenbuiten.shared.Share;
import nl.cultuurschakel.binnenbuiten.workshop.WorkshopFigures;
import nl.cultuurschakel.binnenbuiten.workshop.WorkshopService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static nl.cultuurschakel.binnenbuiten.dashboard.FigureKey.ACCESSIBLE_ACTIVITIES;
import static nl.cultuurschakel.binnenbuiten.dashboard.FigureKey.ACTIVITIES;
import static nl.cultuurschakel.binnenbuiten.dashboard.FigureKey.CHILDREN_REACHED;
import static nl.cultuurschakel.binnenbuiten.dashboard.FigureKey.CHILDREN_SPOKEN;
import static nl.cultuurschakel.binnenbuiten.dashboard.FigureKey.CONTACT_MOMENTS;
import static nl.cultuurschakel.binnenbuiten.dashboard.FigureKey.CONTACT_SHARE_ARTS_CULTURE;
import static nl.cultuurschakel.binnenbuiten.dashboard.FigureKey.CONTACT_SHARE_SOCIAL;
import static nl.cultuurschakel.binnenbuiten.dashboard.FigureKey.GRANTS;
import static nl.cultuurschakel.binnenbuiten.dashboard.FigureKey.GRANT_AMOUNT;
import static nl.cultuurschakel.binnenbuiten.dashboard.FigureKey.IDEAS;
import static nl.cultuurschakel.binnenbuiten.dashboard.FigureKey.KNOWLEDGE_PARTNERS;
import static nl.cultuurschakel.binnenbuiten.dashboard.FigureKey.NEIGHBOURHOODS;
import static nl.cultuurschakel.binnenbuiten.dashboard.FigureKey.WORKSHOPS;

/**
 * Computes the figures: every number comes from the module that owns the data, in SQL,
 * through its API, at the moment of asking (no cached copy).
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class DashboardService {

	private final ActivityFigures activities;

	private final ContactFigures contacts;

	private final PartnerFigures partners;

	private final WorkshopService workshops;

	private final IdeaService ideas;

	private final GrantService grants;

	private final NeighbourhoodService neighbourhoods;

	/**
	 * The figures of the period and the previous one, with the charts.
	 */
	public Dashboard dashboard(Period period, Selection selection) {
		DomainSplit split = this.contacts.domainSplit(period.from(), period.to(), selection.neighbourhoodIds());
		return new Dashboard(period, period.previous(), selection, figures(period, selection, split),
				charts(period, selection, split));
	}

	/**
	 * The figures of the period and the previous one, without charts (for the report).
	 */
	public Dashboard figures(Period period, Selection selection) {
		DomainSplit split = this.contacts.domainSplit(period.from(), period.to(), selection.neighbourhoodIds());
		return new Dashboard(period, period.previous(), selection, figures(period, selection, split), List.of());
	}

	private List<Figure> figures(Period period, Selection selection, DomainSplit split) {
		Period previous = period.previous();
		Map<FigureKey, BigDecimal> now = values(period, selection, split);
		Map<FigureKey, BigDecimal> before = values(previous, selection,
				this.contacts.domainSplit(previous.from(), previous.to(), selection.neighbourhoodIds()));
		List<Figure> figures = new ArrayList<>();
		for (FigureKey key : FigureKey.values()) {
			figures.add(new Figure(key, now.get(key), before.get(key)));
		}
		return figures;
	}

	/**
	 * The values of every figure for one period (one query per figure source), given the
	 * period's contact split.
	 */
	Map<FigureKey, BigDecimal> values(Period period, Selection selection, DomainSplit split) {
		LocalDate from = period.from();
		LocalDate to = period.to();
		List<Long> ids = selection.neighbourhoodIds();
		Map<FigureKey, BigDecimal> values = new EnumMap<>(FigureKey.class);
		long activityCount = this.activities.count(from, to, ids);
		values.put(ACTIVITIES, count(activityCount));
		values.put(KNOWLEDGE_PARTNERS, count(this.partners.knowledgePartners(from, to, ids)));
		values.put(NEIGHBOURHOODS, count(activeNeighbourhoods(from, to, ids).size()));
		values.put(CONTACT_MOMENTS, count(split.total()));
		values.put(CONTACT_SHARE_ARTS_CULTURE, count(split.percent(PartnerDomain.ARTS_CULTURE)));
		values.put(CONTACT_SHARE_SOCIAL, count(split.percent(PartnerDomain.SOCIAL)));
		WorkshopFigures workshopFigures = this.workshops.figures(from, to, ids);
		values.put(WORKSHOPS, count(workshopFigures.workshops()));
		values.put(CHILDREN_SPOKEN, count(workshopFigures.childrenSpoken()));
		values.put(IDEAS, count(this.ideas.countCollected(from, to, ids)));
		GrantFigures awarded = this.grants.awarded(from, to, ids);
		values.put(GRANTS, count(awarded.count()));
		values.put(GRANT_AMOUNT, awarded.total().setScale(2));
		values.put(CHILDREN_REACHED, count(this.activities.childrenReached(from, to, ids)));
		Map<CostType, Long> costs = this.activities.countByCostType(from, to, ids);
		values.put(ACCESSIBLE_ACTIVITIES,
				count(Share.percent(
						costs.getOrDefault(CostType.FREE, 0L) + costs.getOrDefault(CostType.OOIEVAARSPAS, 0L),
						activityCount)));
		return values;
	}

	/**
	 * {@code neighbourhoods}: neighbourhoods with at least one activity, contact moment
	 * or workshop in the period.
	 */
	Set<Long> activeNeighbourhoods(LocalDate from, LocalDate to, Collection<Long> selection) {
		Set<Long> active = new LinkedHashSet<>(this.activities.neighbourhoodsWithActivities(from, to, selection));
		active.addAll(this.workshops.neighbourhoodIdsWithWorkshops(from, to, selection));
		this.contacts.neighbourhoodIds(from, to)
			.stream()
			.filter((id) -> selection == null || selection.contains(id))
			.forEach(active::add);
		return active;
	}

	private List<Chart> charts(Period period, Selection selection, DomainSplit split) {
		LocalDate from = period.from();
		LocalDate to = period.to();
		List<Long> ids = selection.neighbourhoodIds();
		Map<Long, String> names = this.neighbourhoods.allNames();
		List<Chart> charts = new ArrayList<>();
		charts.add(new Chart("activities-per-year", "dashboard.chart.activitiesPerYear",
				perYear(period, this.activities.countPerYear(from, to, ids))));
		charts.add(new Chart("contacts-per-year", "dashboard.chart.contactsPerYear",
				perYear(period, this.contacts.perYear(from, to, ids))));
		charts.add(new Chart("activities-per-neighbourhood", "dashboard.chart.activitiesPerNeighbourhood",
				perNeighbourhood(this.activities.countPerNeighbourhood(from, to, ids), names)));
		charts.add(new Chart("contacts-per-neighbourhood", "dashboard.chart.contactsPerNeighbourhood",
				perNeighbourhood(this.contacts.perNeighbourhood(from, to, ids), names)));
		List<Chart.Bar> domains = new ArrayList<>();
		for (PartnerDomain domain : PartnerDomain.values()) {
			domains.add(Chart.Bar.key("partner.domain." + domain, split.count(domain)));
		}
		charts.add(new Chart("contact-domains", "dashboard.chart.contactDomains", domains));
		Map<IdeaStatus, Long> funnel = this.ideas.countByStatus(from, to, ids);
		List<Chart.Bar> statuses = new ArrayList<>();
		for (IdeaStatus status : List.of(IdeaStatus.COLLECTED, IdeaStatus.EXPLORING, IdeaStatus.PLANNED,
				IdeaStatus.REALISED, IdeaStatus.PARKED)) {
			statuses.add(Chart.Bar.key("idea.status." + status, funnel.getOrDefault(status, 0L)));
		}
		charts.add(new Chart("idea-funnel", "dashboard.chart.ideaFunnel", statuses));
		Map<Integer, Long> grantYears = new HashMap<>();
		for (GrantFigures year : this.grants.awardedPerYear(from, to, ids)) {
			grantYears.put(year.year(), year.count());
		}
		charts.add(new Chart("grants-per-year", "dashboard.chart.grantsPerYear", perYear(period, grantYears)));
		return charts;
	}

	/**
	 * One bar per calendar year of the period, also for years without any (one grouped
	 * query gave the counts).
	 */
	private static List<Chart.Bar> perYear(Period period, Map<Integer, Long> counts) {
		return period.years()
			.stream()
			.map((year) -> Chart.Bar.text(String.valueOf(year), counts.getOrDefault(year, 0L)))
			.toList();
	}

	private static List<Chart.Bar> perNeighbourhood(Map<Long, Long> counts, Map<Long, String> names) {
		List<Chart.Bar> bars = new ArrayList<>();
		counts.forEach((id, value) -> bars.add(Chart.Bar.text(names.getOrDefault(id, String.valueOf(id)), value)));
		return bars;
	}

	private static BigDecimal count(long value) {
		return BigDecimal.valueOf(value);
	}

}
