package nl.cultuurschakel.binnenbuiten.network;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.cultuurschakel.binnenbuiten.shared.Period;

/**
 * The network of one neighbourhood in one period: its members and the ties between them.
 * See {@link NetworkService} for how ties are derived.
 */
public record Network(Long neighbourhoodId, Period period, List<Member> members, List<Tie> ties) {

	public Network {
		members = List.copyOf(members);
		ties = List.copyOf(ties);
	}

	public Map<Long, Member> membersById() {
		return this.members.stream().collect(Collectors.toMap(Member::partnerId, Function.identity()));
	}

	public Optional<Member> member(Long partnerId) {
		return this.members.stream().filter((member) -> member.partnerId().equals(partnerId)).findFirst();
	}

	/** How many ties the member has. */
	public long tiesOf(Long partnerId) {
		return this.ties.stream().filter((tie) -> tie.connects(partnerId)).count();
	}

	/** How many joint actions the member took part in, over all its ties. */
	public int jointActionsOf(Long partnerId) {
		return this.ties.stream().filter((tie) -> tie.connects(partnerId)).mapToInt(Tie::weight).sum();
	}

	/** The ties of this network whose pair has no tie in the other one. */
	public List<Tie> tiesMissingIn(Network other) {
		return this.ties.stream().filter((tie) -> other.ties.stream().noneMatch(tie::samePair)).toList();
	}

}
