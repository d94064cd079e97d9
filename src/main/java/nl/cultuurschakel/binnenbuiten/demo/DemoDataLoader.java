package nl.cultuurschakel.binnenbuiten.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.cultuurschakel.binnenbuiten.account.AccountService;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Fills an empty database with the demo data set when the {@code demo} profile is active,
 * and warns loudly that demo accounts with a well-known password exist.
 */
@Component
@Profile("demo")
class DemoDataLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

	private final AccountService accounts;

	private final DemoDataSet dataSet;

	DemoDataLoader(AccountService accounts, DemoDataSet dataSet) {
		this.accounts = accounts;
		this.dataSet = dataSet;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.accounts.hasUsers()) {
			log.info("Database already has data; demo data not loaded again");
		}
		else {
			this.dataSet.load();
		}
		log.warn("DEMO MODE: demo accounts admin, coordinator, advisor and partner exist with password '{}'. "
				+ "Never use the demo profile with real data.", DemoUsers.PASSWORD);
	}

}
