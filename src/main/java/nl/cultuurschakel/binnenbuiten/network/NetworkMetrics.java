package nl.cultuurschakel.binnenbuiten.network;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import nl.cultuurschakel.binnenbuiten.partner.PartnerDomain;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.AsUnweightedGraph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * The metrics of one network, computed with JGraphT on the graph of members (vertices)
 * and ties (edges weighted by joint actions). Definitions:
 * <ul>
 * <li>{@code members}: members in the period, also per domain.</li>
 * <li>{@code ties}: pairs of members with at least one joint action.</li>
 * <li>{@code density}: ties divided by the pairs that could be tied, n·(n−1)/2 (0 with
 * fewer than two members).</li>
 * <li>{@code cross-domain-share}: the share of ties between members of different domains
 * (0 without ties); those ties are counted as {@code crossDomainTies}.</li>
 * <li>{@code isolated}: members without any tie.</li>
 * <li>{@code brokers}: the members with the highest betweenness centrality (on how many
 * shortest paths between two other members they lie, unweighted, each pair counted once),
 * when that is above 0; the value is that highest betweenness.</li>
 * <li>Missing links: a school (education) or social-domain member without any tie to an
 * arts and culture provider, and an arts and culture provider without any tie to a
 * school, when the network has members of that other domain.</li>
 * </ul>
 */
public record NetworkMetrics(int members, Map<PartnerDomain, Long> membersPerDomain, int ties, double density,
		double crossDomainShare, int crossDomainTies, List<Member> isolated, List<Member> brokers,
		double highestBetweenness, List<MissingLink> missingLinks) {

	private static final Comparator<Member> BY_NAME = Comparator
		.comparing((Member member) -> member.name().toLowerCase());

	/**
	 * A member without any tie to a domain it should reach.
	 */
	public record MissingLink(Member member, PartnerDomain without) {

	}

	public static NetworkMetrics of(Network network) {
		Map<Long, Member> byId = network.membersById();
		Graph<Long, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
		network.members().forEach((member) -> graph.addVertex(member.partnerId()));
		for (Tie tie : network.ties()) {
			graph.setEdgeWeight(graph.addEdge(tie.first(), tie.second()), tie.weight());
		}
		int n = graph.vertexSet().size();
		int edges = graph.edgeSet().size();
		double density = (n < 2) ? 0 : (2.0 * edges) / (n * (n - 1.0));
		long crossDomain = graph.edgeSet()
			.stream()
			.filter((edge) -> byId.get(graph.getEdgeSource(edge)).domain() != byId.get(graph.getEdgeTarget(edge))
				.domain())
			.count();
		Map<PartnerDomain, Long> perDomain = new EnumMap<>(PartnerDomain.class);
		for (PartnerDomain domain : PartnerDomain.values()) {
			perDomain.put(domain, network.members().stream().filter((member) -> member.domain() == domain).count());
		}
		List<Member> isolated = network.members()
			.stream()
			.filter((member) -> graph.degreeOf(member.partnerId()) == 0)
			.sorted(BY_NAME)
			.toList();
		Map<Long, Double> betweenness = new BetweennessCentrality<>(new AsUnweightedGraph<>(graph)).getScores();
		double highest = betweenness.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
		List<Member> brokers = (highest <= 0) ? List.of()
				: network.members()
					.stream()
					.filter((member) -> Math.abs(betweenness.get(member.partnerId()) - highest) < 1e-9)
					.sorted(BY_NAME)
					.toList();
		return new NetworkMetrics(n, perDomain, edges, round(density),
				round((edges == 0) ? 0 : (double) crossDomain / edges), (int) crossDomain, isolated, brokers,
				round(highest), missingLinks(network, graph, byId));
	}

	private static List<MissingLink> missingLinks(Network network, Graph<Long, DefaultWeightedEdge> graph,
			Map<Long, Member> byId) {
		return network.members().stream().sorted(BY_NAME).<MissingLink>mapMulti((member, links) -> {
			PartnerDomain needed = switch (member.domain()) {
				case EDUCATION, SOCIAL -> PartnerDomain.ARTS_CULTURE;
				case ARTS_CULTURE -> PartnerDomain.EDUCATION;
				case OTHER -> null;
			};
			if (needed != null && network.members().stream().anyMatch((other) -> other.domain() == needed)
					&& graph.edgesOf(member.partnerId())
						.stream()
						.map((edge) -> byId.get(otherEnd(graph, edge, member.partnerId())))
						.noneMatch((other) -> other.domain() == needed)) {
				links.accept(new MissingLink(member, needed));
			}
		}).toList();
	}

	private static Long otherEnd(Graph<Long, DefaultWeightedEdge> graph, DefaultWeightedEdge edge, Long vertex) {
		Long source = graph.getEdgeSource(edge);
		return source.equals(vertex) ? graph.getEdgeTarget(edge) : source;
	}

	/** Four decimals: enough for a share or a density, and stable in attributes. */
	static double round(double value) {
		return Math.round(value * 10000) / 10000.0;
	}

}
