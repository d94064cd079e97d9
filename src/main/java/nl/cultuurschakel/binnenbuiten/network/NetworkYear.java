package nl.cultuurschakel.binnenbuiten.network;

/**
 * A neighbourhood's network metrics of one calendar year, for its network over time.
 *
 * @param year the calendar year
 * @param metrics the metrics of that year's network
 */
public record NetworkYear(int year, NetworkMetrics metrics) {

}
