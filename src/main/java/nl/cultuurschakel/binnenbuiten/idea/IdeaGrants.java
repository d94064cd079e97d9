package nl.cultuurschakel.binnenbuiten.idea;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The grants that support ideas, for the idea pages. Implemented by the grant module,
 * which depends on this one (grant → idea), so the dependency runs one way.
 */
public interface IdeaGrants {

	/** The grants for this idea, oldest first. */
	List<IdeaGrant> grantsOf(Long ideaId);

	/**
	 * Per idea id, the status name of its most recent grant (ideas without one are left
	 * out).
	 */
	Map<Long, String> latestGrantStatus(Collection<Long> ideaIds);

	/**
	 * @param status the grant's status name, shown with the key
	 * {@code grant.status.<status>}
	 */
	record IdeaGrant(Long id, String partnerName, String status, BigDecimal amountRequested, BigDecimal amountAwarded) {
	}

}
