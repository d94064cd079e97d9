package nl.cultuurschakel.binnenbuiten.network;

import java.util.List;

/**
 * A network with its metrics, next to the same for the period before, for the change
 * against the previous year and the ties that are new or faded.
 */
public record NetworkReport(Network network, NetworkMetrics metrics, Network previous, NetworkMetrics previousMetrics) {

	/** Ties of this period between a pair that had none in the period before. */
	public List<Tie> newTies() {
		return this.network.tiesMissingIn(this.previous);
	}

	/** Ties of the period before between a pair that has none in this period. */
	public List<Tie> fadedTies() {
		return this.previous.tiesMissingIn(this.network);
	}

}
