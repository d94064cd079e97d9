package nl.cultuurschakel.binnenbuiten.contact;

import java.util.EnumMap;
import java.util.Map;

import nl.cultuurschakel.binnenbuiten.partner.PartnerDomain;
import nl.cultuurschakel.binnenbuiten.shared.Share;

/**
 * How many contact moments were with partners of each domain, and their whole-percent
 * shares (rounded half up).
 */
public record DomainSplit(long total, Map<PartnerDomain, Long> counts) {

	public DomainSplit {
		EnumMap<PartnerDomain, Long> complete = new EnumMap<>(PartnerDomain.class);
		for (PartnerDomain domain : PartnerDomain.values()) {
			complete.put(domain, counts.getOrDefault(domain, 0L));
		}
		counts = Map.copyOf(complete);
	}

	/**
	 * The split of these counts per domain (a missing domain counts 0); the total is
	 * their sum.
	 */
	static DomainSplit of(Map<PartnerDomain, Long> counts) {
		return new DomainSplit(counts.values().stream().mapToLong(Long::longValue).sum(), counts);
	}

	public long count(PartnerDomain domain) {
		return this.counts.get(domain);
	}

	public int percent(PartnerDomain domain) {
		return Share.percent(count(domain), this.total);
	}

	/**
	 * The domains in their fixed order, for pages.
	 */
	public PartnerDomain[] domains() {
		return PartnerDomain.values();
	}

}
