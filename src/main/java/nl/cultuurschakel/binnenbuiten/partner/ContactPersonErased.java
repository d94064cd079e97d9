package nl.cultuurschakel.binnenbuiten.partner;

import java.util.Set;

/**
 * The personal data of a partner's contact person was erased on request (AVG/GDPR): the
 * given properties of the partner ({@code contactName}, {@code contactEmail},
 * {@code contactPhone}) are empty now, and any copy of their old values (an audit
 * history, a search index) should be scrubbed too.
 *
 * @param partnerId the partner
 * @param properties the entity properties that held a value and were erased
 */
public record ContactPersonErased(long partnerId, Set<String> properties) {

}
