package nl.cultuurschakel.binnenbuiten.neighbourhood;

import java.time.LocalDate;
import java.util.List;

/**
 * Who is in a neighbourhood's network. Implemented by the module that owns memberships
 * (partner), which depends on this one (partner → neighbourhood), so the dependency runs
 * one way.
 */
public interface NeighbourhoodMembers {

	/**
	 * The memberships of the neighbourhood that are current on the given day, by partner
	 * name.
	 */
	List<NeighbourhoodMember> membersOf(Long neighbourhoodId, LocalDate on);

}
