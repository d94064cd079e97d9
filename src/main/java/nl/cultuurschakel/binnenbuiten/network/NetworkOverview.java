package nl.cultuurschakel.binnenbuiten.network;

import java.util.Collection;
import java.util.Map;

import nl.cultuurschakel.binnenbuiten.shared.Period;

/**
 * The networks of several neighbourhoods in a period next to the period before, as the
 * yearly report shows them, with totals over all of them: the ties added up, and the
 * share of cross-domain ties among all those ties.
 *
 * @param period the period
 * @param now the metrics per neighbourhood id in the period
 * @param before the same in the period before
 */
public record NetworkOverview(Period period, Map<Long, NetworkMetrics> now, Map<Long, NetworkMetrics> before) {

	public NetworkMetrics now(Long neighbourhoodId) {
		return this.now.get(neighbourhoodId);
	}

	public NetworkMetrics before(Long neighbourhoodId) {
		return this.before.get(neighbourhoodId);
	}

	public long ties() {
		return ties(this.now.values());
	}

	public long tiesBefore() {
		return ties(this.before.values());
	}

	public double crossDomainShare() {
		return crossDomainShare(this.now.values());
	}

	public double crossDomainShareBefore() {
		return crossDomainShare(this.before.values());
	}

	public long isolated() {
		return this.now.values().stream().mapToLong((metrics) -> metrics.isolated().size()).sum();
	}

	private static long ties(Collection<NetworkMetrics> metrics) {
		return metrics.stream().mapToLong(NetworkMetrics::ties).sum();
	}

	/** Four decimals, as the metrics of one network; 0 without ties. */
	private static double crossDomainShare(Collection<NetworkMetrics> metrics) {
		long ties = ties(metrics);
		long crossDomain = metrics.stream().mapToLong(NetworkMetrics::crossDomainTies).sum();
		return (ties == 0) ? 0 : NetworkMetrics.round((double) crossDomain / ties);
	}

}
