package nl.cultuurschakel.binnenbuiten.demo;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The complete deterministic demo data set, written through the modules' own APIs in one
 * transaction: all of it or nothing.
 */
@Component
class DemoDataSet {

	private static final Logger log = LoggerFactory.getLogger(DemoDataSet.class);

	private final DemoNeighbourhoods neighbourhoods;

	private final DemoPartners partners;

	private final DemoUsers users;

	private final DemoActivities activities;

	DemoDataSet(DemoNeighbourhoods neighbourhoods, DemoPartners partners, DemoUsers users, DemoActivities activities) {
		this.neighbourhoods = neighbourhoods;
		this.partners = partners;
		this.users = users;
		this.activities = activities;
	}

	/**
	 * Everything, including the four demo log-ins.
	 */
	@Transactional
	public void load() {
		DemoNetwork network = loadNetwork();
		this.activities.create(network);
		this.users.create(network.partners().get(DemoPartners.DEMO_USER_PARTNER));
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

}
