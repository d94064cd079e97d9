package nl.cultuurschakel.binnenbuiten.config;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request whose parameters Tomcat refuses to read (a form post over
 * {@code server.tomcat.max-http-form-post-size}, more than
 * {@code server.tomcat.max-parameter-count} parameters, a malformed body) answers with
 * Tomcat's status for it (413 or 400) and the friendly error page, before any other
 * filter reads the parameters and fails halfway. Without this filter Tomcat answers with
 * its own English error report. Runs right after the character encoding is set, so the
 * form is read as UTF-8.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class RequestTooLargeFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			request.getParameterMap();
		}
		catch (InvalidParameterException ex) {
			this.logger.warn("Request parameters refused (" + ex.getErrorCode() + "): " + ex.getMessage());
			// Tomcat refuses the parameters again on each try, also while its own error
			// dispatch renders the page: the error page gets a request without them.
			request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, ex.getErrorCode());
			request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
			response.setStatus(ex.getErrorCode());
			request.getRequestDispatcher("/error").forward(new WithoutParameters(request), response);
			return;
		}
		chain.doFilter(request, response);
	}

	/** The request as if it had no parameters. */
	private static final class WithoutParameters extends HttpServletRequestWrapper {

		WithoutParameters(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getParameter(String name) {
			return null;
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return Map.of();
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.emptyEnumeration();
		}

		@Override
		public String[] getParameterValues(String name) {
			return null;
		}

	}

}
