/**
 * User accounts: log-in, roles, the partner link of partner users, password hashes and
 * lock-out after repeated failed log-ins.
 */
@ApplicationModule(displayName = "Accounts", allowedDependencies = { "shared", "shared :: web" })
package nl.cultuurschakel.binnenbuiten.account;

import org.springframework.modulith.ApplicationModule;
