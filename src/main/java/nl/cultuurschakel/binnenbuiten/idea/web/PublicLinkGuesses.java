package nl.cultuurschakel.binnenbuiten.idea.web;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;

import org.springframework.stereotype.Component;

/**
 * Slows down guessing the tokens of public links: a client address that asked for
 * {@link #MAX_MISSES} unknown tokens is refused ({@code 429}) until it earns a try back,
 * one per {@link #WINDOW} divided by {@link #MAX_MISSES}. One Bucket4j bucket per
 * address, in a Caffeine cache that keeps at most {@link #MAX_CLIENTS} addresses and
 * forgets an address a {@link #WINDOW} after its last miss, so memory stays bounded
 * whatever the traffic. Known tokens cost nothing.
 */
@Component
class PublicLinkGuesses {

	static final int MAX_MISSES = 10;

	static final Duration WINDOW = Duration.ofMinutes(10);

	static final int MAX_CLIENTS = 10_000;

	private final int maxMisses;

	private final Duration window;

	private final TimeMeter time;

	private final Cache<String, Bucket> buckets;

	PublicLinkGuesses() {
		this(MAX_MISSES, WINDOW, MAX_CLIENTS, Ticker.systemTicker());
	}

	PublicLinkGuesses(int maxMisses, Duration window, int maxClients, Ticker ticker) {
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
	Duration retryAfter() {
		return this.window.dividedBy(this.maxMisses);
	}

	/**
	 * Whether this client has used up its misses for now.
	 */
	boolean isBlocked(String client) {
		Bucket bucket = this.buckets.getIfPresent(client);
		return bucket != null && bucket.getAvailableTokens() < 1;
	}

	/**
	 * Counts one unknown token against this client.
	 */
	void missed(String client) {
		this.buckets.get(client, (key) -> newBucket()).tryConsume(1);
	}

	/** How many clients are remembered now (for tests of the bound). */
	long clientsRemembered() {
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
