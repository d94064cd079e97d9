package nl.cultuurschakel.binnenbuiten.workshop;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Public link tokens are long, random and URL-safe; anything else is not looked up.
 */
class PublicLinkTokensTests {

	@Test
	void tokensCarry192RandomBitsInUrlSafeCharacters() {
		Set<String> tokens = new HashSet<>();
		for (int i = 0; i < 1000; i++) {
			String token = PublicLinkTokens.next();
			assertThat(token).matches("[A-Za-z0-9_-]{32}");
			assertThat(Base64.getUrlDecoder().decode(token)).hasSize(24);
			assertThat(PublicLinkTokens.isWellFormed(token)).isTrue();
			tokens.add(token);
		}
		assertThat(tokens).hasSize(1000);
	}

	@Test
	void malformedTokensAreRecognised() {
		for (String token : new String[] { null, "", "abc", "a".repeat(33), "a".repeat(31) + "/", "a".repeat(31) + "=",
				"a".repeat(31) + "é" }) {
			assertThat(PublicLinkTokens.isWellFormed(token)).as(String.valueOf(token)).isFalse();
		}
	}

}
