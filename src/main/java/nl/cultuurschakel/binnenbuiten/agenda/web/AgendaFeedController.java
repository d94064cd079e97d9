package nl.cultuurschakel.binnenbuiten.agenda.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.agenda.AgendaFeeds;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The feed itself, without a log-in (an agenda program has none): the token in the
 * address is the key. A wrong, renewed or stopped token is a 404.
 */
@Controller
@RequiredArgsConstructor
class AgendaFeedController {

	/** Where feeds live; open without a log-in (see the security configuration). */
	static final String FEEDS = "/agenda/feeds/";

	private static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

	private final AgendaFeeds feeds;

	@GetMapping(FEEDS + "{token}.ics")
	ResponseEntity<byte[]> feed(@PathVariable String token, Locale locale) {
		URI base = ServletUriComponentsBuilder.fromCurrentContextPath().path("/").build().toUri();
		byte[] ics = this.feeds.calendar(token, base, locale).getBytes(StandardCharsets.UTF_8);
		return ResponseEntity.ok().contentType(CALENDAR).body(ics);
	}

}
