package nl.cultuurschakel.binnenbuiten.shared;

/**
 * The art or culture discipline of an activity or a children's idea (one list for both).
 * Labels: {@code discipline.<VALUE>}.
 */
public enum Discipline {

	MUSIC, DANCE, THEATRE, VISUAL_ARTS, MEDIA_DIGITAL, CRAFT_TECH, LITERATURE_STORYTELLING, HERITAGE, SPORT_CULTURE,
	OTHER

}
