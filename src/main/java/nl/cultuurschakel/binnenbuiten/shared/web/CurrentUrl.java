package nl.cultuurschakel.binnenbuiten.shared.web;

import org.springframework.data.domain.Sort;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The current page's path and query, so templates can link to the same view with one
 * parameter changed (another page, sort order or language) while every filter stays in
 * the URL.
 *
 * @param path the request path including the context path
 * @param query the raw query string, may be {@code null}
 */
public record CurrentUrl(String path, String query) {

	/**
	 * This page with one query parameter set (or removed when {@code value} is null).
	 */
	public String with(String name, Object value) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath(this.path).query(this.query);
		if (value == null) {
			builder.replaceQueryParam(name);
		}
		else {
			builder.replaceQueryParam(name, value);
		}
		return builder.build().toUriString();
	}

	/**
	 * This view sorted by the given property: ascending, or descending when it is already
	 * sorted ascending by it. Starts again at the first page.
	 */
	public String sortedBy(String property, Sort current) {
		Sort.Order order = (current != null) ? current.getOrderFor(property) : null;
		String direction = (order != null && order.isAscending()) ? "desc" : "asc";
		return UriComponentsBuilder.fromPath(this.path)
			.query(this.query)
			.replaceQueryParam("page")
			.replaceQueryParam("sort", property + "," + direction)
			.build()
			.toUriString();
	}

}
