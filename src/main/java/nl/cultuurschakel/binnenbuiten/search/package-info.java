/**
 * Search across the app: one box finds neighbourhoods, partners, contact moments,
 * activities, workshops, ideas, grants and users by part of a name, also misspelt, and
 * the start page shows the records a user opened last.
 * <p>
 * Each module that owns records offers a
 * {@link nl.cultuurschakel.binnenbuiten.search.SearchSource} bean: it searches its own
 * tables and applies the same access rules as its own pages. This module only asks them,
 * so it depends on no module it searches.
 */
@ApplicationModule(displayName = "Search", allowedDependencies = { "account", "shared", "shared :: web" })
package nl.cultuurschakel.binnenbuiten.search;

import org.springframework.modulith.ApplicationModule;
