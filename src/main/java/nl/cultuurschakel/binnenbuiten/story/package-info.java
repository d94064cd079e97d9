/**
 * A record's whole story: a partner's timeline (contact moments, activities, ideas,
 * grants and memberships, from each module's public API) and a neighbourhood's hub (its
 * figures, its lists and its coming activities). A read model on top of the other
 * modules; none of them depends on it.
 */
@ApplicationModule(displayName = "Stories of partners and neighbourhoods", allowedDependencies = { "account",
		"activity", "contact", "dashboard", "grant", "idea", "neighbourhood", "partner", "shared", "shared :: web" })
package nl.cultuurschakel.binnenbuiten.story;

import org.springframework.modulith.ApplicationModule;
