package nl.cultuurschakel.binnenbuiten.partner;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.neighbourhood.NeighbourhoodMember;
import nl.cultuurschakel.binnenbuiten.neighbourhood.NeighbourhoodMembers;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is in which network on a day: two queries (members, then all their roles) for any
 * number of neighbourhoods.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class NetworkQueries implements NeighbourhoodMembers {

	private static final Comparator<NetworkMember> BY_DOMAIN_AND_NAME = Comparator.comparing(NetworkMember::domain)
		.thenComparing((member) -> member.partnerName().toLowerCase());

	private final MembershipRepository memberships;

	/**
	 * The current members of each given neighbourhood, by domain (arts and culture first)
	 * and name.
	 */
	public Map<Long, List<NetworkMember>> currentMembers(Collection<Long> neighbourhoodIds, LocalDate on) {
		if (neighbourhoodIds.isEmpty()) {
			return Map.of();
		}
		List<MembershipRepository.MemberRow> rows = this.memberships.findCurrentMembers(neighbourhoodIds, on);
		Map<Long, Set<MembershipRole>> roles = rolesOf(
				rows.stream().map(MembershipRepository.MemberRow::getMembershipId).toList());
		return rows.stream()
			.map((row) -> Map.entry(row.getNeighbourhoodId(), toMember(row, roles)))
			.sorted(Map.Entry.comparingByValue(BY_DOMAIN_AND_NAME))
			.collect(Collectors.groupingBy(Map.Entry::getKey, LinkedHashMap::new,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
	}

	/**
	 * The members of one neighbourhood at any time in the period (from and to given), one
	 * per partner, by domain and name: a partner with two memberships in the period has
	 * the roles of both and the dates of the later one. Two queries.
	 */
	public List<NetworkMember> membersDuring(Long neighbourhoodId, LocalDate from, LocalDate to) {
		return membersDuring(List.of(neighbourhoodId), from, to).getOrDefault(neighbourhoodId, List.of());
	}

	/**
	 * The same for each of the neighbourhoods (those without members left out), in two
	 * queries for all of them.
	 */
	public Map<Long, List<NetworkMember>> membersDuring(Collection<Long> neighbourhoodIds, LocalDate from,
			LocalDate to) {
		if (neighbourhoodIds.isEmpty()) {
			return Map.of();
		}
		List<MembershipRepository.MemberRow> rows = this.memberships.findMembersDuring(neighbourhoodIds, from, to);
		Map<Long, Set<MembershipRole>> roles = rolesOf(
				rows.stream().map(MembershipRepository.MemberRow::getMembershipId).toList());
		Map<Long, Map<Long, NetworkMember>> perNeighbourhood = new LinkedHashMap<>();
		for (MembershipRepository.MemberRow row : rows) {
			perNeighbourhood.computeIfAbsent(row.getNeighbourhoodId(), (id) -> new LinkedHashMap<>())
				.merge(row.getPartnerId(), toMember(row, roles), (earlier, later) -> withRolesOf(later, earlier));
		}
		Map<Long, List<NetworkMember>> members = new LinkedHashMap<>();
		perNeighbourhood.forEach((neighbourhoodId, perPartner) -> members.put(neighbourhoodId,
				perPartner.values().stream().sorted(BY_DOMAIN_AND_NAME).toList()));
		return members;
	}

	@Override
	public List<NeighbourhoodMember> membersOf(Long neighbourhoodId, LocalDate on) {
		return currentMembers(List.of(neighbourhoodId), on).getOrDefault(neighbourhoodId, List.of())
			.stream()
			.map((member) -> new NeighbourhoodMember(member.membershipId(), member.partnerId(), member.partnerName(),
					member.domain().name(), member.knowledgePartner(),
					member.roles().stream().sorted().map(Enum::name).toList(), member.startDate(), member.endDate()))
			.toList();
	}

	private Map<Long, Set<MembershipRole>> rolesOf(List<Long> membershipIds) {
		Map<Long, Set<MembershipRole>> roles = new HashMap<>();
		if (!membershipIds.isEmpty()) {
			this.memberships.findRoles(membershipIds)
				.forEach((row) -> roles
					.computeIfAbsent(row.getMembershipId(), (id) -> EnumSet.noneOf(MembershipRole.class))
					.add(row.getRole()));
		}
		return roles;
	}

	private static NetworkMember withRolesOf(NetworkMember member, NetworkMember other) {
		Set<MembershipRole> roles = EnumSet.noneOf(MembershipRole.class);
		roles.addAll(member.roles());
		roles.addAll(other.roles());
		return new NetworkMember(member.membershipId(), member.partnerId(), member.partnerName(), member.domain(),
				member.knowledgePartner(), roles, member.contactName(), member.contactEmail(), member.contactPhone(),
				member.startDate(), member.endDate());
	}

	private static NetworkMember toMember(MembershipRepository.MemberRow row, Map<Long, Set<MembershipRole>> roles) {
		return new NetworkMember(row.getMembershipId(), row.getPartnerId(), row.getPartnerName(), row.getDomain(),
				row.isKnowledgePartner(), roles.getOrDefault(row.getMembershipId(), Set.of()), row.getContactName(),
				row.getContactEmail(), row.getContactPhone(), row.getStartDate(), row.getEndDate());
	}

}
