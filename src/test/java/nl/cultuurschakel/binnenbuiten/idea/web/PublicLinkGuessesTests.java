package nl.cultuurschakel.binnenbuiten.idea.web;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The limit on guessing public links: per client address, bounded in memory, and a try
 * earned back with time.
 */
class PublicLinkGuessesTests {

	private final AtomicLong nanos = new AtomicLong(1_000_000_000L);

	private final PublicLinkGuesses guesses = new PublicLinkGuesses(3, Duration.ofMinutes(3), 5, this.nanos::get);

	@Test
	void aClientIsBlockedAfterItsMissesAndOthersAreNot() {
		assertThat(this.guesses.isBlocked("192.0.2.1")).isFalse();
		for (int i = 0; i < 3; i++) {
			assertThat(this.guesses.isBlocked("192.0.2.1")).isFalse();
			this.guesses.missed("192.0.2.1");
		}
		assertThat(this.guesses.isBlocked("192.0.2.1")).isTrue();
		assertThat(this.guesses.isBlocked("192.0.2.2")).isFalse();
	}

	@Test
	void aBlockedClientEarnsATryBackWithTime() {
		for (int i = 0; i < 3; i++) {
			this.guesses.missed("192.0.2.1");
		}
		this.nanos.addAndGet(Duration.ofSeconds(59).toNanos());
		assertThat(this.guesses.isBlocked("192.0.2.1")).isTrue();
		this.nanos.addAndGet(Duration.ofSeconds(2).toNanos());
		assertThat(this.guesses.isBlocked("192.0.2.1")).isFalse();
		this.guesses.missed("192.0.2.1");
		assertThat(this.guesses.isBlocked("192.0.2.1")).isTrue();
		assertThat(this.guesses.retryAfter()).isEqualTo(Duration.ofMinutes(1));
	}

	@Test
	void memoryStaysBoundedWhateverTheNumberOfClients() {
		for (int i = 0; i < 1000; i++) {
			this.guesses.missed("203.0.113." + i);
		}
		assertThat(this.guesses.clientsRemembered()).isLessThanOrEqualTo(5);
	}

	@Test
	void aClientIsForgottenAWindowAfterItsLastMiss() {
		this.guesses.missed("192.0.2.1");
		assertThat(this.guesses.clientsRemembered()).isEqualTo(1);
		this.nanos.addAndGet(Duration.ofMinutes(4).toNanos());
		assertThat(this.guesses.clientsRemembered()).isZero();
	}

}
