package nl.cultuurschakel.binnenbuiten.shared.search;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of records the search finds, in the order the results page shows them.
 */
public enum SearchKind {

	NEIGHBOURHOOD, PARTNER, CONTACT, ACTIVITY, WORKSHOP, IDEA, GRANT, USER;

	/**
	 * The kind as it stands in a URL ({@code /search?q=…&kind=partner}).
	 */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<SearchKind> fromCode(String code) {
		return Arrays.stream(values()).filter((kind) -> kind.code().equals(code)).findFirst();
	}

}
