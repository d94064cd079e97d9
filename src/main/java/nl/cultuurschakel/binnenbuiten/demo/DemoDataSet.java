package nl.cultuurschakel.binnenbuiten.demo;

import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The complete deterministic demo data set, written through the modules' own APIs in one
 * transaction: all of it or nothing. Order matters: activities exist before the
 * children's ideas that they realise, and the building-blocks scans come last.
 */
@Component
@RequiredArgsConstructor
class DemoDataSet {

	private static final Logger log = LoggerFactory.getLogger(DemoDataSet.class);

	private final DemoNeighbourhoods neighbourhoods;

	private final DemoPartners partners;

	private final DemoUsers users;

	private final DemoContacts contacts;

	private final DemoActivities activities;

	private final DemoWorkshops workshops;

	private final DemoIdeas ideas;

	private final DemoGrants grants;

	private final DemoScans scans;

	/**
	 * Everything, including the demo log-ins.
	 */
	@Transactional
	public void load() {
		DemoNetwork network = loadNetwork();
		Map<String, Long> users = this.users.create(network.partners().get(DemoPartners.DEMO_USER_PARTNER));
		loadProgramme(network, List.of(users.get("advisor"), users.get("adviseur.zuidwest"),
				users.get("adviseur.centrum"), users.get("coordinator")));
		loadScans(network, users.get("advisor"), users.get("coordinator"));
	}

	/**
	 * The building-blocks scans of 2023 and 2024, filled in by the advisor and signed off
	 * by the coordinator.
	 */
	@Transactional
	public void loadScans(DemoNetwork network, Long advisor, Long coordinator) {
		this.scans.create(network, advisor, coordinator);
	}

	/**
	 * Neighbourhoods, partners, spaces and memberships, without users.
	 * @return what was created, for the generators of other modules
	 */
	@Transactional
	public DemoNetwork loadNetwork() {
		long started = System.nanoTime();
		Map<String, Long> neighbourhoodIds = this.neighbourhoods.create();
		DemoNetwork network = this.partners.create(neighbourhoodIds);
		log.info("Demo network loaded: {} neighbourhoods, {} partners in {} ms", neighbourhoodIds.size(),
				network.partners().size(), (System.nanoTime() - started) / 1_000_000);
		return network;
	}

	/**
	 * The programme's work in the network: contact moments by the given staff members,
	 * activities, workshops, children's ideas and grants.
	 */
	@Transactional
	public void loadProgramme(DemoNetwork network, List<Long> staff) {
		this.contacts.create(network, staff);
		this.activities.create(network);
		loadYouthParticipation(network);
	}

	/**
	 * Workshops, children's ideas and grants in the given network. Ideas meant to be
	 * realised are linked to the demo activities that exist by then.
	 */
	@Transactional
	public void loadYouthParticipation(DemoNetwork network) {
		long started = System.nanoTime();
		List<DemoWorkshops.Created> createdWorkshops = this.workshops.create(network);
		List<DemoIdeas.Created> createdIdeas = this.ideas.create(network, createdWorkshops);
		this.grants.create(network, createdIdeas);
		log.info("Demo youth participation loaded: {} workshops, {} ideas in {} ms", createdWorkshops.size(),
				createdIdeas.size(), (System.nanoTime() - started) / 1_000_000);
	}

}
