package nl.cultuurschakel.binnenbuiten.story;

/**
 * The kinds of entry in a partner's timeline, in the order they are offered as a filter.
 * {@link #CONTACT} is for staff only.
 */
public enum StoryKind {

	CONTACT, ACTIVITY, IDEA, GRANT, MEMBERSHIP;

	/** The message key of the kind's name ({@code story.kind.CONTACT}). */
	public String messageKey() {
		return "story.kind." + name();
	}

}
