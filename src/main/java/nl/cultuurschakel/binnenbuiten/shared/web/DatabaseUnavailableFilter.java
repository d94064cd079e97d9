package nl.cultuurschakel.binnenbuiten.shared.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers a request that fails because the database is unreachable with the friendly 503
 * page, wherever it failed: in a controller, in the log-in (which reads the account), or
 * in the session store (Spring Session JDBC reads and writes every session in
 * PostgreSQL). It therefore sits outside every other filter, before the session filter,
 * and shows the page by a forward to {@code /error} rather than by the container's error
 * dispatch, which would pass the session filter again and so reach for the database once
 * more. The forward travels as a GET, so no CSRF check rejects it; the page is rendered
 * for an anonymous visitor, since the session cannot be read.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class DatabaseUnavailableFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (IOException | ServletException | RuntimeException ex) {
			if (!DatabaseUnavailable.causedBy(ex) || response.isCommitted()) {
				throw ex;
			}
			log.warn("Database unavailable, answering {} {} with 503: {}", request.getMethod(), request.getRequestURI(),
					ex.toString());
			unavailable(request, response);
		}
	}

	private static void unavailable(HttpServletRequest request, HttpServletResponse response)
			throws ServletException, IOException {
		response.reset();
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		// A hint for clients and load balancers: the outage is usually over soon.
		response.setHeader("Retry-After", "30");
		request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, HttpStatus.SERVICE_UNAVAILABLE.value());
		request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
		// Whatever the page would take from the session (a CSRF token for a form in the
		// header) would be read from the database again.
		request.removeAttribute(CsrfToken.class.getName());
		request.removeAttribute("_csrf");
		try {
			request.getRequestDispatcher("/error").forward(new WithoutSession(request), response);
		}
		catch (IOException | ServletException | RuntimeException ex) {
			if (!DatabaseUnavailable.causedBy(ex) || response.isCommitted()) {
				throw ex;
			}
			// The page itself still reached for the database: a plain page, in both
			// languages, rather than the container's error report.
			log.warn("The 503 page reached for the database too, answering plainly: {}", ex.toString());
			response.reset();
			response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
			response.setHeader("Retry-After", "30");
			response.setContentType("text/html;charset=UTF-8");
			response.getWriter().write(PLAIN_PAGE);
		}
	}

	private static final String PLAIN_PAGE = """
			<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8">
			<meta name="viewport" content="width=device-width, initial-scale=1">
			<title>Tijdelijk niet beschikbaar - BinnenBuiten</title></head><body>
			<h1>Tijdelijk niet beschikbaar</h1>
			<p>BinnenBuiten kan de gegevens op dit moment niet bereiken. Wilde u iets opslaan, dan is dat niet bewaard.
			Probeer het over een minuut opnieuw.</p>
			<p lang="en">Temporarily unavailable: BinnenBuiten cannot reach its data right now. Please try again in a
			minute.</p></body></html>
			""";

	/**
	 * The request as a GET without a session: the page is rendered for an anonymous
	 * visitor, and nothing asks the session store (the database) for the session.
	 */
	private static final class WithoutSession extends HttpServletRequestWrapper {

		WithoutSession(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getMethod() {
			return HttpMethod.GET.name();
		}

		@Override
		public HttpSession getSession(boolean create) {
			return null;
		}

		@Override
		public HttpSession getSession() {
			return null;
		}

		@Override
		public boolean isRequestedSessionIdValid() {
			return false;
		}

	}

}
