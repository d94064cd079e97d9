package nl.cultuurschakel.binnenbuiten.audit;

import org.hibernate.envers.EntityTrackingRevisionListener;
import org.hibernate.envers.RevisionType;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Fills each new revision: the username of the logged-in user ({@code system} when there
 * is none, as for scheduled jobs and the demo data), and every record it changes.
 */
class AuditRevisionListener implements EntityTrackingRevisionListener {

	@Override
	public void newRevision(Object revision) {
		((AuditRevision) revision).madeBy(currentUsername());
	}

	@Override
	public void entityChanged(Class entityClass, String entityName, Object entityId, RevisionType revisionType,
			Object revision) {
		((AuditRevision) revision).changed(new AuditedChange(AuditTypes.keyOf(entityClass),
				((Number) entityId).longValue(), ChangeKind.of(revisionType)));
	}

	static String currentUsername() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken || authentication.getName() == null) {
			return AuditRevision.SYSTEM;
		}
		return authentication.getName();
	}

}
