package nl.cultuurschakel.binnenbuiten.network.scan;

import java.util.List;

/**
 * A status the data suggests for an item, with the reason: the message {@code reasonKey}
 * with {@code values} as its arguments. It is shown next to what a person chose, never
 * stored over it.
 */
record Suggestion(ItemStatus status, String reasonKey, List<Object> values) {

	Suggestion(ItemStatus status, String reasonKey, Object... values) {
		this(status, reasonKey, List.of(values));
	}

	/** The reason's arguments, for {@code #messages.msgWithParams}. */
	public Object[] arguments() {
		return this.values.toArray();
	}

}
