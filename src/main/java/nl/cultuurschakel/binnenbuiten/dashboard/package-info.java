/**
 * The dashboard and the yearly impact report: the programme's figures for any period and
 * neighbourhood selection, each computed from the data by the module that owns it (in
 * SQL, through its API) and shown with its definition; charts, the comparison with the
 * previous period, the coordinators' narrative, and PDF and spreadsheet downloads.
 */
@ApplicationModule(displayName = "Dashboard and reports",
		allowedDependencies = { "account", "activity", "contact", "grant", "idea", "neighbourhood", "network",
				"network :: scan", "partner", "workshop", "shared", "shared :: web", "shared :: export" })
package nl.cultuurschakel.binnenbuiten.dashboard;

import org.springframework.modulith.ApplicationModule;
