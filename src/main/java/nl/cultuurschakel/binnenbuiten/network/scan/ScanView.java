package nl.cultuurschakel.binnenbuiten.network.scan;

import java.time.Instant;
import java.util.Map;

/**
 * A scan as the page shows it: every item's answer (an item not answered yet is
 * {@link ItemStatus#NOT_YET} without a note), who changed it last and who signed it off.
 *
 * @param version the version an edit starts from, {@link ScanService#NEW} when nothing is
 * stored yet
 */
record ScanView(Long neighbourhoodId, int year, Map<ScanItem, ItemAnswer> answers, long version, String updatedBy,
		Instant updatedAt, String signedOffBy, Instant signedOffAt) {

	private static final ItemAnswer UNANSWERED = new ItemAnswer(ItemStatus.NOT_YET, null);

	public ItemAnswer answer(ScanItem item) {
		return this.answers.getOrDefault(item, UNANSWERED);
	}

	public boolean isStored() {
		return this.version != ScanService.NEW;
	}

	public boolean isSignedOff() {
		return this.signedOffAt != null;
	}

	/** Items of the block that are in place. */
	public long inPlace(BuildingBlock block) {
		return block.items().stream().filter((item) -> answer(item).status() == ItemStatus.IN_PLACE).count();
	}

}
