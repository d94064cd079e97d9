package nl.cultuurschakel.binnenbuiten.workshop;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The tokens of workshops' public links: 192 random bits from {@link SecureRandom}, as 32
 * URL-safe Base64 characters, so that nobody guesses one.
 */
final class PublicLinkTokens {

	private static final int BYTES = 24;

	private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{32}");

	private static final SecureRandom RANDOM = new SecureRandom();

	private PublicLinkTokens() {
	}

	static String next() {
		byte[] bytes = new byte[BYTES];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static boolean isWellFormed(String token) {
		return token != null && WELL_FORMED.matcher(token).matches();
	}

}
