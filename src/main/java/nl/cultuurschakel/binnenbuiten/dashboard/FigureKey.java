package nl.cultuurschakel.binnenbuiten.dashboard;

import java.util.Locale;

/**
 * The figures of DESIGN.md §5 (the first ten) and three more. The key, the constant's
 * name in lower case with hyphens, is what pages and tools read from the
 * {@code data-figure} attribute; the definition is shown to the user under the message
 * key {@code dashboard.figure.<key>.definition}.
 */
public enum FigureKey {

	ACTIVITIES(Unit.COUNT),

	KNOWLEDGE_PARTNERS(Unit.COUNT),

	NEIGHBOURHOODS(Unit.COUNT),

	CONTACT_MOMENTS(Unit.COUNT),

	CONTACT_SHARE_ARTS_CULTURE(Unit.PERCENT),

	CONTACT_SHARE_SOCIAL(Unit.PERCENT),

	CHILDREN_SPOKEN(Unit.COUNT),

	IDEAS(Unit.COUNT),

	WORKSHOPS(Unit.COUNT),

	GRANTS(Unit.COUNT),

	CHILDREN_REACHED(Unit.COUNT),

	GRANT_AMOUNT(Unit.EUROS),

	ACCESSIBLE_ACTIVITIES(Unit.PERCENT);

	/** How a value is shown. */
	public enum Unit {

		COUNT, PERCENT, EUROS

	}

	private final String key;

	private final Unit unit;

	FigureKey(Unit unit) {
		this.key = name().toLowerCase(Locale.ROOT).replace('_', '-');
		this.unit = unit;
	}

	public String key() {
		return this.key;
	}

	public Unit unit() {
		return this.unit;
	}

}
