/**
 * Youth-participation workshops (jeugdparticipatieworkshops): where, when, with how many
 * children and which partners. Children are counted, never stored as persons. The ideas
 * of a workshop come in through
 * {@link nl.cultuurschakel.binnenbuiten.workshop.WorkshopIdeas}.
 */
@ApplicationModule(displayName = "Workshops",
		allowedDependencies = { "account", "neighbourhood", "partner", "search", "shared", "shared :: web" })
package nl.cultuurschakel.binnenbuiten.workshop;

import org.springframework.modulith.ApplicationModule;
