/**
 * Application wiring: security, MVC, internationalisation and the embedded development
 * database.
 */
@ApplicationModule(displayName = "Configuration", allowedDependencies = { "shared", "shared :: web" })
package nl.cultuurschakel.binnenbuiten.config;

import org.springframework.modulith.ApplicationModule;
