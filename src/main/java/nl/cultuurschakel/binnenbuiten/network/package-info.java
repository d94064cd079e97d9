/**
 * The neighbourhood network: a read model over the other modules' public APIs (who is a
 * member, their roles, and the ties between partners that work together: co-organised
 * activities, ideas taken up together, grants on the same idea, contact moments), its
 * metrics and exports, and the yearly building-blocks scan (bouwstenen) of each
 * neighbourhood.
 */
@ApplicationModule(displayName = "Network and building blocks",
		allowedDependencies = { "account", "activity", "contact", "grant", "idea", "neighbourhood", "partner",
				"workshop", "shared", "shared :: web", "shared :: export" })
package nl.cultuurschakel.binnenbuiten.network;

import org.springframework.modulith.ApplicationModule;
