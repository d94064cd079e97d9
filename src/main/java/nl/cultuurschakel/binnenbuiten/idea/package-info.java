/**
 * Children's ideas (ideeën van kinderen): from a wish in a workshop to the activity it
 * became, with the status lifecycle, its recorded history and the partners taking it up.
 * Depends on the activity module (the activities that realise an idea, and
 * {@link nl.cultuurschakel.binnenbuiten.activity.ActivityCompleted} to move a planned
 * idea on); the grant module, which depends on this one, shows an idea's grants through
 * {@link IdeaGrants}.
 */
@ApplicationModule(displayName = "Ideas", allowedDependencies = { "account", "activity", "neighbourhood", "partner",
		"search", "workshop", "shared", "shared :: web", "shared :: export" })
package nl.cultuurschakel.binnenbuiten.idea;

import org.springframework.modulith.ApplicationModule;
