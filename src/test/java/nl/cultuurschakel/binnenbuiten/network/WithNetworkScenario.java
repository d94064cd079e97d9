package nl.cultuurschakel.binnenbuiten.network;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A test class whose every test runs on a fresh {@link NetworkScenario}, removed after
 * the test.
 */
public abstract class WithNetworkScenario {

	@Autowired
	private ApplicationContext context;

	protected NetworkScenario scenario;

	@BeforeEach
	void createScenario() {
		this.scenario = NetworkScenario.create(this.context);
	}

	@AfterEach
	void deleteScenario() {
		this.scenario.deleteCreated();
	}

}
