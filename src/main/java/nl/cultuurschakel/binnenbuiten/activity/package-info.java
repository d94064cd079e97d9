/**
 * BinnenBuiten activities and smart planning: single activities and series, the calendar
 * per neighbourhood, overlap warnings, double-booking of shared spaces, exports, and the
 * activity figures for the dashboard.
 */
@ApplicationModule(displayName = "Activities", allowedDependencies = { "account", "neighbourhood", "partner", "search",
		"shared", "shared :: web", "shared :: export" })
package nl.cultuurschakel.binnenbuiten.activity;

import org.springframework.modulith.ApplicationModule;
