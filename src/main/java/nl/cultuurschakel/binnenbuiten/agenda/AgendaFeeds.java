package nl.cultuurschakel.binnenbuiten.agenda;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.account.AccountService;
import nl.cultuurschakel.binnenbuiten.account.UserDetailsView;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agenda module's API: making, renewing and stopping a user's feed address, and the
 * agenda an address opens.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class AgendaFeeds {

	/** 256 random bits per token, written as 43 URL-safe characters. */
	private static final int TOKEN_BYTES = 32;

	private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

	private static final SecureRandom RANDOM = new SecureRandom();

	private final AgendaFeedRepository feeds;

	private final AccountService accounts;

	private final AgendaCalendar calendar;

	private final Clock clock;

	/**
	 * When the user's current feed address was made, if they have one.
	 */
	public Optional<Instant> subscribedSince(Long userId) {
		return this.feeds.findByUserId(userId).map(AgendaFeed::getCreatedAt);
	}

	/**
	 * Makes a new feed address for the user; an earlier one stops working.
	 * @return the token of the new address, the only time it is known: only its hash is
	 * stored
	 */
	@Transactional
	public String subscribe(Long userId) {
		String token = newToken();
		Instant now = this.clock.instant();
		this.feeds.findByUserId(userId)
			.ifPresentOrElse((feed) -> feed.renew(hash(token), now),
					() -> this.feeds.save(new AgendaFeed(userId, hash(token), now)));
		return token;
	}

	/**
	 * Stops the user's feed address, if there is one.
	 */
	@Transactional
	public void revoke(Long userId) {
		this.feeds.findByUserId(userId).ifPresent(this.feeds::delete);
	}

	/**
	 * The user whose feed the token opens: only a current token of an enabled staff user
	 * (an advisor or coordinator) opens one.
	 */
	public Optional<UserDetailsView> ownerOf(String token) {
		if (token == null || !TOKEN.matcher(token).matches()) {
			return Optional.empty();
		}
		return this.feeds.findByTokenHash(hash(token))
			.map((feed) -> this.accounts.getUser(feed.getUserId()))
			.filter((user) -> user.enabled() && user.role().isStaff());
	}

	/**
	 * The agenda behind a feed address, as iCalendar text.
	 * @param base the application's address, ending in a slash, for links back
	 * @throws AgendaFeedNotFoundException when the token opens no feed
	 */
	public String calendar(String token, URI base, Locale locale) {
		return this.calendar.write(ownerOf(token).orElseThrow(AgendaFeedNotFoundException::new), base, locale);
	}

	private static String newToken() {
		byte[] bytes = new byte[TOKEN_BYTES];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java has SHA-256", ex);
		}
	}

}
