package nl.cultuurschakel.binnenbuiten.contact.web;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import lombok.Getter;
import lombok.Setter;
import nl.cultuurschakel.binnenbuiten.contact.TickOff;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The undo button of a tick-off: the contact moments with their versions after the
 * tick-off, and when it happened (milliseconds since the epoch).
 */
@Getter
@Setter
class UndoForm {

	private Map<Long, Long> versions = new HashMap<>();

	private Long at;

	TickOff toTickOff() {
		if (this.at == null || this.versions.isEmpty() || this.versions.size() > FollowUpSelection.MAX_SELECTED
				|| this.versions.containsValue(null)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "incomplete undo");
		}
		return new TickOff(this.versions, Instant.ofEpochMilli(this.at));
	}

}
