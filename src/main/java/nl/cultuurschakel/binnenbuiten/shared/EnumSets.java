package nl.cultuurschakel.binnenbuiten.shared;

import java.util.Collection;
import java.util.EnumSet;

/**
 * Sets of enum constants as forms and records keep them: a copy of their own, in enum
 * order (so that pages list them the same way every time), empty rather than
 * {@code null}.
 */
public final class EnumSets {

	private EnumSets() {
	}

	/**
	 * A new set with the given constants; empty when there are none or {@code null}.
	 */
	public static <E extends Enum<E>> EnumSet<E> copyOf(Class<E> type, Collection<E> values) {
		return (values == null || values.isEmpty()) ? EnumSet.noneOf(type) : EnumSet.copyOf(values);
	}

}
