package nl.cultuurschakel.binnenbuiten.network.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.cultuurschakel.binnenbuiten.network.Member;
import nl.cultuurschakel.binnenbuiten.network.Network;
import nl.cultuurschakel.binnenbuiten.network.Tie;

import org.springframework.context.MessageSource;

/**
 * A tie as a table row: the two partners' names, its kinds in words and its weight.
 */
record TieRow(String first, String second, String kinds, int weight) {

	/**
	 * The ties, heaviest first, named after the members of the network they belong to.
	 */
	static List<TieRow> of(List<Tie> ties, Network network, MessageSource messages, Locale locale) {
		Map<Long, Member> members = network.membersById();
		return ties.stream()
			.map((tie) -> new TieRow(members.get(tie.first()).name(), members.get(tie.second()).name(),
					GraphData.kinds(tie, messages, locale), tie.weight()))
			.sorted(Comparator.comparingInt(TieRow::weight)
				.reversed()
				.thenComparing((row) -> row.first().toLowerCase())
				.thenComparing((row) -> row.second().toLowerCase()))
			.toList();
	}

}
