package nl.cultuurschakel.binnenbuiten.shared.web;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;

/**
 * Counts misses (a wrong password, an unknown token) per client address: a client that
 * missed {@code maxMisses} times is refused until it earns a try back, one per
 * {@code window} divided by {@code maxMisses}. One Bucket4j bucket per address, in a
 * Caffeine cache that keeps at most {@code maxClients} addresses and forgets an address a
 * {@code window} after its last miss, so memory stays bounded whatever the traffic. Hits
 * cost nothing.
 */
public class ClientThrottle {

	private final int maxMisses;

	private final Duration window;

	private final TimeMeter time;

	private final Cache<String, Bucket> buckets;

	public ClientThrottle(int maxMisses, Duration window, int maxClients, Ticker ticker) {
		this.maxMisses = maxMisses;
		this.window = window;
		this.time = new TimeMeter() {

			@Override
			public long currentTimeNanos() {
				return ticker.read();
			}

			@Override
			public boolean isWallClockBased() {
				return false;
			}

		};
		this.buckets = Caffeine.newBuilder()
			.maximumSize(maxClients)
			.expireAfterAccess(window)
			.ticker(ticker)
			.executor(Runnable::run)
			.build();
	}

	/**
	 * How long a refused client waits at most for its next try.
	 */
	public Duration retryAfter() {
		return this.window.dividedBy(this.maxMisses);
	}

	/**
	 * Whether this client has used up its misses for now.
	 */
	public boolean isBlocked(String client) {
		Bucket bucket = this.buckets.getIfPresent(client);
		return bucket != null && bucket.getAvailableTokens() < 1;
	}

	/**
	 * Counts one miss against this client.
	 */
	public void missed(String client) {
		this.buckets.get(client, (key) -> newBucket()).tryConsume(1);
	}

	/** How many clients are remembered now (for tests of the bound). */
	public long clientsRemembered() {
		this.buckets.cleanUp();
		return this.buckets.estimatedSize();
	}

	private Bucket newBucket() {
		return Bucket.builder()
			.addLimit((limit) -> limit.capacity(this.maxMisses).refillGreedy(this.maxMisses, this.window))
			.withCustomTimePrecision(this.time)
			.build();
	}

}
