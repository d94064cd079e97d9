package nl.cultuurschakel.binnenbuiten.dashboard;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import nl.cultuurschakel.binnenbuiten.activity.ActivityFigures;
import nl.cultuurschakel.binnenbuiten.grant.GrantFigures;
import nl.cultuurschakel.binnenbuiten.grant.GrantService;
import nl.cultuurschakel.binnenbuiten.idea.IdeaActivities.LinkedActivity;
import nl.cultuurschakel.binnenbuiten.idea.IdeaCard;
import nl.cultuurschakel.binnenbuiten.idea.IdeaDetails;
import nl.cultuurschakel.binnenbuiten.idea.IdeaFilter;
import nl.cultuurschakel.binnenbuiten.idea.IdeaService;
import nl.cultuurschakel.binnenbuiten.idea.IdeaStatus;
import nl.cultuurschakel.binnenbuiten.neighbourhood.NeighbourhoodService;
import nl.cultuurschakel.binnenbuiten.neighbourhood.NeighbourhoodSummary;
import nl.cultuurschakel.binnenbuiten.partner.PartnerDomain;
import nl.cultuurschakel.binnenbuiten.partner.PartnerFigures;
import nl.cultuurschakel.binnenbuiten.partner.PartnerService;

import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The impact report: the dashboard's figures plus a section per neighbourhood, the
 * realised ideas as short stories and the coordinators' narrative.
 */
@Service
@Transactional(readOnly = true)
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

	ReportService(DashboardService dashboards, ReportNarrativeRepository narratives,
			NeighbourhoodService neighbourhoods, PartnerFigures partnerFigures, PartnerService partners,
			ActivityFigures activities, IdeaService ideas, GrantService grants, Clock clock) {
		this.dashboards = dashboards;
		this.narratives = narratives;
		this.neighbourhoods = neighbourhoods;
		this.partnerFigures = partnerFigures;
		this.partners = partners;
		this.activities = activities;
		this.ideas = ideas;
		this.grants = grants;
		this.clock = clock;
	}

	public Report report(ReportPeriod period) {
		Dashboard dashboard = this.dashboards.figures(period, Selection.all());
		return new Report(dashboard, narrative(period), sections(period), stories(period));
	}

	public Narrative narrative(ReportPeriod period) {
		return this.narratives.findByPeriodFromAndPeriodTo(period.from(), period.to())
			.map(ReportNarrative::toNarrative)
			.orElse(Narrative.empty());
	}

	/**
	 * @throws ObjectOptimisticLockingFailureException when another coordinator saved the
	 * narrative since {@code narrative.version()}
	 */
	@Transactional
	public void writeNarrative(ReportPeriod period, Narrative narrative, Long userId) {
		ReportNarrative stored = this.narratives.findByPeriodFromAndPeriodTo(period.from(), period.to())
			.orElseGet(() -> new ReportNarrative(period));
		if (stored.getVersion() != narrative.version()) {
			throw new ObjectOptimisticLockingFailureException(ReportNarrative.class, period);
		}
		stored.write(narrative, userId, this.clock.instant());
		this.narratives.save(stored);
	}

	/**
	 * One section per neighbourhood: a few grouped queries each (nine neighbourhoods in
	 * the programme), independent of the number of records.
	 */
	private List<NeighbourhoodSection> sections(ReportPeriod period) {
		List<NeighbourhoodSection> sections = new ArrayList<>();
		for (NeighbourhoodSummary neighbourhood : this.neighbourhoods.all()) {
			List<Long> only = List.of(neighbourhood.id());
			Map<PartnerDomain, Long> network = this.partnerFigures.membersByDomain(period.from(), period.to(), only);
			long activityCount = this.activities.count(period.from(), period.to(), only);
			long childrenReached = this.activities.childrenReached(period.from(), period.to(), only);
			Map<IdeaStatus, Long> ideas = this.ideas.countByStatus(period.from(), period.to(), only);
			GrantFigures awarded = this.grants.awarded(period.from(), period.to(), only);
			sections
				.add(new NeighbourhoodSection(neighbourhood, network, activityCount, childrenReached, ideas, awarded));
		}
		return sections;
	}

	private List<IdeaStory> stories(ReportPeriod period) {
		List<IdeaStory> stories = new ArrayList<>();
		Map<Long, String> neighbourhoodNames = this.neighbourhoods.all()
			.stream()
			.collect(Collectors.toMap(NeighbourhoodSummary::id, NeighbourhoodSummary::name));
		for (IdeaCard card : this.ideas.find(new IdeaFilter(null, null, period.from(), period.to()),
				Sort.by("collectedOn"))) {
			if (card.status() != IdeaStatus.REALISED) {
				continue;
			}
			IdeaDetails idea = this.ideas.get(card.id());
			Set<Long> partnerIds = idea.partnerIds();
			List<LinkedActivity> realisedBy = this.ideas.activitiesOf(card.id());
			stories.add(new IdeaStory(card, neighbourhoodNames.get(card.neighbourhoodId()),
					List.copyOf(this.partners.names(partnerIds).values()), realisedBy));
		}
		return stories;
	}

	/**
	 * The figures of one neighbourhood in the report.
	 */
	public record NeighbourhoodSection(NeighbourhoodSummary neighbourhood, Map<PartnerDomain, Long> network,
			long activities, long childrenReached, Map<IdeaStatus, Long> ideas, GrantFigures grants) {

		public long networkSize() {
			return this.network.values().stream().mapToLong(Long::longValue).sum();
		}

		public long ideaCount() {
			return this.ideas.values().stream().mapToLong(Long::longValue).sum();
		}

		public long realised() {
			return this.ideas.getOrDefault(IdeaStatus.REALISED, 0L);
		}

	}

	/**
	 * A realised idea, told briefly: what the children wanted, where, with whom, and what
	 * happened.
	 */
	public record IdeaStory(IdeaCard idea, String neighbourhood, List<String> partners,
			List<LinkedActivity> activities) {

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

	}

}
