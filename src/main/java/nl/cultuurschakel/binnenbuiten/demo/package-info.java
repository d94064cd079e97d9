/**
 * Deterministic demo data, loaded into an empty database when the {@code demo} profile is
 * active. Never used in production and never part of a migration.
 */
@ApplicationModule(displayName = "Demo data")
package nl.cultuurschakel.binnenbuiten.demo;

import org.springframework.modulith.ApplicationModule;
