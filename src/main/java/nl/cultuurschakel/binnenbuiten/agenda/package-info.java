/**
 * The advisors' agenda feed: a private iCalendar address per staff user (a random token
 * whose SHA-256 hash is stored, revocable and renewable) that an agenda such as Outlook
 * subscribes to, with the user's open follow-ups and the activities of the neighbourhoods
 * they work in. Reads the contact and activity modules through their public APIs only.
 */
@ApplicationModule(displayName = "Agenda feed",
		allowedDependencies = { "account", "activity", "contact", "partner", "shared", "shared :: web" })
package nl.cultuurschakel.binnenbuiten.agenda;

import org.springframework.modulith.ApplicationModule;
