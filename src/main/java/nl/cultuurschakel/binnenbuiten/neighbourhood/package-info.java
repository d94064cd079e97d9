/**
 * Neighbourhoods (wijken): their district, planning profile, ecosystem phase and its
 * history. Other modules refer to a neighbourhood by id and show its name through
 * {@link nl.cultuurschakel.binnenbuiten.neighbourhood.NeighbourhoodService}.
 */
@ApplicationModule(displayName = "Neighbourhoods",
		allowedDependencies = { "account", "search", "shared", "shared :: web" })
package nl.cultuurschakel.binnenbuiten.neighbourhood;

import org.springframework.modulith.ApplicationModule;
