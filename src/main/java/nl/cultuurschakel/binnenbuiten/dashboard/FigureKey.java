package nl.cultuurschakel.binnenbuiten.dashboard;

/**
 * The figures of DESIGN.md §5 (the first ten) and three more. The key is what pages and
 * tools read from the {@code data-figure} attribute; the definition is shown to the user
 * under the message key {@code dashboard.figure.<key>.definition}.
 */
public enum FigureKey {

	ACTIVITIES("activities", Unit.COUNT),

	KNOWLEDGE_PARTNERS("knowledge-partners", Unit.COUNT),

	NEIGHBOURHOODS("neighbourhoods", Unit.COUNT),

	CONTACT_MOMENTS("contact-moments", Unit.COUNT),

	CONTACT_SHARE_ARTS_CULTURE("contact-share-arts-culture", Unit.PERCENT),

	CONTACT_SHARE_SOCIAL("contact-share-social", Unit.PERCENT),

	CHILDREN_SPOKEN("children-spoken", Unit.COUNT),

	IDEAS("ideas", Unit.COUNT),

	WORKSHOPS("workshops", Unit.COUNT),

	GRANTS("grants", Unit.COUNT),

	CHILDREN_REACHED("children-reached", Unit.COUNT),

	GRANT_AMOUNT("grant-amount", Unit.EUROS),

	ACCESSIBLE_ACTIVITIES("accessible-activities", Unit.PERCENT);

	/** How a value is shown. */
	public enum Unit {

		COUNT, PERCENT, EUROS

	}

	private final String key;

	private final Unit unit;

	FigureKey(String key, Unit unit) {
		this.key = key;
		this.unit = unit;
	}

	public String key() {
		return this.key;
	}

	public Unit unit() {
		return this.unit;
	}

}
