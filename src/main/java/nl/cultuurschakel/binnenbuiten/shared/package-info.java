/**
 * Small value types that every module may use; the web helpers ({@code shared.web}) and
 * the downloads ({@code shared.export}) are named interfaces of their own.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package nl.cultuurschakel.binnenbuiten.shared;

import org.springframework.modulith.ApplicationModule;
