package nl.cultuurschakel.binnenbuiten.idea.web;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Ticker;
import nl.cultuurschakel.binnenbuiten.shared.web.ClientThrottle;

import org.springframework.stereotype.Component;

/**
 * Slows down guessing the tokens of public links: a client address that asked for
 * {@link #MAX_MISSES} unknown tokens is refused ({@code 429}) until it earns a try back,
 * one per {@link #WINDOW} divided by {@link #MAX_MISSES}; at most {@link #MAX_CLIENTS}
 * addresses are remembered (see {@link ClientThrottle}). Known tokens cost nothing.
 */
@Component
class PublicLinkGuesses extends ClientThrottle {

	static final int MAX_MISSES = 10;

	static final Duration WINDOW = Duration.ofMinutes(10);

	static final int MAX_CLIENTS = 10_000;

	PublicLinkGuesses() {
		this(MAX_MISSES, WINDOW, MAX_CLIENTS, Ticker.systemTicker());
	}

	PublicLinkGuesses(int maxMisses, Duration window, int maxClients, Ticker ticker) {
		super(maxMisses, window, maxClients, ticker);
	}

}
