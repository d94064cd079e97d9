package nl.cultuurschakel.binnenbuiten.search.web;

import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.search.SearchService;
import nl.cultuurschakel.binnenbuiten.shared.search.SearchKind;
import nl.cultuurschakel.binnenbuiten.shared.search.SearchTerms;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The results page ({@code /search?q=}): the best of each kind with "meer" to all of one
 * kind ({@code &kind=partner}, paginated). With htmx the page swaps only its results as
 * the user types, and the header's box shows a short list under it
 * ({@code /search/suggestions}); without JavaScript both are plain pages.
 */
@Controller
@RequiredArgsConstructor
class SearchController {

	/** Records per kind in the header's short list. */
	static final int SUGGESTIONS_PER_KIND = 3;

	private final SearchService search;

	@GetMapping("/search")
	String search(@RequestParam(name = "q", defaultValue = "") String q,
			@RequestParam(name = "kind", required = false) String kind, @PageableDefault(size = 20) Pageable pageable,
			@AuthenticationPrincipal CurrentUser user,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		SearchTerms terms = new SearchTerms(q);
		model.addAttribute("terms", terms);
		model.addAttribute("kinds", this.search.kindsFor(user));
		if (kind != null && !kind.isEmpty()) {
			SearchKind chosen = SearchKind.fromCode(kind)
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unknown kind " + kind));
			model.addAttribute("kind", chosen);
			model.addAttribute("page", this.search.search(terms, chosen, user, pageable));
		}
		else {
			model.addAttribute("groups", this.search.search(terms, user));
		}
		return (htmx != null) ? "search/results :: results" : "search/results";
	}

	@GetMapping("/search/suggestions")
	String suggestions(@RequestParam(name = "q", defaultValue = "") String q, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		SearchTerms terms = new SearchTerms(q);
		model.addAttribute("terms", terms);
		model.addAttribute("groups", this.search.search(terms, user, SUGGESTIONS_PER_KIND));
		return "search/fragments/suggestions :: suggestions";
	}

}
