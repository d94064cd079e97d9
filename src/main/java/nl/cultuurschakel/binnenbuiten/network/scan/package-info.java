/**
 * The building-blocks scan (bouwstenen) of each neighbourhood and year. Its public types
 * ({@link nl.cultuurschakel.binnenbuiten.network.scan.ScanFigures}) are the named
 * interface {@code network :: scan}, for the yearly report.
 */
@NamedInterface("scan")
package nl.cultuurschakel.binnenbuiten.network.scan;

import org.springframework.modulith.NamedInterface;
