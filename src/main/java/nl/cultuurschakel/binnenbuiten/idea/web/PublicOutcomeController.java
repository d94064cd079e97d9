package nl.cultuurschakel.binnenbuiten.idea.web;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.workshop.WorkshopDetails;
import nl.cultuurschakel.binnenbuiten.workshop.WorkshopService;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The children's page without a log-in, opened from the workshop's public link or its QR
 * code: what became of their ideas, in its own plain layout. A wrong, malformed or
 * revoked token gets a friendly "not found" page; a client that keeps guessing tokens is
 * refused for a while ({@link PublicLinkGuesses}). Search engines are asked to leave all
 * of it out.
 */
@Controller
@RequiredArgsConstructor
class PublicOutcomeController {

	private final WorkshopService workshops;

	private final OutcomeReport outcomes;

	private final PublicLinkGuesses guesses;

	@GetMapping(OutcomeReport.PUBLIC_PATH)
	String show(@PathVariable String token, HttpServletRequest request, HttpServletResponse response, Model model) {
		response.setHeader("X-Robots-Tag", "noindex, nofollow");
		String client = request.getRemoteAddr();
		if (this.guesses.isBlocked(client)) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			response.setHeader("Retry-After", String.valueOf(this.guesses.retryAfter().toSeconds()));
			return "ideas/public/too-many";
		}
		Optional<WorkshopDetails> workshop = this.workshops.findByPublicToken(token);
		if (workshop.isEmpty()) {
			this.guesses.missed(client);
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return "ideas/public/not-found";
		}
		model.addAllAttributes(this.outcomes.publicModel(workshop.get()));
		return "ideas/public/outcome";
	}

}
