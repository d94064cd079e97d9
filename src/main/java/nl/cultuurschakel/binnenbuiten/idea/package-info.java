/**
 * Children's ideas (ideeën van kinderen): from a wish in a workshop to the activity it
 * became, with the status lifecycle, its recorded history and the partners taking it up.
 * Activities and grants are reached through the SPIs {@link IdeaActivities} and
 * {@link IdeaGrants}, implemented by the modules that own them.
 */
@ApplicationModule(displayName = "Ideas")
package nl.cultuurschakel.binnenbuiten.idea;

import org.springframework.modulith.ApplicationModule;
