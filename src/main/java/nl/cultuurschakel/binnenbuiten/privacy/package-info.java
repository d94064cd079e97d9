/**
 * Privacy (AVG/GDPR) across modules: the export of everything stored about one user
 * account, gathered through each module's public API.
 */
@ApplicationModule(displayName = "Privacy", allowedDependencies = { "account", "agenda", "contact", "grant", "idea",
		"neighbourhood", "shared", "shared :: web" })
package nl.cultuurschakel.binnenbuiten.privacy;

import org.springframework.modulith.ApplicationModule;
