/**
 * CultuurSchakel's financial contributions (grants) to children's ideas: requests,
 * decisions, payments and accountability, every status change recorded, and the yearly
 * budget with what is awarded, paid, committed and remaining.
 */
@ApplicationModule(displayName = "Grants", allowedDependencies = { "account", "idea", "neighbourhood", "partner",
		"search", "shared", "shared :: web", "shared :: export" })
package nl.cultuurschakel.binnenbuiten.grant;

import org.springframework.modulith.ApplicationModule;
