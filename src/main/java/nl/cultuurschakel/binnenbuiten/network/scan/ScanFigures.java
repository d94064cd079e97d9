package nl.cultuurschakel.binnenbuiten.network.scan;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The scans of a year as the yearly report shows them: per neighbourhood with a stored
 * scan, how many items are in place and whether a coordinator signed it off. One query.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class ScanFigures {

	private final ScanRepository scans;

	/**
	 * @param neighbourhoodIds the neighbourhoods, {@code null} for all
	 * @return per neighbourhood id with a scan of the year
	 */
	public Map<Long, ScanResult> perNeighbourhood(int year, Collection<Long> neighbourhoodIds) {
		List<Scan> found = (neighbourhoodIds == null) ? this.scans.findByYear(year) : neighbourhoodIds.isEmpty()
				? List.of() : this.scans.findByYearAndNeighbourhoodIdIn(year, neighbourhoodIds);
		Map<Long, ScanResult> results = new LinkedHashMap<>();
		for (Scan scan : found) {
			long inPlace = scan.getAnswers()
				.values()
				.stream()
				.filter((answer) -> answer.status() == ItemStatus.IN_PLACE)
				.count();
			results.put(scan.getNeighbourhoodId(),
					new ScanResult(inPlace, ScanItem.values().length, scan.isSignedOff()));
		}
		return results;
	}

	/**
	 * A neighbourhood's scan in short.
	 *
	 * @param inPlace items in place
	 * @param items all items of the scan
	 * @param signedOff whether a coordinator signed it off
	 */
	public record ScanResult(long inPlace, long items, boolean signedOff) {

	}

}
