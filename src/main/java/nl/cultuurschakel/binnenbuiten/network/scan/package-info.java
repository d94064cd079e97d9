/**
 * The building-blocks scan (bouwstenen) of each neighbourhood and year. Its public types
 * ({@link nl.cultuurschakel.binnenbuiten.network.scan.ScanFigures} for the yearly report,
 * {@link nl.cultuurschakel.binnenbuiten.network.scan.ScanEntry} with its items and
 * statuses for the demo data) are the named interface {@code network :: scan}.
 */
@NamedInterface("scan")
package nl.cultuurschakel.binnenbuiten.network.scan;

import org.springframework.modulith.NamedInterface;
