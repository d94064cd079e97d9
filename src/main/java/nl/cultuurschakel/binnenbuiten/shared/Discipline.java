package nl.cultuurschakel.binnenbuiten.shared;

/**
 * The art forms of children's ideas and activities.
 */
public enum Discipline {

	MUSIC, DANCE, THEATRE, VISUAL_ARTS, MEDIA_DIGITAL, CRAFT_TECH, LITERATURE_STORYTELLING, HERITAGE, SPORT_CULTURE,
	OTHER

}
