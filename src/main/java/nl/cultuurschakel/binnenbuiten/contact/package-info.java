/**
 * Contact moments: the advisors' logged contacts with partner organisations, their
 * follow-ups, the filtered list with its domain split, and exports. Staff only: partner
 * users never see contact moments or their notes.
 */
@ApplicationModule(displayName = "Contact moments", allowedDependencies = { "account", "neighbourhood", "partner",
		"search", "shared", "shared :: web", "shared :: export" })
package nl.cultuurschakel.binnenbuiten.contact;

import org.springframework.modulith.ApplicationModule;
