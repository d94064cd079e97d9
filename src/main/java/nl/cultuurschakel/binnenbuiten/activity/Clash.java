package nl.cultuurschakel.binnenbuiten.activity;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Two activities that clash on one day. {@code first.id} is {@code null} for an activity
 * that is being planned and not saved yet.
 */
public record Clash(ClashKind kind, LocalDate date, Party first, Party second) {

	/**
	 * The same clash, but the other activity without its title and id: for a user who may
	 * not see that activity's neighbourhood (a double booking of a shared space can
	 * involve any neighbourhood).
	 */
	public Clash withSecondUnnamed() {
		return new Clash(this.kind, this.date, this.first, this.second.unnamed());
	}

	/**
	 * @param id {@code null} for an activity not saved yet, or one the user may not see
	 * @param title {@code null} for an activity the user may not see
	 */
	public record Party(Long id, String title, Long neighbourhoodId, LocalTime start, LocalTime end, int minAge,
			int maxAge) {

		Party unnamed() {
			return new Party(null, null, null, this.start, this.end, this.minAge, this.maxAge);
		}

		public boolean named() {
			return this.title != null;
		}

	}

}
