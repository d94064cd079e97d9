package nl.cultuurschakel.binnenbuiten.shared.search;

import java.util.List;

/**
 * One page of the records of one kind that match, best first.
 *
 * @param hits the records on this page
 * @param total how many match in all
 */
public record SearchHits(List<SearchHit> hits, long total) {

	public static final SearchHits NONE = new SearchHits(List.of(), 0);

}
