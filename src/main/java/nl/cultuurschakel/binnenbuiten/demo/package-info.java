/**
 * Deterministic demo data, loaded into an empty database when the {@code demo} profile is
 * active. Never used in production and never part of a migration.
 */
@ApplicationModule(displayName = "Demo data", allowedDependencies = { "account", "activity", "contact", "grant", "idea",
		"neighbourhood", "network :: scan", "partner", "workshop", "shared" })
package nl.cultuurschakel.binnenbuiten.demo;

import org.springframework.modulith.ApplicationModule;
