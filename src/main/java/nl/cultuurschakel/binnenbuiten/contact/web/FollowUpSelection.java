package nl.cultuurschakel.binnenbuiten.contact.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lombok.Getter;
import lombok.Setter;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The follow-ups ticked in the list ({@code ids}), with the version of each contact
 * moment as the list showed it ({@code versions[id]}, one hidden field per row).
 */
@Getter
@Setter
class FollowUpSelection {

	/** At most as many as the list shows. */
	static final int MAX_SELECTED = 500;

	private List<Long> ids = new ArrayList<>();

	private Map<Long, Long> versions = new HashMap<>();

	/**
	 * The chosen follow-ups with the versions the user saw.
	 * @throws ResponseStatusException (400) for too many, or an id without a version
	 */
	Map<Long, Long> chosen() {
		if (this.ids.size() > MAX_SELECTED) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "too many follow-ups");
		}
		Map<Long, Long> chosen = new LinkedHashMap<>();
		for (Long id : this.ids) {
			Long version = (id != null) ? this.versions.get(id) : null;
			if (version == null) {
				throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "follow-up without a version");
			}
			chosen.put(id, version);
		}
		return chosen;
	}

}
