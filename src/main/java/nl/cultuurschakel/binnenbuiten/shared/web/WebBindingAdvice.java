package nl.cultuurschakel.binnenbuiten.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Conventions for every controller: submitted strings are trimmed (blank becomes null),
 * and every page knows its own URL.
 */
@ControllerAdvice
class WebBindingAdvice {

	@InitBinder
	void trimStrings(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
	}

	/**
	 * The current page (path and query, filters included), for links to the same view in
	 * another order, page or language; on an error page, the page that failed.
	 */
	@ModelAttribute("currentUrl")
	CurrentUrl currentUrl(HttpServletRequest request) {
		Object errorUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = (errorUri != null) ? errorUri.toString() : request.getRequestURI();
		String query = (errorUri != null) ? null : request.getQueryString();
		return new CurrentUrl(path, query);
	}

}
