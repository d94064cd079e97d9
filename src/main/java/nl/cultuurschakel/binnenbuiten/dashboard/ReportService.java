package nl.cultuurschakel.binnenbuiten.dashboard;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.activity.ActivityFigures;
import nl.cultuurschakel.binnenbuiten.activity.ActivityFigures.IdeaActivity;
import nl.cultuurschakel.binnenbuiten.activity.ActivityFigures.NeighbourhoodActivities;
import nl.cultuurschakel.binnenbuiten.grant.GrantFigures;
import nl.cultuurschakel.binnenbuiten.grant.GrantService;
import nl.cultuurschakel.binnenbuiten.idea.IdeaData;
import nl.cultuurschakel.binnenbuiten.idea.IdeaDetails;
import nl.cultuurschakel.binnenbuiten.idea.IdeaService;
import nl.cultuurschakel.binnenbuiten.idea.IdeaStatus;
import nl.cultuurschakel.binnenbuiten.neighbourhood.NeighbourhoodService;
import nl.cultuurschakel.binnenbuiten.neighbourhood.NeighbourhoodSummary;
import nl.cultuurschakel.binnenbuiten.partner.PartnerDomain;
import nl.cultuurschakel.binnenbuiten.partner.PartnerFigures;
import nl.cultuurschakel.binnenbuiten.partner.PartnerService;
import nl.cultuurschakel.binnenbuiten.shared.Period;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The impact report: the dashboard's figures plus a section per neighbourhood, the
 * realised ideas as short stories and the coordinators' narrative.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class ReportService {

	private final DashboardService dashboards;

	private final ReportNarrativeRepository narratives;

	private final NeighbourhoodService neighbourhoods;

	private final PartnerFigures partnerFigures;

	private final PartnerService partners;

	private final ActivityFigures activities;

	private final IdeaService ideas;

	private final GrantService grants;

	private final Clock clock;

	/** The report on all neighbourhoods. */
	public Report report(Period period) {
		return report(period, Selection.all());
	}

	/**
	 * The report on the selected neighbourhoods. The narrative is written for the whole
	 * programme, so only the report on all neighbourhoods has one.
	 */
	public Report report(Period period, Selection selection) {
		Dashboard dashboard = this.dashboards.figures(period, selection);
		Narrative narrative = selection.isAll() ? narrative(period) : Narrative.empty();
		List<IdeaStory> stories = stories(period, selection);
		return new Report(dashboard, narrative, sections(period, selection, stories), stories);
	}

	public Narrative narrative(Period period) {
		return this.narratives.findByPeriodFromAndPeriodTo(period.from(), period.to())
			.map(ReportNarrative::toNarrative)
			.orElse(Narrative.empty());
	}

	/**
	 * @throws ObjectOptimisticLockingFailureException when another coordinator saved the
	 * narrative since {@code narrative.version()}
	 */
	@Transactional
	public void writeNarrative(Period period, Narrative narrative, Long userId) {
		ReportNarrative stored = this.narratives.findByPeriodFromAndPeriodTo(period.from(), period.to())
			.orElseGet(() -> new ReportNarrative(period));
		stored.checkVersion(narrative.version());
		stored.write(narrative, userId, this.clock.instant());
		this.narratives.save(stored);
	}

	/**
	 * One section per selected neighbourhood, from one grouped query per module: the
	 * number of queries does not grow with the number of neighbourhoods.
	 */
	private List<NeighbourhoodSection> sections(Period period, Selection selection, List<IdeaStory> stories) {
		LocalDate from = period.from();
		LocalDate to = period.to();
		List<Long> ids = selection.neighbourhoodIds();
		Map<Long, Map<PartnerDomain, Long>> networks = this.partnerFigures.membersByDomainPerNeighbourhood(from, to,
				ids);
		Map<Long, NeighbourhoodActivities> activities = this.activities.perNeighbourhood(from, to, ids);
		Map<Long, Map<IdeaStatus, Long>> ideas = this.ideas.countByStatusPerNeighbourhood(from, to, ids);
		Map<Long, GrantFigures> grants = this.grants.awardedPerNeighbourhood(from, to, ids);
		List<NeighbourhoodSection> sections = new ArrayList<>();
		for (NeighbourhoodSummary neighbourhood : this.neighbourhoods.all()) {
			Long id = neighbourhood.id();
			if (!selection.includes(id)) {
				continue;
			}
			NeighbourhoodActivities held = activities.getOrDefault(id, NeighbourhoodActivities.NONE);
			long realised = stories.stream().filter((story) -> id.equals(story.idea().neighbourhoodId())).count();
			sections
				.add(new NeighbourhoodSection(neighbourhood, networks.getOrDefault(id, PartnerFigures.zeroPerDomain()),
						held.count(), held.childrenReached(), ideas.getOrDefault(id, IdeaService.noIdeas()), realised,
						grants.getOrDefault(id, new GrantFigures(null, 0, BigDecimal.ZERO))));
		}
		return sections;
	}

	/**
	 * The realised ideas with an activity in the period, each with only the activities of
	 * the period: what came true then, not what was planned later.
	 */
	private List<IdeaStory> stories(Period period, Selection selection) {
		Map<Long, List<IdeaActivity>> byIdea = new LinkedHashMap<>();
		for (IdeaActivity activity : this.activities.realisingIdeas(period.from(), period.to(),
				selection.neighbourhoodIds())) {
			byIdea.computeIfAbsent(activity.ideaId(), (id) -> new ArrayList<>()).add(activity);
		}
		Map<Long, String> neighbourhoodNames = this.neighbourhoods.allNames();
		List<IdeaStory> stories = new ArrayList<>();
		byIdea.forEach((ideaId, realisedBy) -> {
			IdeaDetails idea = this.ideas.get(ideaId);
			if (idea.status() == IdeaStatus.REALISED) {
				stories.add(new IdeaStory(idea.data(), neighbourhoodNames.get(idea.data().neighbourhoodId()),
						List.copyOf(this.partners.names(idea.partnerIds()).values()), realisedBy));
			}
		});
		return stories;
	}

	/**
	 * The figures of one neighbourhood in the report.
	 *
	 * @param ideas the ideas collected in the period, by their status now
	 * @param realised the ideas that came true in the period: realised, with an activity
	 * in the period (the report's stories of this neighbourhood)
	 */
	public record NeighbourhoodSection(NeighbourhoodSummary neighbourhood, Map<PartnerDomain, Long> network,
			long activities, long childrenReached, Map<IdeaStatus, Long> ideas, long realised, GrantFigures grants) {

		public long networkSize() {
			return this.network.values().stream().mapToLong(Long::longValue).sum();
		}

		public long ideaCount() {
			return this.ideas.values().stream().mapToLong(Long::longValue).sum();
		}

	}

	/**
	 * A realised idea, told briefly: what the children wanted, where, with whom, and what
	 * happened.
	 */
	public record IdeaStory(IdeaData idea, String neighbourhood, List<String> partners, List<IdeaActivity> activities) {

		public long childrenReached() {
			return this.activities.stream()
				.mapToLong((activity) -> (activity.childrenReached() != null) ? activity.childrenReached() : 0)
				.sum();
		}

	}

	/**
	 * A whole report.
	 */
	public record Report(Dashboard dashboard, Narrative narrative, List<NeighbourhoodSection> sections,
			List<IdeaStory> stories) {

		public Period period() {
			return this.dashboard.period();
		}

		public Selection selection() {
			return this.dashboard.selection();
		}

		/** The ids of the neighbourhoods the report has a section for, in its order. */
		public List<Long> sectionIds() {
			return this.sections.stream().map((section) -> section.neighbourhood().id()).toList();
		}

	}

}
