package nl.cultuurschakel.binnenbuiten.shared.web;

import java.util.List;
import java.util.Set;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * Keeps only the sort properties a list offers, so a hand-edited {@code ?sort=} can never
 * reach the database as an unknown property (which would be a 500).
 */
public final class SortGuard {

	private SortGuard() {
	}

	public static Pageable allow(Pageable pageable, Set<String> properties, Sort fallback) {
		return PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
				allow(pageable.getSort(), properties, fallback));
	}

	/**
	 * The sort asked for with only the properties the list offers; the fallback when none
	 * is left. For a list that is not paged, such as a download of it.
	 */
	public static Sort allow(Sort sort, Set<String> properties, Sort fallback) {
		List<Sort.Order> allowed = sort.stream().filter((order) -> properties.contains(order.getProperty())).toList();
		return allowed.isEmpty() ? fallback : Sort.by(allowed);
	}

}
