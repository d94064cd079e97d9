/**
 * The start page each role sees after logging in.
 */
@ApplicationModule(displayName = "Home")
package nl.cultuurschakel.binnenbuiten.home;

import org.springframework.modulith.ApplicationModule;
