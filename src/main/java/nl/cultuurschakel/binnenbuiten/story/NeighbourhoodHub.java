package nl.cultuurschakel.binnenbuiten.story;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.activity.ActivityAccess;
import nl.cultuurschakel.binnenbuiten.activity.ActivityFilter;
import nl.cultuurschakel.binnenbuiten.activity.ActivityListItem;
import nl.cultuurschakel.binnenbuiten.activity.ActivityService;
import nl.cultuurschakel.binnenbuiten.activity.ActivityStatus;
import nl.cultuurschakel.binnenbuiten.dashboard.Dashboard;
import nl.cultuurschakel.binnenbuiten.dashboard.DashboardService;
import nl.cultuurschakel.binnenbuiten.dashboard.FigureKey;
import nl.cultuurschakel.binnenbuiten.dashboard.Selection;
import nl.cultuurschakel.binnenbuiten.neighbourhood.NeighbourhoodNotFoundException;
import nl.cultuurschakel.binnenbuiten.neighbourhood.NeighbourhoodService;
import nl.cultuurschakel.binnenbuiten.neighbourhood.NeighbourhoodSummary;
import nl.cultuurschakel.binnenbuiten.shared.Period;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a neighbourhood's hub shows besides its own record: this year's figures as the
 * dashboard computes them for this neighbourhood alone, and its coming activities.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class NeighbourhoodHub {

	/** Figures about contact moments, which partner users never see. */
	static final Set<FigureKey> CONTACT_FIGURES = Set.of(FigureKey.CONTACT_MOMENTS,
			FigureKey.CONTACT_SHARE_ARTS_CULTURE, FigureKey.CONTACT_SHARE_SOCIAL);

	private final DashboardService dashboards;

	private final NeighbourhoodService neighbourhoods;

	private final ActivityService activities;

	private final ActivityAccess activityAccess;

	private final Clock clock;

	/**
	 * The dashboard's figures of this calendar year for the one neighbourhood; without
	 * the number of neighbourhoods (always one here), and without the contact figures for
	 * partner users.
	 */
	public Dashboard figures(Long neighbourhoodId, CurrentUser user) {
		NeighbourhoodSummary neighbourhood = this.neighbourhoods.byIds(List.of(neighbourhoodId)).get(neighbourhoodId);
		if (neighbourhood == null) {
			throw new NeighbourhoodNotFoundException(neighbourhoodId);
		}
		Period year = Period.year(LocalDate.now(this.clock).getYear());
		Dashboard dashboard = this.dashboards.figures(year, Selection.of(neighbourhood));
		return new Dashboard(dashboard.period(), dashboard.previous(), dashboard.selection(),
				dashboard.figures()
					.stream()
					.filter((figure) -> figure.key() != FigureKey.NEIGHBOURHOODS)
					.filter((figure) -> user.isStaff() || !CONTACT_FIGURES.contains(figure.key()))
					.toList(),
				user.isStaff() ? dashboard.charts() : List.of());
	}

	/**
	 * The next planned activities from today on, soonest first, as the user may see them.
	 */
	public List<ActivityListItem> upcoming(Long neighbourhoodId, CurrentUser user, int limit) {
		ActivityFilter filter = new ActivityFilter(LocalDate.now(this.clock), null, neighbourhoodId, null, null, null,
				ActivityStatus.PLANNED, null, this.activityAccess.visibleNeighbourhoods(user));
		return this.activities.find(filter, PageRequest.of(0, limit, Sort.by("date", "startTime", "id"))).getContent();
	}

}
