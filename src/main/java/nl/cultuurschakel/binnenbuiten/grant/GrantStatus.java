package nl.cultuurschakel.binnenbuiten.grant;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a grant stands: {@code REQUESTED → AWARDED → PAID → SETTLED}, or {@code REJECTED}
 * (a decision on the request) or {@code WITHDRAWN} (before payment). No other move is
 * allowed.
 */
public enum GrantStatus {

	REQUESTED, AWARDED, PAID, SETTLED, REJECTED, WITHDRAWN;

	/** The statuses that count as awarded money: awarded, paid or settled. */
	public static final Set<GrantStatus> AWARDED_OR_LATER = EnumSet.of(AWARDED, PAID, SETTLED);

	public Set<GrantStatus> next() {
		return switch (this) {
			case REQUESTED -> EnumSet.of(AWARDED, REJECTED, WITHDRAWN);
			case AWARDED -> EnumSet.of(PAID, WITHDRAWN);
			case PAID -> EnumSet.of(SETTLED);
			case SETTLED, REJECTED, WITHDRAWN -> EnumSet.noneOf(GrantStatus.class);
		};
	}

	public boolean canMoveTo(GrantStatus target) {
		return next().contains(target);
	}

	/**
	 * Whether only a coordinator may make this move (everything except withdrawing).
	 */
	public boolean isCoordinatorDecision() {
		return this != WITHDRAWN && this != REQUESTED;
	}

	/**
	 * Whether this move ends the grant for good without money (rejecting or withdrawing
	 * it), so that a person must confirm it.
	 */
	public boolean isDestructive() {
		return this == REJECTED || this == WITHDRAWN;
	}

}
