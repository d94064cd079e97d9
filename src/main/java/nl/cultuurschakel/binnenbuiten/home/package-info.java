/**
 * The start page each role sees after logging in.
 */
@ApplicationModule(displayName = "Home", allowedDependencies = { "account", "activity", "contact", "grant", "idea",
		"neighbourhood", "partner", "search" })
package nl.cultuurschakel.binnenbuiten.home;

import org.springframework.modulith.ApplicationModule;
