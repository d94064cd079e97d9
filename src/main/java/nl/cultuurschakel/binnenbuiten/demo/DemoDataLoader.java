package nl.cultuurschakel.binnenbuiten.demo;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.account.AccountService;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Fills an empty database with the demo data set when the {@code demo} profile is active,
 * and warns loudly that demo accounts with a well-known password exist. Runs once every
 * bean exists but before the web server opens its port (that happens in the lifecycle
 * phase after this), so nobody can log in or see half the figures while it loads.
 */
@Component
@Profile("demo")
@RequiredArgsConstructor
class DemoDataLoader implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

	private final AccountService accounts;

	private final DemoDataSet dataSet;

	private final ApplicationEventPublisher events;

	@Override
	public void afterSingletonsInstantiated() {
		if (this.accounts.hasUsers()) {
			log.info("Database already has data; demo data not loaded again");
		}
		else {
			ThreadMXBean threads = ManagementFactory.getThreadMXBean();
			long started = System.nanoTime();
			long cpuStarted = threads.getCurrentThreadCpuTime();
			this.dataSet.load();
			DemoDataLoaded loaded = new DemoDataLoaded(Duration.ofNanos(System.nanoTime() - started),
					Duration.ofNanos(threads.getCurrentThreadCpuTime() - cpuStarted));
			log.info("Demo data loaded in {} ms ({} ms processor time)", loaded.took().toMillis(),
					loaded.cpu().toMillis());
			this.events.publishEvent(loaded);
		}
		log.warn("DEMO MODE: demo accounts admin, coordinator, advisor and partner exist with password '{}'. "
				+ "Never use the demo profile with real data.", DemoUsers.PASSWORD);
	}

}
