package nl.cultuurschakel.binnenbuiten.network;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Two members that worked together in the period, the smaller partner id first.
 *
 * @param kinds per kind of joint action, how many there were (kinds without any left out)
 */
public record Tie(Long first, Long second, Map<TieKind, Integer> kinds) {

	public Tie {
		if (first >= second) {
			throw new IllegalArgumentException("A tie names the smaller partner id first");
		}
		kinds = Collections.unmodifiableMap(new EnumMap<>(kinds));
	}

	/** The weight of the tie: the number of joint actions of every kind. */
	public int weight() {
		return this.kinds.values().stream().mapToInt(Integer::intValue).sum();
	}

	public boolean connects(Long partnerId) {
		return this.first.equals(partnerId) || this.second.equals(partnerId);
	}

	/** The same pair, whatever the joint actions. */
	public boolean samePair(Tie other) {
		return this.first.equals(other.first) && this.second.equals(other.second);
	}

}
