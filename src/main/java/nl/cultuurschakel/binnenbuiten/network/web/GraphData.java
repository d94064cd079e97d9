package nl.cultuurschakel.binnenbuiten.network.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import nl.cultuurschakel.binnenbuiten.network.Member;
import nl.cultuurschakel.binnenbuiten.network.Network;
import nl.cultuurschakel.binnenbuiten.network.Tie;

import org.springframework.context.MessageSource;

/**
 * The network as Cytoscape elements (nodes and edges with their data), with every text in
 * the user's language, for the page's graph.
 */
final class GraphData {

	private GraphData() {
	}

	static List<Map<String, Object>> elements(Network network, MessageSource messages, Locale locale) {
		List<Map<String, Object>> elements = new ArrayList<>();
		for (Member member : network.members()) {
			Map<String, Object> data = new LinkedHashMap<>();
			data.put("id", "p" + member.partnerId());
			data.put("label", member.name());
			data.put("domain", member.domain().name());
			data.put("domainLabel", text(messages, "partner.domain." + member.domain(), locale));
			data.put("knowledgePartner", member.knowledgePartner());
			data.put("activities", member.activities());
			data.put("roles",
					member.roles()
						.stream()
						.sorted()
						.map((role) -> text(messages, "membership.role." + role, locale))
						.toList());
			data.put("contact", (member.contactName() != null) ? member.contactName() : "");
			data.put("ties", network.tiesOf(member.partnerId()));
			data.put("jointActions", network.jointActionsOf(member.partnerId()));
			elements.add(Map.of("group", "nodes", "data", data));
		}
		for (Tie tie : network.ties()) {
			Map<String, Object> data = new LinkedHashMap<>();
			data.put("id", "t" + tie.first() + "-" + tie.second());
			data.put("source", "p" + tie.first());
			data.put("target", "p" + tie.second());
			data.put("weight", tie.weight());
			data.put("kinds", kinds(tie, messages, locale));
			elements.add(Map.of("group", "edges", "data", data));
		}
		return elements;
	}

	/**
	 * The kinds of a tie with their counts, such as "Samen georganiseerde activiteit
	 * (3)".
	 */
	static String kinds(Tie tie, MessageSource messages, Locale locale) {
		return tie.kinds()
			.entrySet()
			.stream()
			.map((entry) -> text(messages, "network.kind." + entry.getKey(), locale) + " (" + entry.getValue() + ")")
			.collect(Collectors.joining(", "));
	}

	private static String text(MessageSource messages, String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

}
