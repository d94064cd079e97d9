package nl.cultuurschakel.binnenbuiten.search.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.search.SearchService;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Notes which records a user opens, for "Recent bekeken": a successful GET of the page of
 * one record (a pattern a search source names, such as {@code /partners/{id}}) counts; a
 * page that failed (a 404 for a record the user may not open) or an htmx fragment does
 * not.
 */
@RequiredArgsConstructor
class RecentViewRecorder implements HandlerInterceptor {

	private final SearchService search;

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView modelAndView) {
		if (!"GET".equals(request.getMethod()) || response.getStatus() != HttpStatus.OK.value()
				|| request.getHeader("HX-Request") != null || !(currentUser() instanceof CurrentUser user)) {
			return;
		}
		Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
		if (pattern == null) {
			return;
		}
		this.search.kindOfPage(pattern.toString()).ifPresent((kind) -> {
			Long id = idOf(request);
			if (id != null) {
				this.search.viewed(user, kind, id);
			}
		});
	}

	private static Object currentUser() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null) ? authentication.getPrincipal() : null;
	}

	private static Long idOf(HttpServletRequest request) {
		if (!(request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables)
				|| !(variables.get("id") instanceof String id)) {
			return null;
		}
		try {
			return Long.valueOf(id);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
