/**
 * The audit trail: who changed which business record or user account when, and each
 * changed field's old and new value (Hibernate Envers revisions, read generically), with
 * the pages {@code /admin/audit} and {@code /admin/audit/{type}/{id}}. Read-only: the
 * application has no way to edit or delete a revision.
 */
@ApplicationModule(displayName = "Audit trail", allowedDependencies = { "partner", "shared", "shared :: web" })
package nl.cultuurschakel.binnenbuiten.audit;

import org.springframework.modulith.ApplicationModule;
