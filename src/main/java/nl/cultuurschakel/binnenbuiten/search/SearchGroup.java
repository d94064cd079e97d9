package nl.cultuurschakel.binnenbuiten.search;

import nl.cultuurschakel.binnenbuiten.shared.search.SearchHit;
import nl.cultuurschakel.binnenbuiten.shared.search.SearchKind;

import java.util.List;

/**
 * The best records of one kind on the results page.
 *
 * @param kind what they are
 * @param hits the best few
 * @param total how many match in all
 */
public record SearchGroup(SearchKind kind, List<SearchHit> hits, long total) {

	/**
	 * Whether there are more than shown, for a "meer" link to all of this kind.
	 */
	public boolean hasMore() {
		return this.total > this.hits.size();
	}

}
