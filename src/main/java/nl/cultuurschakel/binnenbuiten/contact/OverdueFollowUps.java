package nl.cultuurschakel.binnenbuiten.contact;

import java.util.List;
import java.util.Map;

/**
 * An advisor's overdue follow-ups in short, for the notice at log-in: how many there are
 * and the most overdue few, with the names of their partners.
 *
 * @param count all open follow-ups due before today
 * @param mostUrgent the most overdue ones, oldest due date first
 * @param partnerNames the names of their counterparts, by partner id
 */
public record OverdueFollowUps(long count, List<FollowUp> mostUrgent, Map<Long, String> partnerNames) {

	public boolean isEmpty() {
		return this.count == 0;
	}

}
