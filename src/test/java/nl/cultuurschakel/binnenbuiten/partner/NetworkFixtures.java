package nl.cultuurschakel.binnenbuiten.partner;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.cultuurschakel.binnenbuiten.neighbourhood.District;
import nl.cultuurschakel.binnenbuiten.neighbourhood.EcosystemPhase;
import nl.cultuurschakel.binnenbuiten.neighbourhood.NeighbourhoodData;
import nl.cultuurschakel.binnenbuiten.neighbourhood.NeighbourhoodService;
import nl.cultuurschakel.binnenbuiten.shared.GeoPoint;
import nl.cultuurschakel.binnenbuiten.shared.Period;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Neighbourhoods, partners and memberships with unique names for tests, removed again by
 * {@link #deleteCreated()} (after the test's users, which may point at a partner).
 */
@TestComponent
public class NetworkFixtures {

	private final NeighbourhoodService neighbourhoods;

	private final PartnerService partners;

	private final MembershipService memberships;

	private final JdbcTemplate jdbc;

	private final List<Long> neighbourhoodIds = new ArrayList<>();

	private final List<Long> partnerIds = new ArrayList<>();

	NetworkFixtures(NeighbourhoodService neighbourhoods, PartnerService partners, MembershipService memberships,
			JdbcTemplate jdbc) {
		this.neighbourhoods = neighbourhoods;
		this.partners = partners;
		this.memberships = memberships;
		this.jdbc = jdbc;
	}

	public static String unique(String name) {
		return name + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	public Long neighbourhood(String name) {
		Long id = this.neighbourhoods.create(new NeighbourhoodData(unique(name), District.ESCAMP, "Testwijk", 100,
				LocalDate.of(2022, 1, 1), null, null), EcosystemPhase.EXPLORING, LocalDate.of(2022, 1, 1), null);
		this.neighbourhoodIds.add(id);
		return id;
	}

	public Long partner(String name, PartnerDomain domain) {
		return partner(name, domain, false);
	}

	public Long partner(String name, PartnerDomain domain, boolean knowledgePartner) {
		PartnerProfile profile = new PartnerProfile("Contact " + name, "contact@" + name.toLowerCase() + ".example",
				"070 555 0000", null, null, "Aanbod van " + name, Set.of(OfferTag.MUSIC));
		Long id = this.partners.register(new PartnerData(unique(name), domain, knowledgePartner, profile));
		this.partnerIds.add(id);
		return id;
	}

	public Long membership(Long partnerId, Long neighbourhoodId, LocalDate start, LocalDate end,
			MembershipRole... roles) {
		return this.memberships.add(partnerId, neighbourhoodId,
				new MembershipTerms(new Period(start, end), Set.of(roles)));
	}

	/**
	 * Puts a partner on the map (or, with {@code null}, takes it off), keeping the rest
	 * of its profile.
	 */
	public void locate(Long partnerId, GeoPoint position) {
		PartnerDetails partner = this.partners.get(partnerId);
		PartnerProfile p = partner.profile();
		PartnerProfile located = new PartnerProfile(p.contactName(), p.contactEmail(), p.contactPhone(), p.website(),
				p.address(), p.offer(), p.tags(), position);
		this.partners.updateProfile(partnerId, located, partner.version());
	}

	/**
	 * Changes only the domain of a partner, as staff could do later on.
	 */
	public void changeDomain(Long partnerId, PartnerDomain domain) {
		PartnerDetails partner = this.partners.get(partnerId);
		this.partners.update(partnerId,
				new PartnerData(partner.name(), domain, partner.knowledgePartner(), partner.profile()),
				partner.version());
	}

	/**
	 * Remembers a neighbourhood or partner that a test created through the web, so it is
	 * removed too.
	 */
	public void track(Long neighbourhoodId, Long partnerId) {
		if (neighbourhoodId != null) {
			this.neighbourhoodIds.add(neighbourhoodId);
		}
		if (partnerId != null) {
			this.partnerIds.add(partnerId);
		}
	}

	public void deleteCreated() {
		for (Long id : this.partnerIds) {
			this.jdbc.update("delete from contact_participant where partner_id = ?", id);
			this.jdbc.update("delete from contact where counterpart_id = ?", id);
		}
		for (Long id : this.neighbourhoodIds) {
			this.jdbc.update("update contact set neighbourhood_id = null where neighbourhood_id = ?", id);
		}
		for (Long id : this.partnerIds) {
			this.jdbc.update("delete from partner_membership where partner_id = ?", id);
		}
		for (Long id : this.neighbourhoodIds) {
			this.jdbc.update("delete from partner_membership where neighbourhood_id = ?", id);
		}
		for (Long id : this.partnerIds) {
			this.jdbc.update("delete from partner where id = ?", id);
		}
		for (Long id : this.neighbourhoodIds) {
			this.jdbc.update("delete from neighbourhood where id = ?", id);
		}
		this.partnerIds.clear();
		this.neighbourhoodIds.clear();
	}

}
