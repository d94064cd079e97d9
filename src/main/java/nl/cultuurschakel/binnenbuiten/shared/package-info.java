/**
 * Small value types and web helpers that every module may use.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package nl.cultuurschakel.binnenbuiten.shared;

import org.springframework.modulith.ApplicationModule;
