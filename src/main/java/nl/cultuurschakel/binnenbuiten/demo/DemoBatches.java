package nl.cultuurschakel.binnenbuiten.demo;

import java.util.function.Supplier;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * Writes the bulk of the demo data (contact moments, activities) in batches. By default
 * Hibernate flushes before every query, dirty-checking each entity written so far; with
 * thousands of records in one transaction that made the load slow down with every record.
 * Inside {@link #run} it flushes every {@value #SIZE} records instead, so the inserts and
 * updates go to PostgreSQL as JDBC batches, and every {@value #FORGET_EVERY} records it
 * forgets the written entities.
 * <p>
 * The modules' own checks then see a record once its batch is flushed. That changes
 * nothing here: the generators avoid double bookings and duplicates themselves, and the
 * data is the same as written one by one ({@code DemoActivitiesTests} keeps its
 * fingerprint). The network and youth participation are written one by one: their
 * services lock and sum rows written just before (a membership locks its partner, an
 * award counts the year's awards).
 */
@Component
@RequiredArgsConstructor
class DemoBatches {

	/** Records per batch; the same as {@code hibernate.jdbc.batch_size}. */
	static final int SIZE = 50;

	/**
	 * Records after which the written entities are forgotten; until then the ones read
	 * again and again (such as partners) stay in Hibernate's first-level cache.
	 */
	static final int FORGET_EVERY = 500;

	private final EntityManager entityManager;

	/**
	 * Runs {@code work} with flushes every {@value #SIZE} records only (as the work
	 * reports them to {@link #written}), then writes everything pending.
	 */
	void run(Runnable work) {
		run(() -> {
			work.run();
			return null;
		});
	}

	<T> T run(Supplier<T> work) {
		FlushModeType mode = this.entityManager.getFlushMode();
		this.entityManager.setFlushMode(FlushModeType.COMMIT);
		try {
			T result = work.get();
			end();
			return result;
		}
		finally {
			this.entityManager.setFlushMode(mode);
		}
	}

	/**
	 * Ends a batch when {@code written} records make a full one.
	 * @param written how many records the caller has written so far
	 */
	void written(int written) {
		if (written % FORGET_EVERY == 0) {
			end();
		}
		else if (written % SIZE == 0) {
			this.entityManager.flush();
		}
	}

	/**
	 * Writes everything pending and forgets the written entities.
	 */
	void end() {
		this.entityManager.flush();
		this.entityManager.clear();
	}

}
