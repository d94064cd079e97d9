package nl.cultuurschakel.binnenbuiten.partner;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where the members of a neighbourhood's network and their shared spaces are, for the
 * neighbourhood map. Four queries, however many members.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class MemberLocations {

	private final NetworkQueries network;

	private final PartnerRepository partners;

	private final SpaceRepository spaces;

	/**
	 * The members on the given day, by domain (arts and culture first) and name, located
	 * or not, each with its spaces by name.
	 */
	public List<MapMember> of(Long neighbourhoodId, LocalDate on) {
		List<NetworkMember> members = this.network.currentMembers(List.of(neighbourhoodId), on)
			.getOrDefault(neighbourhoodId, List.of());
		List<Long> ids = members.stream().map(NetworkMember::partnerId).distinct().toList();
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, Partner> byId = this.partners.findAllById(ids)
			.stream()
			.collect(Collectors.toMap(Partner::getId, Function.identity()));
		Map<Long, List<MapMember.Place>> places = this.spaces.findByPartnerIdInOrderByName(ids)
			.stream()
			.collect(Collectors.groupingBy(Space::getPartnerId,
					Collectors.mapping(Space::toPlace, Collectors.toList())));
		return ids.stream()
			.map(byId::get)
			.map((partner) -> partner.toMapMember(places.getOrDefault(partner.getId(), List.of())))
			.toList();
	}

}
