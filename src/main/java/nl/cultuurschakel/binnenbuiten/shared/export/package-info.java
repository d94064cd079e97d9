/**
 * Downloads of lists and reports: one CSV writer with one spreadsheet-formula guard, one
 * way to write XLSX workbooks (bold frozen header, column widths, date, money and percent
 * cells), and file names and headers for the browser.
 */
@NamedInterface("export")
package nl.cultuurschakel.binnenbuiten.shared.export;

import org.springframework.modulith.NamedInterface;
