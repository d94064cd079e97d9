package nl.cultuurschakel.binnenbuiten.idea;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Primary;

/**
 * Stands in for the activity module in tests: activities live in memory, per
 * neighbourhood, until {@link #reset()}. Primary, so that it also wins once a real
 * implementation exists.
 */
@TestComponent
@Primary
public class FakeIdeaActivities implements IdeaActivities {

	private final AtomicLong ids = new AtomicLong(900_000);

	private final Map<Long, Long> neighbourhoodOf = new HashMap<>();

	private final Map<Long, LinkedActivity> activities = new HashMap<>();

	private final Map<Long, Long> ideaOf = new HashMap<>();

	/**
	 * Adds an activity in the neighbourhood that is not linked to any idea yet.
	 */
	public synchronized Long add(Long neighbourhoodId, String title, LocalDate date, Integer childrenReached) {
		Long id = this.ids.incrementAndGet();
		this.neighbourhoodOf.put(id, neighbourhoodId);
		this.activities.put(id, new LinkedActivity(id, title, date, true, childrenReached));
		return id;
	}

	public synchronized void reset() {
		this.neighbourhoodOf.clear();
		this.activities.clear();
		this.ideaOf.clear();
	}

	@Override
	public synchronized List<LinkedActivity> activitiesOf(Long ideaId) {
		List<LinkedActivity> linked = new ArrayList<>();
		this.ideaOf.forEach((activityId, idea) -> {
			if (idea.equals(ideaId)) {
				linked.add(this.activities.get(activityId));
			}
		});
		return linked;
	}

	@Override
	public synchronized List<LinkedActivity> linkableActivities(Long neighbourhoodId) {
		return this.activities.values()
			.stream()
			.filter((activity) -> Objects.equals(this.neighbourhoodOf.get(activity.id()), neighbourhoodId))
			.filter((activity) -> !this.ideaOf.containsKey(activity.id()))
			.sorted((a, b) -> a.id().compareTo(b.id()))
			.toList();
	}

	@Override
	public synchronized void link(Long ideaId, Long activityId) {
		if (!this.activities.containsKey(activityId) || this.ideaOf.containsKey(activityId)) {
			throw new IllegalArgumentException("Not linkable: " + activityId);
		}
		this.ideaOf.put(activityId, ideaId);
	}

}
