/**
 * Partner organisations (schools, arts and culture providers, welfare organisations, …),
 * what they offer, the spaces they share, and their membership of neighbourhood networks
 * with roles. Also the partner user's own view of the network.
 */
@ApplicationModule(displayName = "Partners",
		allowedDependencies = { "account", "neighbourhood", "search", "shared", "shared :: web" })
package nl.cultuurschakel.binnenbuiten.partner;

import org.springframework.modulith.ApplicationModule;
