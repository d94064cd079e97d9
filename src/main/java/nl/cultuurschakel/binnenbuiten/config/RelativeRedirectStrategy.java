package nl.cultuurschakel.binnenbuiten.config;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.util.UrlUtils;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Redirects to a path on this server, never to an absolute URL. Spring Security stores
 * the page someone asked for before logging in as an absolute URL built from that
 * request's {@code Host} header; sending it back as is would put a forged host name into
 * the {@code Location} header. Only its path and query are kept.
 */
final class RelativeRedirectStrategy implements RedirectStrategy {

	@Override
	public void sendRedirect(HttpServletRequest request, HttpServletResponse response, String url) throws IOException {
		String location = UrlUtils.isAbsoluteUrl(url) ? pathAndQuery(url) : request.getContextPath() + url;
		response.sendRedirect(response.encodeRedirectURL(location));
	}

	static String pathAndQuery(String url) {
		UriComponents uri = UriComponentsBuilder.fromUriString(url).build();
		String path = (uri.getPath() != null && !uri.getPath().isEmpty()) ? uri.getPath() : "/";
		return UriComponentsBuilder.fromPath(path).query(uri.getQuery()).build().toUriString();
	}

}
