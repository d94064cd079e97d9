package nl.cultuurschakel.binnenbuiten.partner;

import java.util.List;

import nl.cultuurschakel.binnenbuiten.shared.GeoPoint;

/**
 * A current member of a neighbourhood's network as its map shows it: where it is
 * ({@code null}: no position yet, listed "zonder locatie") and the spaces it shares.
 */
public record MapMember(Long partnerId, String name, PartnerDomain domain, boolean knowledgePartner, String address,
		GeoPoint position, List<Place> spaces) {

	public boolean located() {
		return this.position != null;
	}

	/**
	 * A shared space with its own position, or {@code null} when it is at its partner's.
	 */
	public record Place(Long id, String name, Integer capacity, GeoPoint position) {

		public boolean located() {
			return this.position != null;
		}

	}

}
